"""The main window's backups: a copy when a changed workspace is closed and the last copy is
old, and restoring any backup (for a workspace that was damaged, lost or changed by mistake)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.workspace.backup import (
    BackupEntry,
    all_backups,
    backup_due,
    backup_workspace,
    restore_backup,
)
from spbe_desktop.core.workspace.workspace import Workspace

from . import crash
from .dialogs import Dialogs, show_error
from .i18n import file_size

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
        try:
            restore_backup(chosen.path, target_path)
        except (SpbeError, OSError) as exc:
            show_error(window, exc)
            return
        window.open_path(target_path)


class RestoreDialog(QDialog):
    """The backups to choose from, newest first: OPD, period, when, size, where it belongs."""

    def __init__(self, parent: QWidget | None, entries: list[BackupEntry]) -> None:
        super().__init__(parent)
        self.entries = entries
        self.setWindowTitle(QCoreApplication.translate("BackupCommands", "Restore a backup"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "BackupCommands",
                "Choose the copy to put back. The file it replaces is kept beside it "
                "with “rusak” in its name.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("BackupCommands", "Work unit"),
                QCoreApplication.translate("BackupCommands", "Period"),
                QCoreApplication.translate("BackupCommands", "Made"),
                QCoreApplication.translate("BackupCommands", "Size"),
                QCoreApplication.translate("BackupCommands", "Workspace file"),
            ]
        )
        for entry in entries:
            made = entry.made_at.astimezone().strftime("%d-%m-%Y %H:%M")
            origin = str(entry.origin) if entry.origin else "–"
            row = [entry.opd_name, entry.period, made, file_size(entry.size), origin]
            self.list.addTopLevelItem(QTreeWidgetItem(row))
        self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        for column in range(4):
            self.list.resizeColumnToContents(column)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("BackupCommands", "&Restore…")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("BackupCommands", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> BackupEntry:
        return self.entries[self.list.indexOfTopLevelItem(self.list.currentItem())]

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[BackupEntry]) -> BackupEntry | None:
        dialog = cls(parent, entries)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
