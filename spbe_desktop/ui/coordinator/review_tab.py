"""Reviu: per OPD, mark each answered indicator diterima / revisi / ditolak with a note (saved at
once), then send the signed receipt/review package back to the OPD."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from spbe_desktop.core.coordinator.exchange import write_review
from spbe_desktop.core.coordinator.store import (
    REVIEW_STATUSES,
    Consolidation,
    Opd,
    clear_review,
    list_opds,
    reviews_of,
    set_review,
)
from spbe_desktop.core.instrument.pack import text

from .changes import CoordChanges
from .common import REVIEW_WORDS, cell, figure, fill_row, setup_table, word
from .signing import package_path, sign_and_write

STATUS_COLUMN, NOTE_COLUMN = 3, 4


class ReviewTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.ui = view.ui
        self.opds: list[Opd] = []
        self.indicator_ids: list[str] = []
        self._filling = False
        self.ui.reviewOpdCombo.currentIndexChanged.connect(self._show_opd)
        self.ui.reviewTable.itemChanged.connect(self._note_edited)
        self.ui.acceptAllButton.clicked.connect(self.accept_unmarked)
        self.ui.sendReviewButton.clicked.connect(self.send)
        view.changed.connect(self._changed)

    def _changed(self, changes: CoordChanges) -> None:
        # A mark is saved from its own row's box: the table shows it already, only the count
        # moves (rebuilding the table would delete the box whose signal is being handled).
        if changes.touches("submissions", "verdicts"):
            self.refresh(self.view.result)
        elif changes.reviews:
            opd = self.current_opd()
            if opd is not None:
                self._count(reviews_of(self.view.ws, opd))

    def refresh(self, result: Consolidation) -> None:
        chosen = self.current_opd()
        answered = {opd_id for v in result.indicators for opd_id in v.answers}
        self.opds = [o for o in list_opds(self.view.ws) if o.id in answered]
        self.result = result
        combo = self.ui.reviewOpdCombo
        combo.blockSignals(True)
        combo.clear()
        for opd in self.opds:
            combo.addItem(opd.name, opd.id)
        if chosen is not None and combo.findData(chosen.id) >= 0:
            combo.setCurrentIndex(combo.findData(chosen.id))
        combo.blockSignals(False)
        self._show_opd()

    def current_opd(self) -> Opd | None:
        position = self.ui.reviewOpdCombo.currentIndex()
        return self.opds[position] if 0 <= position < len(self.opds) else None

    def select_opd(self, name: str) -> None:
        position = self.ui.reviewOpdCombo.findText(name)
        if position >= 0:
            self.ui.reviewOpdCombo.setCurrentIndex(position)

    def _show_opd(self, *_args) -> None:
        ws, lang = self.view.ws, self.view.lang
        opd = self.current_opd()
        table = self.ui.reviewTable
        self._filling = True
        setup_table(
            table,
            [
                self.tr("No."),
                self.tr("Indicator"),
                self.tr("OPD's value"),
                self.tr("Review"),
                self.tr("Note for the OPD (double-click to write)"),
            ],
        )
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(1, 330)
        table.horizontalHeader().setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(
            table.EditTrigger.DoubleClicked
            | table.EditTrigger.EditKeyPressed
            | table.EditTrigger.AnyKeyPressed
        )
        self.indicator_ids = []
        has_opd = opd is not None
        self.ui.sendReviewButton.setEnabled(has_opd and not ws.read_only)
        self.ui.acceptAllButton.setEnabled(has_opd and not ws.read_only)
        if opd is None:
            self.ui.reviewStateLabel.setText(self.tr("No OPD submission imported yet."))
            self._filling = False
            return
        marks = reviews_of(ws, opd)
        for view in self.result.indicators:
            if opd.id not in view.answers:
                continue
            ind = ws.instrument.indicator(view.id)
            status, note = marks.get(view.id, ("", ""))
            fixed = [
                cell(view.number, view.id, right=True),
                cell(text(ind.short_name, lang) or text(ind.name, lang)),
                cell(figure(view.answers[opd.id], ws.instrument, lang), right=True),
                cell(""),
                QTableWidgetItem(note),
            ]
            for item in fixed[:STATUS_COLUMN]:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            row = fill_row(table, fixed)
            table.setCellWidget(row, STATUS_COLUMN, self._status_box(row, status))
            self.indicator_ids.append(view.id)
        self._filling = False
        self._count(marks)

    def _status_box(self, row: int, status: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("— not marked —"), "")
        for key in REVIEW_STATUSES:
            box.addItem(word(REVIEW_WORDS, key), key)
        box.setCurrentIndex(max(box.findData(status), 0))
        box.currentIndexChanged.connect(lambda _i, r=row: self._save(r))
        return box

    def _count(self, marks: dict[str, tuple[str, str]]) -> None:
        total = len(self.indicator_ids)
        counts = {k: sum(m[0] == k for m in marks.values()) for k in REVIEW_STATUSES}
        line = self.tr("{0} of {1} marked: {2} accepted, {3} to revise, {4} rejected.").format(
            sum(counts.values()), total, *(counts[k] for k in REVIEW_STATUSES)
        )
        self.ui.reviewStateLabel.setText(line + self._assessors_line())

    def _assessors_line(self) -> str:
        """How many of this OPD's indicators the assessors sent items back on: they travel
        with the review as notes."""
        from spbe_desktop.core.assessment.exchange import revision_notes

        opd = self.current_opd()
        sent = revision_notes(self.view.ws, opd.id) if opd is not None else {}
        if not sent:
            return ""
        return " " + self.tr(
            "The assessors sent back items on {0} of its indicators; they go with the review."
        ).format(len(sent))

    def status_box(self, row: int) -> QComboBox:
        return self.ui.reviewTable.cellWidget(row, STATUS_COLUMN)

    def row_of(self, indicator_id: str) -> int:
        return self.indicator_ids.index(indicator_id)

    def _note_edited(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == NOTE_COLUMN:
            self._save(item.row())

    def _save(self, row: int) -> None:
        """Saved as soon as a status is chosen; a note waits for its status."""
        opd = self.current_opd()
        status = self.status_box(row).currentData()
        if opd is None:
            return
        note = self.ui.reviewTable.item(row, NOTE_COLUMN).text().strip()
        indicator_id = self.indicator_ids[row]

        def save(ws, _progress, _cancel) -> None:
            if status:
                set_review(ws, opd, indicator_id, status, note)
            elif indicator_id in reviews_of(ws, opd):
                clear_review(ws, opd, indicator_id)

        self.view.write_now(save, CoordChanges(reviews=True))

    def accept_unmarked(self) -> None:
        for row in range(len(self.indicator_ids)):
            box = self.status_box(row)
            if not box.currentData():
                box.setCurrentIndex(box.findData("diterima"))

    def send(self) -> None:
        opd = self.current_opd()
        if opd is None:
            return
        ws = self.view.ws
        title = self.tr("Save the receipt/review for {0}").format(opd.name)
        out = package_path(self.view, title, "reviu", opd)
        if not out:
            return

        def write(passphrase, progress, cancel):
            return write_review(ws, opd, out, passphrase, progress=progress, cancel=cancel)

        def done(_written) -> None:
            self.view.message(self.tr("Review for {0} saved as {1}.").format(opd.name, out))
            self.last_written = out

        title = self.tr("Signing the review…")
        sign_and_write(self.view, title, write, CoordChanges(reviews_sent=True), done)
