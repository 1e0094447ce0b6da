"""Worker threads, in one place (the machinery under `operations`, which the GUI uses).

`run_task` runs `fn(progress, cancel)` on a QThreadPool and hands its result or error back on the
GUI thread through queued signals; a `ProgressDialog` (progress_dialog.py) shows its progress
when it takes longer than half a second, and its Cancel button sets the core's cancel flag.
Callbacks never run on the worker thread, so they may touch widgets. `writer_pool()` has a
single thread: work that writes on an open workspace's connection runs there, one at a time.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from spbe_desktop.core.jobs import ProgressFn

Work = Callable[[ProgressFn, threading.Event], Any]

_running: set[TaskHandle] = set()  # keeps handles alive until their result is delivered
_writer: QThreadPool | None = None
# Work asked for while the app starts, waiting for its window's first frame (`hold_workers`).
_held: list[tuple[QThreadPool, QRunnable]] | None = None


def writer_pool() -> QThreadPool:
    """The one thread that writes on open workspaces: writes queue up, never interleave."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
    return _writer


class TaskHandle(QObject):
    """One running task: cancel it, or wait for `done`/`failed` (emitted on the GUI thread)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    # The worker emits these; queued connections carry them over to the GUI thread.
    _result = Signal(object)
    _error = Signal(object)
    _progress = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.cancel_flag = threading.Event()
        self.worker_exited = threading.Event()
        self.finished = False
        queued = Qt.ConnectionType.QueuedConnection
        self._result.connect(self._deliver_result, queued)
        self._error.connect(self._deliver_error, queued)
        self._progress.connect(self.progressed, queued)

    def cancel(self) -> None:
        self.cancel_flag.set()

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.finished = True
        self._release()
        self.done.emit(result)

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        self.finished = True
        self._release()
        self.failed.emit(exc)

    def _release(self) -> None:
        # The handle is a QObject of the GUI thread: its last reference must go here, never on
        # the worker, so it is kept until the worker has let go of it.
        if self.worker_exited.is_set():
            _running.discard(self)
        else:
            QTimer.singleShot(5, self._release)


class _Runner(QRunnable):
    def __init__(self, fn: Work, handle: TaskHandle) -> None:
        super().__init__()
        self.fn: Work | None = fn
        self.handle: TaskHandle | None = handle

    def run(self) -> None:
        handle, fn = self.handle, self.fn
        exited = handle.worker_exited
        self.handle = self.fn = None
        try:
            result = fn(handle._progress.emit, handle.cancel_flag)
        except BaseException as exc:
            outcome, value = handle._error, exc
        else:
            outcome, value = handle._result, result
        # When the app is quitting the handle may be gone: nobody waits for this result then.
        with contextlib.suppress(RuntimeError):
            outcome.emit(value)
        del handle, fn, outcome, value
        exited.set()


def run_task(
    fn: Work,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Start `fn(progress, cancel)` on a worker thread; callbacks run on the GUI thread."""
    handle = TaskHandle()
    if on_result:
        handle.done.connect(on_result)
    if on_error:
        handle.failed.connect(on_error)
    if on_progress:
        handle.progressed.connect(on_progress)
    _running.add(handle)
    runner, pool = _Runner(fn, handle), pool or QThreadPool.globalInstance()
    if _held is not None:
        _held.append((pool, runner))
    else:
        pool.start(runner)
    return handle


def hold_workers() -> None:
    """Start no worker until `release_workers`: while the first window is built and painted, a
    worker importing its libraries (a PDF preview's) would only compete with it for the
    interpreter."""
    global _held
    if _held is None:
        _held = []


def release_workers() -> None:
    """Start the work held since `hold_workers`, in the order it was asked for."""
    global _held
    held, _held = _held, None
    for pool, runner in held or ():
        pool.start(runner)


def busy() -> bool:
    """Whether any task still has a result to deliver."""
    return bool(_running)


def shutdown(timeout_ms: int = 10_000) -> None:
    """Ask every running task to stop and wait for the workers (before the app exits, so no
    write is cut off halfway by interpreter shutdown)."""
    global _held
    _held = None  # never started: nothing to wait for
    for handle in list(_running):
        handle.cancel()
    if _writer is not None:
        _writer.waitForDone(timeout_ms)
    QThreadPool.globalInstance().waitForDone(timeout_ms)
