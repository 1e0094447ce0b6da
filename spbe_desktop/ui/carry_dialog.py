"""Which of last period's evidence files go into the new period: all ticked at first; an
unticked file is left out."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .checklist_dialog import ChecklistDialog


class CarryFilesDialog(ChecklistDialog):
    def __init__(self, parent: QWidget | None, files: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence carried over"))
        self.hint.setText(
            self.tr(
                "Every evidence file of last period is carried over with its original dates. "
                "Untick a file that no longer applies (a regulation replaced, an expired report)."
            )
        )
        self.shas: list[str] = []
        for name, sha in dict((sha, (name, sha)) for name, sha in files).values():
            self.add_row(f"{name}   ({sha[:12]})", ticked=True)
            self.shas.append(sha)
        self.resize(560, 380)

    def left_out(self) -> list[str]:
        return [sha for sha, ticked in zip(self.shas, self.ticks(), strict=True) if not ticked]

    @classmethod
    def ask(cls, parent: QWidget | None, files: list[tuple[str, str]]) -> list[str] | None:
        dialog = cls(parent, files)
        return dialog.left_out() if dialog.confirmed() else None
