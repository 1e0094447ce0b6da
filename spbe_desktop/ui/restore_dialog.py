"""Choosing the backup to restore: every copy, newest first, with its OPD, period, when it was
made, its size and the workspace it belongs to."""

from __future__ import annotations

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

from spbe_desktop.core.workspace.backup import BackupEntry

from .i18n import file_size


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
