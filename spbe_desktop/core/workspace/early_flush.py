"""Writing a long transaction's pages to disk while it still runs.

SQLite hands the pages of a large transaction to the operating system as it goes, and the
commit's fsync then waits for all of them to reach the disk at once: for an import of a few
hundred megabytes that wait was a fifth of the run, with the CPU idle. While such a transaction
runs, a helper thread asks the system every few tens of milliseconds to write out what it holds
for the workspace's file system, so the disk works alongside the CPU and the commit finds little
left to write.

Durability and order are unchanged. SQLite writes a page into the file only once the journal
that can undo it is on disk, so writing the page out sooner is always safe, and the commit's own
fsync still decides when the transaction counts.

Only Linux offers this without a handle on the workspace file itself (`syncfs` on its folder);
a second handle on that file is not an option on POSIX systems, because closing it would drop
SQLite's locks. Elsewhere nothing is done and the commit writes everything, as before.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

INTERVAL_SECONDS = 0.03  # short: each flush then has little to write and the disk never idles


@contextmanager
def flushing_early(folder: Path) -> Iterator[None]:
    """Within the block, the file system holding `folder` is flushed on a helper thread."""
    flush = _file_system_flush()
    if flush is None:
        yield
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    stop = threading.Event()
    helper = threading.Thread(
        target=_flush_until, args=(flush, handle, stop), daemon=True, name="early-flush"
    )
    helper.start()
    try:
        yield
    finally:
        stop.set()
        helper.join()
        os.close(handle)


def _flush_until(flush: Callable[[int], int], handle: int, stop: threading.Event) -> None:
    while not stop.wait(INTERVAL_SECONDS):
        if flush(handle) != 0:
            return  # refused (an odd file system): the commit will write everything itself


def _file_system_flush() -> Callable[[int], int] | None:
    """`syncfs(fd)` from the C library, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
