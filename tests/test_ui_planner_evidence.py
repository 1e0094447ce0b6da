"""The target planner on the evidence, for an OPD workspace: the fewest items to add so that the
supported index reaches the target, the same plan as the core's, the items named per indicator,
locks respected, and the claimed-level plan back when the basis is switched."""

from __future__ import annotations

from decimal import Decimal

from spbe_desktop.core.evidence.support import plan_on_support
from spbe_desktop.core.instrument.item_planner import ItemPlan
from spbe_desktop.core.instrument.planner import Plan
from spbe_desktop.core.workspace.workspace import Workspace


def test_planner_on_the_evidence(qtbot, ui_forms, tmp_path, pemdi2026):
    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.planner_dialog import PlannerDialog

    i18n.install("id")
    ws = Workspace.create(
        tmp_path / "diskominfo.spbews", opd_name="Diskominfo", instrument=pemdi2026, period=2026
    )
    try:
        for ind in ws.instrument.indicators:
            ws.set_answer(ind.number, level=2 if ind.external is None else 1)
        dialog = PlannerDialog(None, ws.instrument, ws.values(), "id", ws)
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert not ui.basisCombo.isHidden() and isinstance(dialog.plan, Plan)
        ui.targetSpin.setValue(1.10)
        ui.basisCombo.setCurrentIndex(ui.basisCombo.findData("supported"))
        assert isinstance(dialog.plan, ItemPlan)
        assert dialog.plan == plan_on_support(ws, Decimal("1.10"), dialog.locked())
        assert dialog.plan.reachable and dialog.plan.steps
        assert ui.resultTable.rowCount() == len(dialog.plan.steps)
        first = dialog.plan.steps[0]
        level, number = first.items[0]
        assert f"L{level}-{number:02d}" in ui.resultTable.item(0, 1).toolTip()
        assert "butir perlu bukti" in ui.summaryLabel.text()

        dialog.set_locked({first.id})  # that indicator cannot be raised: planned without it
        assert first.id not in {s.id for s in dialog.plan.steps}
        ui.basisCombo.setCurrentIndex(ui.basisCombo.findData("claimed"))
        assert isinstance(dialog.plan, Plan)
    finally:
        ws.close()


def test_coordinator_planner_has_no_evidence_basis(qtbot, ui_forms, pemdi2026):
    from spbe_desktop.ui.planner_dialog import PlannerDialog

    dialog = PlannerDialog(None, pemdi2026, {}, "id")
    qtbot.addWidget(dialog)
    assert dialog.ui.basisCombo.isHidden() and not dialog.on_evidence()


def test_the_lists_take_the_dialogs_height(qtbot, ui_forms, pemdi2026):
    """The target row stays one line high; the lists below get the room."""
    from spbe_desktop.ui.planner_dialog import PlannerDialog

    dialog = PlannerDialog(None, pemdi2026, {}, "id")
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.splitter.height() > 0.7 * dialog.height()
    assert ui.targetSpin.y() < 0.1 * dialog.height()
