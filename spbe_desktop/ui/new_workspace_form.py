"""What creating any workspace asks for: a name, the period, the instrument (which follows the
period unless chosen) and where to save the file (suggested from the name until edited).
The OPD's and the coordinator's "new workspace" dialogs differ only in the name they ask for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from spbe_desktop.core.files import safe_name
from spbe_desktop.core.instrument.pack import available_packs, default_pack_id, text

from .dialogs import Dialogs

WORKSPACE_SUFFIX = ".spbews"


class NewWorkspaceForm(QDialog):
    """Subclasses set up their own layout (`ui`) and say which field holds the name."""

    file_prefix = ""
    fallback_name = "penilaian-mandiri"
    # (context, source) of the message shown when the name is left empty
    missing_name: tuple[str, str] = ("", "")

    def __init__(self, parent: QWidget | None, ui, name_edit: str, folder: Path, lang: str):
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self.name_edit: QLineEdit = getattr(self.ui, name_edit)
        self.folder = folder
        self._location_edited = False
        for pack in available_packs():
            self.ui.instrumentCombo.addItem(text(pack.title, lang), pack.id)
        self.ui.periodSpin.setValue(date.today().year)
        self._follow_period(self.ui.periodSpin.value())
        self.ui.periodSpin.valueChanged.connect(self._follow_period)
        self.name_edit.textChanged.connect(self._suggest_location)
        self.ui.locationEdit.textEdited.connect(self._edited_location)
        self.ui.browseButton.clicked.connect(self._browse)
        create = QCoreApplication.translate("NewWorkspaceDialog", "&Create")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(create)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _follow_period(self, year: int) -> None:
        index = self.ui.instrumentCombo.findData(default_pack_id(year))
        if index >= 0:
            self.ui.instrumentCombo.setCurrentIndex(index)
        self._suggest_location()

    def _edited_location(self, _text: str) -> None:
        self._location_edited = True

    def _suggest_location(self, *_args) -> None:
        if self._location_edited:
            return
        name = safe_name(self.name_edit.text(), self.fallback_name)
        target = self.folder / f"{self.file_prefix}{name}-{self.ui.periodSpin.value()}"
        self.ui.locationEdit.setText(str(target) + WORKSPACE_SUFFIX)

    def _browse(self) -> None:
        chosen = Dialogs.save_workspace(self, self.ui.locationEdit.text())
        if chosen:
            self.ui.locationEdit.setText(chosen)
            self._location_edited = True

    def _accept(self) -> None:
        if not self.name_edit.text().strip():
            Dialogs.error(self, QCoreApplication.translate(*self.missing_name))
            self.name_edit.setFocus()
            return
        if not self.ui.locationEdit.text().strip():
            Dialogs.error(
                self,
                QCoreApplication.translate(
                    "NewWorkspaceDialog", "Choose where to save the workspace."
                ),
            )
            return
        self.accept()

    def chosen(self) -> tuple[str, int, str, Path]:
        """(name, period, instrument id, path with the workspace suffix)."""
        path = Path(self.ui.locationEdit.text().strip())
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        return (
            self.name_edit.text().strip(),
            self.ui.periodSpin.value(),
            self.ui.instrumentCombo.currentData(),
            path,
        )
