"""The GUI's one way to run work: build an operation, say what follows, run it.

    ReadOp(window, ws.path, check).success(show).with_progress(title).run()
    WriteOp(window, ws, attach).notify(session, Changes(evidence=...)).with_progress(title).run()
    Operation(window, verify).success(show).run()

The work is a core call taking a progress callback and a cancel flag. Three kinds, one rule for
threads:

- `WriteOp(parent, ws, work)`: `work(ws, progress, cancel)` writes on the editing connection.
  Write operations run one at a time on the writer thread (`tasks.writer_pool`), and the window
  is disabled until one ends, so no edit interleaves with it. `.notify(session, changes)` tells
  the session what changed when it ends, whether it succeeded or not (a cancelled attach may
  have stored some files already); the views refresh from the session's one change signal.
- `ReadOp(parent, path, work)`: `work(reader, progress, cancel)` reads on a read-only connection
  of its own, opened on the worker and closed after: the editing connection never crosses
  threads for a read.
- `Operation(parent, work)`: `work(progress, cancel)` touches no open workspace (a package file,
  a workspace file the core opens itself).

Handlers run on the GUI thread: `.finished()` first, whatever the outcome; then `.success(result)`,
`.cancelled()` (default: nothing, cancelling is not a failure) or `.failure(exc)` (default: the
plain message of `show_error`). `.with_progress(title)` adds the progress dialog with its Cancel
button (shown only for work that takes over half a second) and disables the window meanwhile.
`.run()` starts the work on a worker; `.run_now()` does it at once on the calling thread (a quick
write: a click, a typed value) and says whether it succeeded. Tests
call `run_synchronously()` so that every `.run()` is a `.run_now()` (Picard's FakeThreadPool).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.errors import Cancelled
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

from .dialogs import show_error
from .tasks import TaskHandle, run_task, writer_pool

if TYPE_CHECKING:
    from .progress_dialog import ProgressDialog

T = TypeVar("T")
Work = Callable[[ProgressFn, CancelFlag], Any]
WorkspaceWork = Callable[[Workspace, ProgressFn, CancelFlag], Any]

_synchronous = False
_live: set[Operation] = set()  # running operations, kept until their handlers have run


def run_synchronously(on: bool = True) -> None:
    """Every `.run()` becomes a `.run_now()` (tests: no worker, no waiting)."""
    global _synchronous
    _synchronous = on


class Operation(Generic[T]):
    """Work that touches no open workspace; the base of the other two kinds."""

    blocks_window = False  # write operations keep the window disabled while they run

    def __init__(self, parent: QWidget | None, work: Work) -> None:
        self.parent = parent
        self.work = work
        self.handle: TaskHandle | None = None
        self._title: str | None = None
        self._dialog: ProgressDialog | None = None
        self._disabled: QWidget | None = None
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._on_finish: Callable[[], None] | None = None

    # Building -------------------------------------------------------------------------------

    def success(self, fn: Callable[[T], None]) -> Self:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Self:
        """Replaces the plain message for a failure (a cancel is not one)."""
        self._on_failure = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> Self:
        self._on_cancel = fn
        return self

    def finished(self, fn: Callable[[], None]) -> Self:
        """Runs first when the work ends, however it ended."""
        self._on_finish = fn
        return self

    def with_progress(self, title: str) -> Self:
        self._title = title
        return self

    # Running --------------------------------------------------------------------------------

    def run(self) -> TaskHandle | None:
        """Start on a worker (the writer thread for writes); None when run synchronously."""
        if _synchronous:
            self.run_now()
            return None
        window = self.parent.window() if self.parent is not None else None
        if window is not None and (self._title is not None or self.blocks_window):
            window.setEnabled(False)
            self._disabled = window
        _live.add(self)
        self.handle = run_task(self._call, self._succeeded, self._failed, pool=self._pool())
        if self._title is not None:
            from .progress_dialog import ProgressDialog  # the first long task loads it

            self._dialog = ProgressDialog(window, self._title, self.handle)
        return self.handle

    def run_now(self) -> bool:
        """Do the work at once on this thread; the handlers have run when this returns. True
        when the work succeeded (a refusal has been shown, a cancel said nothing)."""
        try:
            result = self._call(no_progress, threading.Event())
        except Exception as exc:
            self._failed(exc)
            return False
        self._succeeded(result)
        return True

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    # What runs where ------------------------------------------------------------------------

    def _call(self, progress: ProgressFn, cancel: CancelFlag) -> Any:
        return self.work(progress, cancel)

    def _pool(self) -> QThreadPool | None:
        return None  # the shared pool

    def _settle(self) -> None:
        """What the kind of operation does when its work ends, before any handler."""

    def _ended(self) -> None:
        _live.discard(self)
        if self._dialog is not None:
            self._dialog.finish()
            self._dialog = None
        if self._disabled is not None:
            self._disabled.setEnabled(True)
            self._disabled = None
        self._settle()
        if self._on_finish is not None:
            self._on_finish()

    def _gone(self) -> bool:
        """Whether the widget the operation reports to was deleted meanwhile (its workspace
        closed while a preview was still loading): its handlers then have nothing to show on."""
        from shiboken6 import isValid

        return self.parent is not None and not isValid(self.parent)

    def _succeeded(self, result: T) -> None:
        self._ended()
        if self._on_success is not None and not self._gone():
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        if self._gone():
            return
        if isinstance(exc, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
        elif self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self.parent.window() if self.parent is not None else None, exc)


class ReadOp(Operation[T]):
    """Reads a workspace on a read-only connection of its own (opened on the worker)."""

    def __init__(self, parent: QWidget | None, path: str | Path, work: WorkspaceWork) -> None:
        super().__init__(parent, self._read)
        self.path = Path(path)
        self.read = work

    def _read(self, progress: ProgressFn, cancel: CancelFlag) -> Any:
        with Workspace.open(self.path, read_only=True) as reader:
            return self.read(reader, progress, cancel)


class WriteOp(Operation[T]):
    """Writes on the editing connection: on the writer thread, one at a time, window disabled."""

    blocks_window = True

    def __init__(self, parent: QWidget | None, ws: Workspace, work: WorkspaceWork) -> None:
        super().__init__(parent, self._write)
        self.ws = ws
        self.write = work
        self._session: Any = None
        self._changes: Any = None

    def notify(self, session: Any, changes: Any) -> Self:
        """`session.notify(changes)` once the work ends, before the other handlers run."""
        self._session, self._changes = session, changes
        return self

    def _write(self, progress: ProgressFn, cancel: CancelFlag) -> Any:
        return self.write(self.ws, progress, cancel)

    def _pool(self) -> QThreadPool | None:
        return writer_pool()

    def _settle(self) -> None:
        if self._session is not None and self.ws.conn is not None:
            self._session.notify(self._changes)
