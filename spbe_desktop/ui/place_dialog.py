"""Placing evidence already attached on an item of a level (or taking it off every item): for
files attached without a level, carried over from last period or taken from a proposal."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from spbe_desktop.core.evidence import items as it
from spbe_desktop.core.evidence import store as ev
from spbe_desktop.core.evidence.placement import place_evidence
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_place_evidence import Ui_PlaceEvidenceDialog

from .operations import WriteOp
from .session import Changes

NOT_PLACED = (None, None)


class PlaceEvidenceDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ws: Workspace,
        indicator_id: str,
        files: list[ev.EvidenceItem],
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceEvidenceDialog()
        self.ui.setupUi(self)
        names = ", ".join(f.original_name for f in files[:3])
        if len(files) > 3:
            names += " " + self.tr("and {0} more").format(len(files) - 3)
        self.ui.introLabel.setText(self.tr("Where {0} belongs on the portal:").format(names))
        combo = self.ui.itemCombo
        self.places: list[tuple[int | None, int | None]] = [NOT_PLACED]
        combo.addItem(self.tr("(on no item)"))
        for level, level_items in it.indicator_items(ws, indicator_id).items():
            for item in level_items:
                if not item.retired:
                    label = self.tr("Level {0}, item {1}: {2}").format(
                        level, item.number, text(item.text, lang)
                    )
                    combo.addItem(label)
                    self.places.append((level, item.number))
        current = (files[0].level, files[0].item) if files else NOT_PLACED
        combo.setCurrentIndex(self.places.index(current) if current in self.places else 0)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def place(self) -> tuple[int | None, int | None]:
        return self.places[self.ui.itemCombo.currentIndex()]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ws: Workspace,
        indicator_id: str,
        files: list[ev.EvidenceItem],
        lang: str,
    ) -> tuple[int | None, int | None] | None:
        dialog = cls(parent, ws, indicator_id, files, lang)
        return dialog.place() if dialog.exec() == QDialog.DialogCode.Accepted else None


def place_files(panel: QWidget, session, indicator_id: str, files: list[ev.EvidenceItem]) -> None:
    """Ask where the chosen files go and move them there; a refusal (a retired item) is one
    sentence and moves none of them."""
    from .i18n import current_lang

    place = PlaceEvidenceDialog.ask(panel.window(), session.ws, indicator_id, files, current_lang())
    if place is None:
        return
    level, number = place

    def work(ws: Workspace, progress, cancel) -> None:
        with ws.transaction():
            for f in files:
                place_evidence(ws, f.id, level, number)

    placing = WriteOp(panel, session.ws, work)
    placing.notify(session, Changes.of_evidence(indicator_id)).run_now()
