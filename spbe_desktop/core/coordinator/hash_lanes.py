"""Hashing the evidence of an import on a few threads while the import writes it, file by file.

SHA-256 of one file runs on one core, and hashing is what an import waits for: storing a file
is faster than hashing it. So the import hands each file's chunks to a lane (a thread with a
short queue of its own) and goes on storing the next file while the lane is still hashing: two
files are hashed at once on two cores. The chunks are the ones being stored (each byte read
once); a lane's queue is bounded, so memory stays flat whatever the size of the files.

Nothing is trusted before `mismatches()` has waited for every lane and compared each file's
hash with the signed manifest: the import calls it before a package's writes count.

The chunks are read into buffers the lanes hand out (`buffer()`) and take back once they are
hashed: a megabyte taken from the system and given back for every chunk read costs more in page
faults than reading it.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections import deque
from types import TracebackType

_QUEUED_CHUNKS = 8  # per lane: 8 MiB of 1 MiB chunks waiting at most
BUFFER_SIZE = 1024 * 1024
_STOP = None


class HashFeed:
    """One file's way into its lane: `update(chunk)` in order, then `close()`."""

    def __init__(self, lane: queue.Queue) -> None:
        self._lane = lane

    def update(self, chunk: bytes | memoryview) -> None:
        """Queue a chunk for hashing; a view of a buffer from `HashLanes.buffer()` goes back
        to the lanes' spare buffers once hashed, so the caller must be done with it by then
        (storing happens before the next chunk is read)."""
        self._lane.put(chunk)

    def close(self) -> None:
        self._lane.put(("end",))


class HashLanes:
    """Use as a context manager around an import run; `open` a feed per file, then ask
    `mismatches()` before the files count."""

    def __init__(self, lanes: int | None = None) -> None:
        count = lanes or max(1, min(4, os.cpu_count() or 1))
        self._lanes: list[queue.Queue] = [queue.Queue(_QUEUED_CHUNKS) for _ in range(count)]
        self._lock = threading.Lock()
        self._mismatched: list[str] = []
        # Only filled by buffers given back, so at most the chunks the lanes can hold at once.
        self._spare: deque[bytearray] = deque()
        self._threads = [
            threading.Thread(target=self._run, args=(lane,), daemon=True, name="hash-lane")
            for lane in self._lanes
        ]
        for thread in self._threads:
            thread.start()

    def __enter__(self) -> HashLanes:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for lane in self._lanes:
            lane.put(_STOP)
        for thread in self._threads:
            thread.join()

    def buffer(self) -> bytearray:
        """A buffer of BUFFER_SIZE to read a chunk into, for a view of it fed to `update`."""
        try:
            return self._spare.pop()
        except IndexError:
            return bytearray(BUFFER_SIZE)

    def open(self, name: str, expected_sha256: str) -> HashFeed:
        """A feed for one file, on the lane with the least work waiting."""
        lane = min(self._lanes, key=lambda q: q.qsize())
        lane.put(("start", name, expected_sha256))
        return HashFeed(lane)

    def mismatches(self) -> list[str]:
        """Wait until every file fed so far is hashed; the names of those that did not match
        (sorted), and a clean slate for the next package."""
        done = [threading.Event() for _ in self._lanes]
        for lane, event in zip(self._lanes, done, strict=True):
            lane.put(("sync", event))
        for event in done:
            event.wait()
        with self._lock:
            found, self._mismatched = sorted(self._mismatched), []
        return found

    def _run(self, lane: queue.Queue) -> None:
        digest = hashlib.sha256()
        name = expected = ""
        while (item := lane.get()) is not _STOP:
            if isinstance(item, bytes):
                digest.update(item)
            elif isinstance(item, memoryview):
                digest.update(item)
                if isinstance(item.obj, bytearray):
                    self._spare.append(item.obj)
            elif item[0] == "start":
                digest, name, expected = hashlib.sha256(), item[1], item[2]
            elif item[0] == "end":
                if digest.hexdigest() != expected:
                    with self._lock:
                        self._mismatched.append(name)
            else:  # ("sync", event): everything queued before it is hashed
                item[1].set()
