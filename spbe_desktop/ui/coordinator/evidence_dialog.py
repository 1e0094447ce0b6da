"""One OPD's submitted evidence for one indicator, opened with the system viewer through a
temporary copy (the workspace keeps the only stored content)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem

from spbe_desktop.core.coordinator.store import (
    Opd,
    SubmittedEvidence,
    submitted_evidence,
    submitted_justification,
)
from spbe_desktop.core.evidence.content import save_content
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.ui.dialogs import Dialogs
from spbe_desktop.ui.forms.ui_coord_evidence import Ui_EvidenceListDialog
from spbe_desktop.ui.i18n import file_size
from spbe_desktop.ui.system_open import open_with_system


class EvidenceListDialog(QDialog):
    def __init__(self, view, opd: Opd, indicator_id: str) -> None:
        super().__init__(view.window())
        self.ui = Ui_EvidenceListDialog()
        self.ui.setupUi(self)
        self.view = view
        ws = view.ws
        ind = ws.instrument.indicator(indicator_id)
        self.setWindowTitle(self.tr("Evidence of {0}").format(opd.name))
        self.ui.headingLabel.setText(
            self.tr("{0} — indicator {1}: {2}").format(
                opd.name, ind.number, text(ind.name, view.lang)
            )
        )
        note = submitted_justification(ws, opd.id, indicator_id)
        self.ui.justificationLabel.setText(
            self.tr("Justification: {0}").format(note)
            if note
            else self.tr("No justification written.")
        )
        self.items = submitted_evidence(ws, opd.id, indicator_id)
        for item in self.items:
            row = QTreeWidgetItem([item.name, str(item.level or "–"), file_size(item.size)])
            row.setData(0, Qt.ItemDataRole.UserRole, item.sha256)
            self.ui.list.addTopLevelItem(row)
        if not self.items:
            self.ui.list.addTopLevelItem(QTreeWidgetItem([self.tr("(no evidence attached)")]))
        self.ui.list.setCurrentItem(self.ui.list.topLevelItem(0))
        self.ui.list.header().resizeSection(0, 380)
        self.ui.openButton.setEnabled(bool(self.items))
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.list.itemActivated.connect(lambda *_: self.open_selected())
        self.ui.buttonBox.rejected.connect(self.reject)

    def open_selected(self) -> None:
        position = self.ui.list.indexOfTopLevelItem(self.ui.list.currentItem())
        if 0 <= position < len(self.items):
            open_evidence(self.view, self.items[position])


def open_evidence(view, item: SubmittedEvidence) -> None:
    """Copy the content out to the view's temporary folder, then hand it to the system viewer."""
    folder = view.temp_folder() / item.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / Path(item.name).name

    def work(reader, progress, cancel) -> Path:
        if dest.exists():
            return dest
        return save_content(reader, item.sha256, dest, progress=progress, cancel=cancel)

    def opened(path: Path) -> None:
        if not open_with_system(path):
            Dialogs.error(
                view.window(),
                QCoreApplication.translate(
                    "EvidenceListDialog",
                    "No program is set up to open {0}. The file was saved as {1}.",
                ).format(item.name, path),
            )

    view.read(QCoreApplication.translate("EvidenceListDialog", "Opening evidence…"), work, opened)
