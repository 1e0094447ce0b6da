"""Which of last period's evidence files go into the new period: all ticked at first; an
unticked file is left out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class CarryFilesDialog(QDialog):
    def __init__(self, parent: QWidget | None, files: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence carried over"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Every evidence file of last period is carried over with its original dates. "
                "Untick a file that no longer applies (a regulation replaced, an expired report)."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget(self)
        self.shas: list[str] = []
        for name, sha in dict((sha, (name, sha)) for name, sha in files).values():
            item = QListWidgetItem(f"{name}   ({sha[:12]})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
            self.shas.append(sha)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def left_out(self) -> list[str]:
        return [
            sha
            for row, sha in enumerate(self.shas)
            if self.list.item(row).checkState() != Qt.CheckState.Checked
        ]

    @classmethod
    def ask(cls, parent: QWidget | None, files: list[tuple[str, str]]) -> list[str] | None:
        dialog = cls(parent, files)
        return dialog.left_out() if dialog.exec() == QDialog.DialogCode.Accepted else None
