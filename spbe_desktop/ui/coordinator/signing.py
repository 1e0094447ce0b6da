"""Signing a package for an OPD with the coordinator's key: ask where it goes and the passphrase
(creating the key the first time), then write on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from spbe_desktop.core.coordinator.store import Opd
from spbe_desktop.core.files import safe_name
from spbe_desktop.core.keys import generate_key, key_info
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.tasks import TaskHandle

from .changes import CoordChanges
from .prompts import CoordDialogs

Write = Callable[[str, Callable, Any], Any]  # (passphrase, progress, cancel) → result


def package_path(view, title: str, stem: str, opd: Opd) -> str | None:
    """Where the person saves a package for `opd` (`<stem>-<OPD>-<period>.spbe` beside the
    workspace suggested); the name ends in .spbe whatever was typed. None when cancelled."""
    ws = view.ws
    suggested = Path(ws.path).parent / f"{stem}-{safe_name(opd.name)}-{ws.info.period}.spbe"
    out = CoordDialogs.save_as(
        view.window(),
        title,
        str(suggested),
        QCoreApplication.translate("Coordinator", "SPBE packages (*.spbe)"),
    )
    if out and not out.endswith(".spbe"):
        out += ".spbe"
    return out


def sign_and_write(
    view, title: str, write: Write, changes: CoordChanges, done: Callable[[Any], None]
) -> TaskHandle | None:
    """Run `write(passphrase, progress, cancel)` once the passphrase is known (a write operation
    that tells of `changes`); None if the user cancelled the question."""
    new = key_info(view.ws) is None
    passphrase = CoordDialogs.passphrase(view.window(), new)
    if passphrase is None:
        return None

    def work(ws: Workspace, progress, cancel):
        if new:
            progress(0, 0, QCoreApplication.translate("Coordinator", "Creating the signing key…"))
            generate_key(ws, passphrase)
        return write(passphrase, progress, cancel)

    return view.write(title, work, changes, done)
