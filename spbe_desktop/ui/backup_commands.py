"""The main window's backups: a copy when a changed workspace is closed and the last copy is
old, and restoring any backup (for a workspace that was damaged, lost or changed by mistake)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.workspace.backup import (
    all_backups,
    backup_due,
    backup_workspace,
    restore_backup,
)
from spbe_desktop.core.workspace.workspace import Workspace

from . import crash
from .dialogs import Dialogs
from .operations import Operation

if TYPE_CHECKING:
    from .command_host import CommandHost


def backup_before_closing(ws: Workspace) -> None:
    """A workspace that was changed goes into its rotating backups when the last copy is old.
    Done on closing, when nothing else writes; a failure is logged, never in the way."""
    if ws.read_only or not ws.modified or not backup_due(ws):
        return
    try:
        backup_workspace(ws)
    except SpbeError as exc:
        crash.log.warning("backup of %s not made: %s", ws.path, exc.message("en"))


class BackupCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def restore_backup(self) -> None:
        window = self.window
        entries = all_backups()
        if not entries:
            Dialogs.info(
                window,
                QCoreApplication.translate("BackupCommands", "Restore a backup"),
                QCoreApplication.translate(
                    "BackupCommands",
                    "There are no backups yet: one is made when a changed workspace is closed.",
                ),
            )
            return
        from .restore_dialog import RestoreDialog  # its widgets load when it is first asked for

        chosen = RestoreDialog.ask(window, entries)
        if chosen is None:
            return
        suggested = str(chosen.origin or Path.home() / chosen.path.name)
        target = Dialogs.save_workspace(window, suggested)
        if not target:
            return
        target_path = Path(target)
        session = window.session
        if session is not None and session.ws.path.resolve() == target_path.resolve():
            window.close_session()  # the open file is the one being replaced
            window.show_welcome()
        restoring = Operation(window, lambda _p, _c: restore_backup(chosen.path, target_path))
        restoring.success(lambda _r: window.open_path(target_path)).run_now()
