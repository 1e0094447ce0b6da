"""Konsolidasi: the indicator × OPD matrix with each OPD's value, the consolidated value and its
source; differences highlighted; decisions, owners and each OPD's evidence from here."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView

from spbe_desktop.core.coordinator.consolidate import IndicatorView
from spbe_desktop.core.coordinator.store import (
    Consolidation,
    Opd,
    clear_decision,
    list_opds,
    record_decision,
    set_owner,
)
from spbe_desktop.core.coordinator.submitted_items import submitted_support
from spbe_desktop.core.instrument.marks import MARK, assumed_note
from spbe_desktop.core.instrument.pack import text

from .changes import CoordChanges
from .common import (
    CONFLICT_BG,
    DECISION_BG,
    MISSING_FG,
    SOURCE_WORDS,
    cell,
    figure,
    fill_row,
    setup_table,
    short_name,
    word,
)
from .evidence_dialog import EvidenceListDialog
from .prompts import CoordDialogs

FIXED = 5  # No., indicator, consolidated value, source, owner; then one column per OPD
SOURCE_COLUMN = 3


class MatrixTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.ui = view.ui
        self.opds: list[Opd] = []
        self.rows: list[IndicatorView] = []
        self.dialog: EvidenceListDialog | None = None
        table = self.ui.matrixTable
        table.cellDoubleClicked.connect(self._double_clicked)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.conflictsOnly.toggled.connect(self._filter)
        self.ui.decisionButton.clicked.connect(self.decide)
        self.ui.clearDecisionButton.clicked.connect(self.clear)
        self.ui.ownerButton.clicked.connect(self.choose_owner)
        self.ui.evidenceButton.clicked.connect(self.show_evidence)
        view.refresh_on(self, "opds", "submissions", "decisions")

    # Showing ---------------------------------------------------------------------------------

    def refresh(self, result: Consolidation) -> None:
        ws, lang = self.view.ws, self.view.lang
        inst = ws.instrument
        current = self.current()
        column = self.ui.matrixTable.currentColumn()
        self.opds = list_opds(ws)
        self.rows = list(result.indicators)
        names = {o.id: o.name for o in self.opds}
        table = self.ui.matrixTable
        headers = [self.tr("No."), self.tr("Indicator"), self.tr("Consolidated"), self.tr("Source")]
        headers += [self.tr("Owner OPD")] + [short_name(o.name) for o in self.opds]
        setup_table(table, headers)
        table.setSelectionBehavior(table.SelectionBehavior.SelectItems)
        table.setWordWrap(False)  # one line per indicator: more of the matrix fits on screen
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(4, 150)
        for position, opd in enumerate(self.opds):
            table.horizontalHeaderItem(FIXED + position).setToolTip(opd.name)
        bold = QFont(table.font())
        bold.setBold(True)
        supported = submitted_support(ws)
        for view in self.rows:
            ind = inst.indicator(view.id)
            value_item = cell(figure(view.value, inst, lang), right=True)
            value_item.setFont(bold)
            source = cell(word(SOURCE_WORDS, view.source))
            if view.source == "assumed":  # counted at its missing value, as the assessors do
                value_item.setText(value_item.text() + MARK)
                value_item.setToolTip(assumed_note(ind, lang))
                source.setToolTip(value_item.toolTip())
            if view.decision is not None:
                source.setToolTip(view.decision.reason)
                value_item.setToolTip(view.decision.reason)
            owner = cell(names.get(view.owner, "") if view.owner else "")
            owner.setToolTip(owner.text())
            name = cell(text(ind.short_name, lang) or text(ind.name, lang))
            name.setToolTip(text(ind.name, lang))
            items = [cell(view.number, view.id, right=True), name, value_item, source, owner]
            for opd in self.opds:
                value = view.answers.get(opd.id)
                item = cell(figure(value, inst, lang), right=True)
                if value is None:
                    item.setText("")  # a blank reads better than a column of dashes
                elif opd.id == view.owner:
                    item.setFont(bold)
                backed = supported.get((opd.id, view.id))
                if value is not None and backed is not None and backed < value:
                    item.setText(f"{item.text()} ({backed})")
                    item.setForeground(MISSING_FG)
                    item.setToolTip(
                        self.tr(
                            "Supported level {0}: an item up to the claim has no evidence."
                        ).format(backed)
                    )
                items.append(item)
            row = fill_row(table, items)
            if view.source == "conflict":
                for column_no in range(table.columnCount()):
                    table.item(row, column_no).setBackground(CONFLICT_BG)
            elif view.source == "decision":
                value_item.setBackground(DECISION_BG)
                source.setBackground(DECISION_BG)
            elif view.source == "missing":
                source.setForeground(MISSING_FG)
        self._summary(result)
        self._filter(self.ui.conflictsOnly.isChecked())
        if current is not None:
            self.select(current, column)
        self._selection_changed()

    def _summary(self, result: Consolidation) -> None:
        conflicts = len(result.conflicts)
        missing = sum(v.source == "missing" for v in result.indicators)
        decided = sum(v.source == "decision" for v in result.indicators)
        self.ui.matrixSummary.setText(
            self.tr(
                "{0} indicators · {1} OPDs · <b>{2} differ and need a decision</b> · "
                "{3} decided by the coordinator · {4} not answered yet. "
                "Double-click an OPD's value to see its evidence. A value with a level in "
                "brackets claims more than its evidence supports."
            ).format(len(result.indicators), len(self.opds), conflicts, decided, missing)
        )

    def _filter(self, differences_only: bool) -> None:
        for row, view in enumerate(self.rows):
            differs = len(set(view.answers.values())) > 1
            self.ui.matrixTable.setRowHidden(row, differences_only and not differs)

    def current(self) -> IndicatorView | None:
        row = self.ui.matrixTable.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select(self, view: IndicatorView | str, column: int = 0) -> None:
        wanted = view if isinstance(view, str) else view.id
        for row, each in enumerate(self.rows):
            if each.id == wanted:
                self.ui.matrixTable.setCurrentCell(row, max(column, 0))
                return

    def _opd_at(self, column: int) -> Opd | None:
        position = column - FIXED
        return self.opds[position] if 0 <= position < len(self.opds) else None

    def _selection_changed(self) -> None:
        view = self.current()
        writable = not self.view.ws.read_only
        self.ui.decisionButton.setEnabled(writable and view is not None)
        self.ui.ownerButton.setEnabled(writable and view is not None)
        self.ui.clearDecisionButton.setEnabled(
            writable and view is not None and view.decision is not None
        )
        self.ui.evidenceButton.setEnabled(view is not None and bool(view.answers))

    # Acting ----------------------------------------------------------------------------------

    def _double_clicked(self, row: int, column: int) -> None:
        self.ui.matrixTable.setCurrentCell(row, column)
        opd = self._opd_at(column)
        if opd is not None:
            self.show_evidence(opd)
        elif not self.view.ws.read_only:
            self.decide()

    def decide(self) -> None:
        view = self.current()
        if view is None:
            return
        ws, lang = self.view.ws, self.view.lang
        ind = ws.instrument.indicator(view.id)
        names = {o.id: o.name for o in self.opds}
        answers = "<br>".join(
            f"{names.get(k, k)}: <b>{figure(v, ws.instrument, lang)}</b>"
            for k, v in view.answers.items()
        )
        chosen = CoordDialogs.decision(
            self.view.window(),
            ws.instrument,
            self.tr("Indicator {0}: {1}").format(view.number, text(ind.name, lang)),
            answers or self.tr("No OPD has answered this indicator yet."),
            view.value if view.value is not None else max(view.answers.values(), default=None),
        )
        if chosen is None:
            return
        self._write(lambda ws, _progress, _cancel: record_decision(ws, view.id, *chosen))

    def clear(self) -> None:
        view = self.current()
        if view is not None and view.decision is not None:
            self._write(lambda ws, _progress, _cancel: clear_decision(ws, view.id))

    def choose_owner(self) -> None:
        view = self.current()
        if view is None:
            return
        choices = [self.tr("(no owner)")] + [o.name for o in self.opds]
        position = CoordDialogs.choose(
            self.view.window(),
            self.tr("Owner OPD"),
            self.tr("Which OPD answers indicator {0} for the Pemda?").format(view.number),
            choices,
        )
        if position is None:
            return
        owner = self.opds[position - 1] if position > 0 else None
        self._write(lambda ws, _progress, _cancel: set_owner(ws, view.id, owner))

    def _write(self, change) -> None:
        """Decisions and owners: the matrix keeps the chosen cell when it shows itself again."""
        self.view.write_now(change, CoordChanges(decisions=True))

    def show_evidence(self, opd: Opd | None = None) -> None:
        view = self.current()
        if view is None:
            return
        if not isinstance(opd, Opd):
            opd = self._opd_at(self.ui.matrixTable.currentColumn())
        if opd is None or opd.id not in view.answers:
            answered = [o for o in self.opds if o.id in view.answers]
            owner = [o for o in answered if o.id == view.owner]
            opd = (owner or answered or [None])[0]
        if opd is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = EvidenceListDialog(self.view, opd, view.id)
        self.dialog.open()
