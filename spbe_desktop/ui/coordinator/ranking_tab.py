"""Peringkat: the OPD ranking as provinces publish it, the consolidated index and predicate, and
the comparison with the published figures of earlier periods."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from spbe_desktop.core.coordinator.store import (
    Consolidation,
    add_earlier_result,
    earlier_from_workspace,
    earlier_results,
)
from spbe_desktop.core.figures import rounded
from spbe_desktop.ui import marks
from spbe_desktop.ui.dialogs import Dialogs
from spbe_desktop.ui.i18n import figure as shown_figure

from .changes import CoordChanges
from .common import cell, figure, fill_row, setup_table
from .prompts import CoordDialogs


class RankingTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.ui = view.ui
        self.ui.addEarlierButton.clicked.connect(self.add_earlier)
        self.ui.earlierWorkspaceButton.clicked.connect(self.add_earlier_from_workspace)
        view.refresh_on(self, "opds", "submissions", "decisions", "earlier")

    def refresh(self, result: Consolidation) -> None:
        ws, lang = self.view.ws, self.view.lang
        inst = ws.instrument
        score = result.score
        line = self.view.index_text()
        settled = sum(v.final for v in result.indicators)
        detail = self.tr("{0} of {1} indicators settled (owner OPD or decision)").format(
            settled, len(result.indicators)
        )
        if result.conflicts:
            detail += self.tr("; {0} differ and need a decision").format(len(result.conflicts))
        self.ui.indexBigLabel.setText(
            f"{ws.info.opd_name} {ws.info.period} — {line}<br>"
            f"<span style='font-size: 10pt; font-weight: normal; color: #444;'>{detail}</span>"
        )
        table = self.ui.rankingTable
        setup_table(
            table,
            [
                self.tr("Rank"),
                self.tr("OPD"),
                self.tr("Index"),
                self.tr("Predicate"),
                self.tr("Indicators answered"),
            ],
            stretch=1,
        )
        for row in result.ranking:
            counted = marks.assumed(inst, row.assumed, lang, row.index is not None)
            index = cell(figure(row.index, inst, lang) + counted.mark, right=True)
            index.setToolTip(counted.tip)
            fill_row(
                table,
                [
                    cell(row.rank if row.index is not None else None, right=True),
                    cell(row.name, row.opd_id),
                    index,
                    cell(row.predicate.name if row.predicate else ""),
                    cell(self.tr("{0} of {1}").format(row.answered, row.assigned), right=True),
                ],
            )
        self._earlier(score.shown_index, result.provisional)

    def _earlier(self, current: Decimal | None, provisional: bool) -> None:
        ws, lang = self.view.ws, self.view.lang
        inst = ws.instrument
        table = self.ui.earlierTable
        setup_table(
            table,
            [
                self.tr("Period"),
                self.tr("Index"),
                self.tr("Predicate"),
                self.tr("Change"),
                self.tr("Source"),
            ],
            stretch=4,
        )
        previous: Decimal | None = None
        rows = [(e.period, e.index, e.predicate, e.source) for e in earlier_results(ws)]
        if current is not None:
            source = (
                self.tr("this workspace (provisional)")
                if provisional
                else self.tr("this workspace")
            )
            predicate = inst.predicate_for(current).name
            rows.append((ws.info.period, current, predicate, source))
        for period, index, predicate, source in rows:
            # The change between the two figures as shown, so that the column adds up.
            shown = rounded(index, inst.decimals)
            change = "" if previous is None else shown_figure(shown - previous, lang, signed=True)
            fill_row(
                table,
                [
                    cell(period),
                    cell(figure(index, inst, lang), right=True),
                    cell(predicate),
                    cell(change, right=True),
                    cell(source),
                ],
            )
            previous = shown

    def add_earlier_from_workspace(self) -> None:
        """An earlier period's coordinator workspace gives its consolidated index."""
        path = Dialogs.open_workspace(self.view.window(), str(self.view.ws.path.parent))
        if not path:
            return
        self.view.write_now(
            lambda ws, _progress, _cancel: earlier_from_workspace(ws, path),
            CoordChanges(earlier=True),
        )

    def add_earlier(self) -> None:
        chosen = CoordDialogs.earlier_result(self.view.window())
        if chosen is None:
            return
        self.view.write_now(
            lambda ws, _progress, _cancel: add_earlier_result(ws, *chosen),
            CoordChanges(earlier=True),
        )
