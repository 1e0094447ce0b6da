"""Signing a package with the coordinator's key: ask the passphrase (creating the key the first
time), then write on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from spbe_desktop.core.keys import generate_key, key_info
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.tasks import TaskHandle

from .changes import CoordChanges
from .prompts import CoordDialogs

Write = Callable[[str, Callable, Any], Any]  # (passphrase, progress, cancel) → result


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
