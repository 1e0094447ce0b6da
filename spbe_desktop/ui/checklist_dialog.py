"""A dialog that asks which things of a list to take: a hint above, one row with a tick box per
thing, OK and Cancel. Last period's files to carry over and the crosswalk's proposals use it;
each names its rows and reads the ticks back."""

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


class ChecklistDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_row(self, text: str, *, ticked: bool, tooltip: str = "") -> None:
        item = QListWidgetItem(text)
        if tooltip:
            item.setToolTip(tooltip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def ticks(self) -> list[bool]:
        """Each row's tick, in the order the rows were added."""
        return [
            self.list.item(row).checkState() == Qt.CheckState.Checked
            for row in range(self.list.count())
        ]

    def confirmed(self) -> bool:
        """Shown until closed: whether it was closed with OK (the ticks then count)."""
        return self.exec() == QDialog.DialogCode.Accepted
