"""The lock that keeps a second instance read-only: an exclusive OS lock on `<workspace>.lock`,
taken without waiting and released by the OS when the process ends, however it ends.

The same lock as the `filelock` package takes (flock on POSIX, the first byte through msvcrt on
Windows), so older versions of the app still see it, without that package's import on every
start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """A held lock; `release()` gives it back (once; later calls do nothing)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file gives the lock back all the same
        finally:
            os.close(fd)


def try_lock(path: Path) -> FileLock | None:
    """The lock beside `path`, or None when another process holds it (or it cannot be taken
    here: then the workspace opens read-only rather than unguarded)."""
    try:
        fd = os.open(str(path) + ".lock", os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        return None
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        return None
    return FileLock(fd)
