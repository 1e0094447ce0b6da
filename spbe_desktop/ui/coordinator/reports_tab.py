"""Laporan: the consolidated PDF report, the XLSX workbook and the award certificates, written
off the UI thread and opened with the system viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from spbe_desktop.core.coordinator.awards import TOP_DEFAULT
from spbe_desktop.core.coordinator.pdf_award import WrittenAward, write_awards
from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf
from spbe_desktop.core.coordinator.store import Consolidation
from spbe_desktop.core.coordinator.workbook import write_workbook
from spbe_desktop.core.files import safe_name
from spbe_desktop.ui.system_open import open_with_system

from .prompts import CoordDialogs


class ReportsTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.ui = view.ui
        self.written: list[Path] = []
        self.ui.pdfButton.clicked.connect(self.save_pdf)
        self.ui.xlsxButton.clicked.connect(self.save_workbook)
        self.ui.awardButton.clicked.connect(self.write_awards)
        self.ui.reportsList.itemActivated.connect(
            lambda item: self.open(Path(item.data(Qt.ItemDataRole.UserRole)))
        )

    def refresh(self, _result: Consolidation) -> None:
        """The reports are written from the workspace when asked for."""

    def _suggested(self, suffix: str) -> str:
        ws = self.view.ws
        slug = safe_name(ws.info.opd_name)
        return str(Path(ws.path).parent / f"laporan-{slug}-{ws.info.period}{suffix}")

    def save_pdf(self) -> None:
        out = CoordDialogs.save_as(
            self.view.window(),
            self.tr("Save the consolidated report"),
            self._suggested(".pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if out:
            self._write(Path(out).with_suffix(".pdf"), write_consolidated_pdf)

    def save_workbook(self) -> None:
        out = CoordDialogs.save_as(
            self.view.window(),
            self.tr("Save the workbook"),
            self._suggested(".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if out:
            self._write(Path(out).with_suffix(".xlsx"), write_workbook)

    def _write(self, out: Path, writer) -> None:
        lang = self.view.lang

        def work(reader, progress, _cancel) -> Path:
            progress(0, 0, out.name)
            return Path(writer(reader, out, lang))

        self.view.read(self.tr("Writing {0}…").format(out.name), work, self._written)

    def write_awards(self) -> None:
        """A certificate per awarded OPD, in a folder chosen by the coordinator."""
        ws = self.view.ws
        suggested = Path(ws.path).parent / f"piagam-{safe_name(ws.info.opd_name)}-{ws.info.period}"
        title = self.tr("Award certificates")
        folder = CoordDialogs.folder(self.view.window(), title, str(suggested))
        if not folder:
            return
        label = self.tr("Award the OPDs ranked 1 to:")
        top = CoordDialogs.number(self.view.window(), title, label, TOP_DEFAULT)
        if top is None:
            return
        lang = self.view.lang

        def work(reader, progress, cancel) -> list[WrittenAward]:
            return write_awards(reader, folder, top, lang, progress, cancel)

        message = self.tr("Writing the award certificates…")
        self.view.read(message, work, lambda written: self._awarded(Path(folder), written))

    def _awarded(self, folder: Path, written: list[WrittenAward]) -> None:
        for item in reversed(written):
            self._list(item.path)
        self.view.message(self.tr("{0} certificates saved in {1}.").format(len(written), folder))
        self.open(folder)

    def _written(self, path: Path) -> None:
        self._list(path)
        self.view.message(self.tr("Saved {0}.").format(path))
        self.open(path)

    def _list(self, path: Path) -> None:
        self.written.append(path)
        item = QListWidgetItem(f"{path.name}   ({path.parent})")
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.ui.reportsList.insertItem(0, item)

    def open(self, path: Path) -> None:
        open_with_system(path)
