"""Penilaian Asesor: the external assessors' verdicts. Import the filled sheet as a round, or
choose a verdict per item in the table (typed verdicts go into a round of the chosen kind and
date); the assessed index beside the claimed and supported one; the gap by the points it costs;
the template and the interview pack written off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidgetItem,
    QWidget,
)

from spbe_desktop.core.assessment.assessed import Assessment, assess, supported_score
from spbe_desktop.core.assessment.catalogue import template_rows, workspace_items
from spbe_desktop.core.assessment.interview import write_interview_pdf
from spbe_desktop.core.assessment.statuses import ROUNDS, STATUSES
from spbe_desktop.core.assessment.store import rounds, set_verdict, typed_round
from spbe_desktop.core.assessment.workflow import import_verdicts, write_assessor_template
from spbe_desktop.core.coordinator.store import Consolidation
from spbe_desktop.core.files import safe_name
from spbe_desktop.ui.forms.ui_coord_assessor import Ui_AssessorPage
from spbe_desktop.ui.system_open import open_with_system

from .changes import CoordChanges
from .common import cell, figure, fill_row, setup_table
from .prompts import CoordDialogs

VERDICT_WORDS = {
    "diterima": QT_TRANSLATE_NOOP("Coordinator", "accepted"),
    "revisi": QT_TRANSLATE_NOOP("Coordinator", "revision"),
    "ditolak": QT_TRANSLATE_NOOP("Coordinator", "rejected"),
    "tidak tepat": QT_TRANSLATE_NOOP("Coordinator", "wrong evidence"),
    "belum diunggah": QT_TRANSLATE_NOOP("Coordinator", "not uploaded"),
    "ditolak otomatis": QT_TRANSLATE_NOOP("Coordinator", "auto-rejected"),
}
ROUND_WORDS = {
    "mandiri": QT_TRANSLATE_NOOP("Coordinator", "Self-assessment (internal team)"),
    "dokumen": QT_TRANSLATE_NOOP("Coordinator", "Document assessment"),
    "interviu": QT_TRANSLATE_NOOP("Coordinator", "Interview"),
    "visitasi": QT_TRANSLATE_NOOP("Coordinator", "Site visit"),
}
REVISE_BG = QColor("#fde2e1")
ACCEPT_BG = QColor("#e6f4ea")
STATUS_COL, NOTE_COL = 6, 7


def _word(words: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Coordinator", words[key]) if key in words else key


class VerdictDelegate(QStyledItemDelegate):
    """The verdict column's editor: a list of the statuses (and none), opened by a double click,
    F2 or typing; the choice is handed to `chosen(row, status)`."""

    def __init__(self, parent, chosen) -> None:
        super().__init__(parent)
        self.chosen = chosen

    def createEditor(self, parent, _option, _index):
        combo = QComboBox(parent)
        combo.addItem("–", None)
        for status in STATUSES:
            combo.addItem(_word(VERDICT_WORDS, status), status)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))
        editor.showPopup()

    def setModelData(self, editor, _model, index) -> None:
        row, status = index.row(), editor.currentData()
        if status != index.data(Qt.ItemDataRole.UserRole):
            # after the editor has closed: saving redraws the table
            QTimer.singleShot(0, lambda: self.chosen(row, status))


class AssessorTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.page = QWidget()
        self.ui = Ui_AssessorPage()
        self.ui.setupUi(self.page)
        self.index = view.ui.tabs.addTab(self.page, self.tr("Assessors' &verdicts"))
        self.result: Assessment | None = None
        self._filling = False
        for kind in ROUNDS:
            self.ui.roundCombo.addItem(_word(ROUND_WORDS, kind), kind)
        self.ui.roundCombo.setCurrentIndex(ROUNDS.index("dokumen"))
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.importSheetButton.clicked.connect(self.import_sheet)
        self.ui.templateButton.clicked.connect(self.save_template)
        self.ui.interviewButton.clicked.connect(self.save_interview)
        self.ui.verdictTable.itemChanged.connect(self._note_changed)
        self.ui.verdictTable.setItemDelegateForColumn(
            STATUS_COL, VerdictDelegate(self.ui.verdictTable, self.choose)
        )
        self.ui.assessorSplitter.setStretchFactor(0, 3)
        self.ui.assessorSplitter.setStretchFactor(1, 1)
        if view.ws.read_only:
            self.ui.importSheetButton.setEnabled(False)
        view.refresh_on(self, "submissions", "decisions", "verdicts")

    # Showing ----------------------------------------------------------------------------------

    def refresh(self, _result: Consolidation) -> None:
        ws, lang = self.view.ws, self.view.lang
        items = workspace_items(ws, lang)
        self.result = assess(ws, items)
        inst = ws.instrument
        shown = self.result.score.shown_index
        supported = supported_score(ws, items)
        claimed = self.view.result.score.shown_index
        self.ui.assessedSummary.setText(
            self.tr(
                "Claimed <b>{0}</b> · supported by evidence <b>{1}</b> · assessed <b>{2}</b> "
                "({3} of {4} indicators assessed; the others count with their claimed value)"
            ).format(
                figure(claimed, inst, lang),
                figure(supported.shown_index, inst, lang),
                figure(shown, inst, lang),
                self.result.assessed_count,
                len(self.result.indicators),
            )
        )
        self._fill_verdicts(ws, items, lang)
        self._fill_gaps(inst, lang)
        listed = [
            f"{r.date} · {_word(ROUND_WORDS, r.kind)} · {r.source} ({r.items}/{r.values})"
            for r in rounds(ws)
        ]
        self.ui.roundsLabel.setText(
            self.tr("Rounds: {0}").format("; ".join(listed)) if listed else self.tr("No round yet.")
        )

    def _fill_verdicts(self, ws, items, lang: str) -> None:
        table = self.ui.verdictTable
        self._filling = True
        setup_table(
            table,
            [
                self.tr("No"),
                self.tr("OPD"),
                self.tr("Level"),
                self.tr("Item"),
                self.tr("Item text"),
                self.tr("Files"),
                self.tr("Verdict"),
                self.tr("Assessor's note"),
            ],
            stretch=4,
        )
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column, width in ((1, 170), (5, 190), (STATUS_COL, 140), (NOTE_COL, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        latest = {
            (k, o.level, o.number): o for k, a in self.result.indicators.items() for o in a.outcomes
        }
        ids = {i.number: i.id for i in ws.instrument.indicators}
        for row in template_rows(ws, items, lang):
            ind_id = ids[row.indicator]
            outcome = latest.get((ind_id, row.level, row.number))
            key = (ind_id, row.level, row.number)
            status = None if outcome is None else outcome.status
            cells = [
                cell(row.indicator, key),
                cell(row.opd),
                cell(row.level),
                cell(row.number),
                cell(row.text),
                cell(row.files),
                cell("–" if status is None else _word(VERDICT_WORDS, status), status),
                QTableWidgetItem("" if outcome is None else outcome.note),
            ]
            for c in cells[:STATUS_COL]:
                c.setFlags(c.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if ws.read_only:
                for c in cells[STATUS_COL:]:
                    c.setFlags(c.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if outcome is not None:
                colour = ACCEPT_BG if outcome.status == "diterima" else REVISE_BG
                for c in cells:
                    c.setBackground(colour)
            fill_row(table, cells)
        self._filling = False

    def _fill_gaps(self, inst, lang: str) -> None:
        table = self.ui.gapTable
        setup_table(
            table,
            [
                self.tr("No"),
                self.tr("OPD"),
                self.tr("Claimed"),
                self.tr("Assessed"),
                self.tr("Index points lost"),
            ],
            stretch=1,
        )
        for gap in self.result.gaps:
            fill_row(
                table,
                [
                    cell(gap.number),
                    cell(gap.opd_name),
                    cell(figure(gap.claimed, inst, lang), right=True),
                    cell(figure(gap.assessed, inst, lang), right=True),
                    cell(figure(gap.cost, inst, lang), right=True),
                ],
            )

    # Typing verdicts --------------------------------------------------------------------------

    def _key(self, row: int) -> tuple[str, int, int]:
        return self.ui.verdictTable.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def choose(self, row: int, status: str | None) -> None:
        """A verdict chosen in the table for the item on `row` (None: take it back)."""
        note_item = self.ui.verdictTable.item(row, NOTE_COL)
        self._save(row, status, note_item.text() if note_item else "")

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NOTE_COL:
            return
        status = self.ui.verdictTable.item(item.row(), STATUS_COL).data(Qt.ItemDataRole.UserRole)
        if status is not None:
            self._save(item.row(), status, item.text())

    def _save(self, row: int, status: str | None, note: str) -> None:
        ind_id, level, number = self._key(row)
        kind, date = (
            self.ui.roundCombo.currentData(),
            self.ui.dateEdit.date().toString("yyyy-MM-dd"),
        )

        def work(ws, _progress, _cancel) -> None:
            set_verdict(ws, typed_round(ws, kind, date), ind_id, level, number, status, note)

        self.view.write(self.tr("Saving the verdict…"), work, CoordChanges(verdicts=True))

    # Files ------------------------------------------------------------------------------------

    def import_sheet(self) -> None:
        path = CoordDialogs.open_sheet(self.view.window())
        if not path:
            return
        kind, date = (
            self.ui.roundCombo.currentData(),
            self.ui.dateEdit.date().toString("yyyy-MM-dd"),
        )

        def work(ws, progress, _cancel):
            progress(0, 0, Path(path).name)
            return import_verdicts(ws, path, kind=kind, date=date)

        def done(recorded) -> None:
            self.view.message(
                self.tr("Round recorded: {0} items, {1} values.").format(
                    recorded.items, recorded.values
                )
            )

        title = self.tr("Reading {0}…").format(Path(path).name)
        self.view.write(title, work, CoordChanges(verdicts=True), done)

    def _suggested(self, stem: str, suffix: str) -> str:
        ws = self.view.ws
        return str(Path(ws.path).parent / f"{stem}-{safe_name(ws.info.opd_name)}{suffix}")

    def save_template(self) -> None:
        out = CoordDialogs.save_as(
            self.view.window(),
            self.tr("Save the assessors' sheet"),
            self._suggested("lembar-asesor", ".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if out:
            lang = self.view.lang
            self._write(Path(out), lambda r, p: write_assessor_template(r, p, lang)[0])

    def save_interview(self) -> None:
        out = CoordDialogs.save_as(
            self.view.window(),
            self.tr("Save the interview pack"),
            self._suggested("bahan-interviu", ".pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if out:
            lang = self.view.lang
            self._write(Path(out), lambda r, p: write_interview_pdf(r, p, lang))

    def _write(self, out: Path, writer) -> None:
        def work(reader, progress, _cancel) -> Path:
            progress(0, 0, out.name)
            return Path(writer(reader, out))

        def done(path: Path) -> None:
            self.view.message(self.tr("Saved {0}.").format(path))
            open_with_system(path)

        self.view.read(self.tr("Writing {0}…").format(out.name), work, done)
