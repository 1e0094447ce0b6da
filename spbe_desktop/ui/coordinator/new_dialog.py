"""Creating a coordinator workspace: Pemda name, period, instrument, file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...core.instrument import available_packs, default_pack_id, text
from ..dialogs import Dialogs
from ..forms.ui_coord_new import Ui_NewCoordinatorDialog


class NewCoordinatorRequest(NamedTuple):
    pemda_name: str
    period: int
    instrument_id: str
    path: Path


class NewCoordinatorDialog(QDialog):
    def __init__(self, parent: QWidget | None, folder: Path, lang: str) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCoordinatorDialog()
        self.ui.setupUi(self)
        self.folder = folder
        self._location_edited = False
        for pack in available_packs():
            self.ui.instrumentCombo.addItem(text(pack.title, lang), pack.id)
        self.ui.periodSpin.setValue(date.today().year)
        self._period_changed(self.ui.periodSpin.value())
        self.ui.periodSpin.valueChanged.connect(self._period_changed)
        self.ui.pemdaEdit.textChanged.connect(self._suggest)
        self.ui.locationEdit.textEdited.connect(self._edited)
        self.ui.browseButton.clicked.connect(self._browse)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _period_changed(self, year: int) -> None:
        position = self.ui.instrumentCombo.findData(default_pack_id(year))
        if position >= 0:
            self.ui.instrumentCombo.setCurrentIndex(position)
        self._suggest()

    def _edited(self, _text: str) -> None:
        self._location_edited = True

    def _suggest(self, *_args) -> None:
        if self._location_edited:
            return
        words = "".join(c if c.isalnum() else " " for c in self.ui.pemdaEdit.text()).split()
        name = "-".join(words) or "pemda"
        target = self.folder / f"koordinator-{name}-{self.ui.periodSpin.value()}.spbews"
        self.ui.locationEdit.setText(str(target))

    def _browse(self) -> None:
        chosen = Dialogs.save_workspace(self, self.ui.locationEdit.text())
        if chosen:
            self.ui.locationEdit.setText(chosen)
            self._location_edited = True

    def _accept(self) -> None:
        if not self.ui.pemdaEdit.text().strip():
            Dialogs.error(self, self.tr("Enter the name of the regional government (Pemda)."))
            self.ui.pemdaEdit.setFocus()
            return
        if not self.ui.locationEdit.text().strip():
            Dialogs.error(self, self.tr("Choose where to save the workspace."))
            return
        self.accept()

    def request(self) -> NewCoordinatorRequest:
        path = Path(self.ui.locationEdit.text().strip())
        if path.suffix != ".spbews":
            path = path.with_name(path.name + ".spbews")
        return NewCoordinatorRequest(
            self.ui.pemdaEdit.text().strip(),
            self.ui.periodSpin.value(),
            self.ui.instrumentCombo.currentData(),
            path,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, lang: str) -> NewCoordinatorRequest | None:
        dialog = cls(parent, folder, lang)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
