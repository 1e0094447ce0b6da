"""The target planner: which indicators to raise, and by how much, to reach a target index.

Shared by the OPD window (its own values) and the coordinator window (consolidated values); the
plan itself is the core's `plan_to_target`, recomputed whenever the target or a lock changes. For
an OPD workspace it can also plan on the evidence (`plan_on_support`): the fewest items to add so
that the supported index reaches the target."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from spbe_desktop.core.evidence.items import item_ref
from spbe_desktop.core.figures import rounded
from spbe_desktop.core.instrument.item_planner import ItemPlan
from spbe_desktop.core.instrument.pack import Instrument, text
from spbe_desktop.core.instrument.planner import Plan, plan_to_target
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_planner_dialog import Ui_PlannerDialog

from .i18n import figure, number

DEFAULT_TARGET = Decimal("3.00")


def _level(value: Decimal) -> str:
    shown = value.normalize() if value == value.to_integral_value() else value
    return number(f"{shown:f}")


class PlannerDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        instrument: Instrument,
        values: dict[str, Decimal],
        lang: str,
        ws: Workspace | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlannerDialog()
        self.ui.setupUi(self)
        self.instrument = instrument
        self.values = dict(values)
        self.lang = lang
        self.ws = ws
        self.plan: Plan | ItemPlan | None = None
        basis = self.ui.basisCombo
        basis.addItem(self.tr("on the claimed levels"), "claimed")
        basis.addItem(self.tr("on the evidence (supported index)"), "supported")
        basis.setVisible(ws is not None)
        basis.currentIndexChanged.connect(self.recompute)
        spin = self.ui.targetSpin
        spin.setRange(float(instrument.level_min), float(instrument.level_max))
        spin.setValue(float(DEFAULT_TARGET))
        spin.setLocale(self.locale())
        self._fill_locks()
        table = self.ui.resultTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        self.ui.splitter.setSizes([330, 560])
        spin.valueChanged.connect(self.recompute)
        self.ui.lockList.itemChanged.connect(self.recompute)
        self.ui.buttonBox.rejected.connect(self.accept)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        self.recompute()

    def _fill_locks(self) -> None:
        floor = Decimal(self.instrument.level_min)
        for ind in self.instrument.indicators:
            current = self.values.get(ind.id, floor)
            label = f"{ind.number}. {text(ind.short_name, self.lang)} ({_level(current)})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, ind.id)
            item.setToolTip(text(ind.name, self.lang))
            if ind.external is not None:
                # Valued from another agency's index: the planner never raises it.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setForeground(Qt.GlobalColor.gray)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.lockList.addItem(item)

    def target(self) -> Decimal:
        return rounded(self.ui.targetSpin.value(), 2)

    def locked(self) -> set[str]:
        lst = self.ui.lockList
        return {
            lst.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(lst.count())
            if lst.item(row).checkState() == Qt.CheckState.Checked
        }

    def set_locked(self, indicator_ids: set[str]) -> None:
        lst = self.ui.lockList
        lst.blockSignals(True)
        for row in range(lst.count()):
            item = lst.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                wanted = item.data(Qt.ItemDataRole.UserRole) in indicator_ids
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self.recompute()

    def on_evidence(self) -> bool:
        return self.ws is not None and self.ui.basisCombo.currentData() == "supported"

    def recompute(self, *_args: object) -> None:
        if self.on_evidence():
            self._recompute_supported()
            return
        inst = self.instrument
        plan = plan_to_target(inst, self.values, self.target(), self.locked())
        self.plan = plan
        table = self.ui.resultTable
        table.setRowCount(len(plan.raises))
        for row, step in enumerate(plan.raises):
            ind = inst.indicator(step.id)
            cells = (
                str(step.indicator),
                text(ind.name, self.lang),
                number(ind.weight, self.lang),
                f"{_level(step.level_from)} → {_level(step.level_to)}",
            )
            _put_row(table, row, cells, tooltip=cells[1])
        self.ui.summaryLabel.setText(self._summary(plan))

    def _summary(self, plan: Plan) -> str:
        inst = self.instrument
        predicate = html.escape(inst.predicate_for(rounded(plan.index_after, inst.decimals)).name)
        line = self.tr("Index now {0} → after the raises <b>{1} ({2})</b>").format(
            figure(plan.index_before, self.lang, inst.decimals),
            figure(plan.index_after, self.lang, inst.decimals),
            predicate,
        )
        if not plan.raises and plan.reachable:
            return line + "<br>" + self.tr("The target is already reached.")
        if plan.reachable:
            steps = self.tr("{0} level step(s) on {1} indicator(s).").format(
                plan.steps, len(plan.raises)
            )
            return f"{line}<br>{steps}"
        warning = self.tr(
            "Not reachable: even raising every unlocked indicator to the top stops short."
        )
        return _unreachable(line, warning)

    # On the evidence ------------------------------------------------------------------------

    def _recompute_supported(self) -> None:
        from spbe_desktop.core.evidence.items import indicator_items
        from spbe_desktop.core.evidence.support import plan_on_support

        inst, ws = self.instrument, self.ws
        plan = plan_on_support(ws, self.target(), self.locked())
        self.plan = plan
        table = self.ui.resultTable
        table.setRowCount(len(plan.steps))
        for row, step in enumerate(plan.steps):
            ind = inst.indicator(step.id)
            levels = indicator_items(ws, step.id)
            names = {
                (it.level, it.number): text(it.text, self.lang)
                for its in levels.values()
                for it in its
            }
            wanted = [f"{item_ref(lv, n)} {names.get((lv, n), '')}" for lv, n in step.items]
            label = self.tr("{0} item(s) need evidence: {1}").format(
                len(step.items), text(ind.name, self.lang)
            )
            change = f"{_level(step.level_from)} → {_level(step.level_to)}"
            if step.claim_raise:
                change += " " + self.tr("(raise the claim)")
            cells = (str(step.indicator), label, number(ind.weight, self.lang), change)
            _put_row(table, row, cells, tooltip="\n".join(wanted))
        self.ui.summaryLabel.setText(self._summary_supported(plan))

    def _summary_supported(self, plan: ItemPlan) -> str:
        inst = self.instrument
        predicate = html.escape(inst.predicate_for(rounded(plan.index_after, inst.decimals)).name)
        line = self.tr("Supported index now {0} → with the evidence added <b>{1} ({2})</b>").format(
            figure(plan.index_before, self.lang, inst.decimals),
            figure(plan.index_after, self.lang, inst.decimals),
            predicate,
        )
        if not plan.steps and plan.reachable:
            return line + "<br>" + self.tr("The target is already reached.")
        if plan.reachable:
            needed = self.tr("{0} item(s) need evidence on {1} indicator(s).").format(
                plan.items_to_add, len(plan.steps)
            )
            return f"{line}<br>{needed}"
        warning = self.tr(
            "Not reachable: even evidence for every item of the unlocked indicators stops short."
        )
        return _unreachable(line, warning)


def _put_row(table: QTableWidget, row: int, cells: tuple[str, ...], tooltip: str) -> None:
    """One row of the plan: the indicator's text (column 1) left, the figures centred."""
    for column, value in enumerate(cells):
        item = QTableWidgetItem(value)
        if column != 1:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            item.setToolTip(tooltip)
        table.setItem(row, column, item)


def _unreachable(line: str, warning: str) -> str:
    return f"{line}<br><span style='color:#b3261e'>{html.escape(warning)}</span>"
