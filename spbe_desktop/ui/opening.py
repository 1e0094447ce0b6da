"""Opening, creating and building workspaces for the window, with plain messages on failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.instrument.pack import pack_by_id
from spbe_desktop.core.paths import user_data_dir
from spbe_desktop.core.workspace.workspace import Workspace

from .dialogs import show_error
from .operations import Operation
from .session import WorkspaceSession


def demo_folder() -> Path:
    return user_data_dir() / "demo"


def open_session(
    parent: QWidget | None, path: str | Path, before_message: Callable[[], None] | None = None
) -> WorkspaceSession | None:
    """Open a workspace; a plain message and None when that is not possible (`before_message`
    runs first, to put something behind it)."""
    try:
        return WorkspaceSession(Workspace.open(path))
    except (SpbeError, OSError) as exc:
        if before_message is not None:
            before_message()
        show_error(parent, exc)
        return None


def create_session(
    parent: QWidget | None, path: Path, opd_name: str, instrument_id: str, period: int
) -> WorkspaceSession | None:
    try:
        ws = Workspace.create(
            path, opd_name=opd_name, instrument=pack_by_id(instrument_id), period=period
        )
    except (SpbeError, OSError) as exc:
        show_error(parent, exc)
        return None
    return WorkspaceSession(ws)


def build_demo(parent: QWidget, then: Callable[[Path], None]) -> None:
    """Make sure the demo workspace exists (built on a worker the first time), then `then`."""
    from spbe_desktop.core.demo import demo_path

    target = demo_path(demo_folder())
    if target.exists():
        then(target)
        return

    def work(progress, cancel) -> Path:
        from spbe_desktop.core.demo import ensure_demo_workspace

        progress(0, 0, QCoreApplication.translate("Opening", "Preparing the demo workspace…"))
        return ensure_demo_workspace(demo_folder())

    title = QCoreApplication.translate("Opening", "Preparing the demo workspace…")
    Operation(parent, work).success(then).with_progress(title).run()


def build_coordinator_demo(parent: QWidget, then: Callable[[Path], None]) -> None:
    """The coordinator demo (a Pemda, six OPDs, the cycle half done), built on a worker the first
    time; then `then`."""
    from spbe_desktop.core.demo_coordinator import coordinator_demo_path

    target = coordinator_demo_path(demo_folder())
    if target.exists():
        then(target)
        return
    title = QCoreApplication.translate("Opening", "Preparing the coordinator demo…")

    def work(progress, cancel) -> Path:
        from spbe_desktop.core.demo_coordinator import ensure_coordinator_demo

        progress(0, 0, title)
        return ensure_coordinator_demo(demo_folder(), progress)

    Operation(parent, work).success(then).with_progress(title).run()
