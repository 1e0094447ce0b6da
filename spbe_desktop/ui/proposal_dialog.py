"""The dialog in which a person accepts or declines the crosswalk's proposals for one indicator
(files and justifications from the last period under the old instrument)."""

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

from spbe_desktop.core.period.crosswalk import Proposal


class ProposalDialog(QDialog):
    """The open proposals of one indicator, each checked to accept or left to decline."""

    def __init__(self, parent: QWidget | None, found: list[Proposal]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposals from last period"))
        self.found = found
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Tick what fits this indicator. Ticked files are attached (place them on a level "
                "and item afterwards) and ticked justifications added; the others are declined."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget(self)
        for p in found:
            kind = self.tr("File") if p.kind == "evidence" else self.tr("Justification")
            words = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
            shown = " ".join(p.text.split())[:120]
            item = QListWidgetItem(
                self.tr("{0} from indicator {1} ({2} confidence): {3}").format(
                    kind, p.old_number, words[p.confidence], shown
                )
            )
            item.setToolTip(p.source)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def choice(self) -> tuple[list[str], list[str]]:
        accepted, declined = [], []
        for row, p in enumerate(self.found):
            checked = self.list.item(row).checkState() == Qt.CheckState.Checked
            (accepted if checked else declined).append(p.key)
        return accepted, declined

    @classmethod
    def ask(
        cls, parent: QWidget | None, found: list[Proposal]
    ) -> tuple[list[str], list[str]] | None:
        dialog = cls(parent, found)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
