"""The welcome screen (create, open, recent, demo) and the new-workspace dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..core.instrument import available_packs, default_pack_id, text
from .dialogs import Dialogs
from .forms.ui_new_workspace import Ui_NewWorkspaceDialog
from .forms.ui_welcome import Ui_WelcomePage


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    coordinatorRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.newButton.clicked.connect(self.newRequested)
        self.ui.openButton.clicked.connect(self.openRequested)
        self.ui.demoButton.clicked.connect(self.demoRequested)
        self.ui.coordButton.clicked.connect(self.coordinatorRequested)
        self.ui.recentList.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_recent(self, paths: list[str]) -> None:
        lst = self.ui.recentList
        lst.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}   ({Path(path).parent})")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            lst.addItem(item)
        if not paths:
            lst.addItem(self.tr("(none yet)"))
            lst.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.ui.recentHint.setVisible(bool(paths))


class NewWorkspaceRequest(NamedTuple):
    opd_name: str
    period: int
    instrument_id: str
    path: Path


class NewWorkspaceDialog(QDialog):
    def __init__(self, parent: QWidget | None, folder: Path, lang: str) -> None:
        super().__init__(parent)
        self.ui = Ui_NewWorkspaceDialog()
        self.ui.setupUi(self)
        self.folder = folder
        self._location_edited = False
        self.packs = available_packs()
        for pack in self.packs:
            self.ui.instrumentCombo.addItem(text(pack.title, lang), pack.id)
        year = date.today().year
        self.ui.periodSpin.setValue(year)
        self._follow_period(year)
        self.ui.periodSpin.valueChanged.connect(self._follow_period)
        self.ui.opdEdit.textChanged.connect(self._suggest_location)
        self.ui.locationEdit.textEdited.connect(self._edited_location)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._suggest_location()

    def _follow_period(self, year: int) -> None:
        index = self.ui.instrumentCombo.findData(default_pack_id(year))
        if index >= 0:
            self.ui.instrumentCombo.setCurrentIndex(index)
        self._suggest_location()

    def _edited_location(self, _text: str) -> None:
        self._location_edited = True

    def _suggest_location(self) -> None:
        if self._location_edited:
            return
        name = "".join(c if c.isalnum() else "-" for c in self.ui.opdEdit.text().strip())
        name = "-".join(part for part in name.split("-") if part) or "penilaian-mandiri"
        target = self.folder / f"{name}-{self.ui.periodSpin.value()}.spbews"
        self.ui.locationEdit.setText(str(target))

    def _browse(self) -> None:
        chosen = Dialogs.save_workspace(self, self.ui.locationEdit.text())
        if chosen:
            self.ui.locationEdit.setText(chosen)
            self._location_edited = True

    def request(self) -> NewWorkspaceRequest:
        path = Path(self.ui.locationEdit.text().strip())
        if path.suffix != ".spbews":
            path = path.with_name(path.name + ".spbews")
        return NewWorkspaceRequest(
            opd_name=self.ui.opdEdit.text().strip(),
            period=self.ui.periodSpin.value(),
            instrument_id=self.ui.instrumentCombo.currentData(),
            path=path,
        )

    def _accept(self) -> None:
        if not self.ui.opdEdit.text().strip():
            Dialogs.error(self, self.tr("Enter the name of the work unit (OPD)."))
            self.ui.opdEdit.setFocus()
            return
        if not self.ui.locationEdit.text().strip():
            Dialogs.error(self, self.tr("Choose where to save the workspace."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, lang: str) -> NewWorkspaceRequest | None:
        dialog = cls(parent, folder, lang)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
