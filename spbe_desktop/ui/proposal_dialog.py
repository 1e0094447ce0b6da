"""The dialog in which a person accepts or declines the crosswalk's proposals for one indicator
(files and justifications from the last period under the old instrument)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spbe_desktop.core.period.crosswalk import Proposal

from .checklist_dialog import ChecklistDialog


class ProposalDialog(ChecklistDialog):
    """The open proposals of one indicator, each checked to accept or left to decline."""

    def __init__(self, parent: QWidget | None, found: list[Proposal]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposals from last period"))
        self.hint.setText(
            self.tr(
                "Tick what fits this indicator. Ticked files are attached (place them on a level "
                "and item afterwards) and ticked justifications added; the others are declined."
            )
        )
        self.found = found
        words = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
        for p in found:
            kind = self.tr("File") if p.kind == "evidence" else self.tr("Justification")
            shown = " ".join(p.text.split())[:120]
            text = self.tr("{0} from indicator {1} ({2} confidence): {3}").format(
                kind, p.old_number, words[p.confidence], shown
            )
            self.add_row(text, ticked=False, tooltip=p.source)
        self.resize(640, 360)

    def choice(self) -> tuple[list[str], list[str]]:
        accepted, declined = [], []
        for p, ticked in zip(self.found, self.ticks(), strict=True):
            (accepted if ticked else declined).append(p.key)
        return accepted, declined

    @classmethod
    def ask(
        cls, parent: QWidget | None, found: list[Proposal]
    ) -> tuple[list[str], list[str]] | None:
        dialog = cls(parent, found)
        return dialog.choice() if dialog.confirmed() else None
