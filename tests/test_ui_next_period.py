"""Lanjutkan dari periode sebelumnya through the window: the welcome action makes and opens the
new period's workspace; the indicator page shows last period's answer with one button to take it
over, or under a new instrument the crosswalk's proposals, accepted or declined in a dialog."""

from __future__ import annotations

import pytest
from evidence_files import make_pdf
from PySide6.QtCore import Qt

from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.workspace.workspace import Workspace


def continue_through_welcome(window, dialogs, monkeypatch, qtbot, old, new, period, choice=None):
    from spbe_desktop.ui.period_commands import PeriodDialogs

    dialogs.open_path = str(old)
    monkeypatch.setattr(
        "spbe_desktop.ui.dialogs.Dialogs.save_workspace", staticmethod(lambda *a: str(new))
    )
    monkeypatch.setattr(PeriodDialogs, "period", staticmethod(lambda parent, suggested: period))
    asked = []
    monkeypatch.setattr(
        PeriodDialogs,
        "choose",
        staticmethod(lambda parent, label, items: asked.append(items) or choice),
    )
    offered = []
    monkeypatch.setattr(
        PeriodDialogs, "files", staticmethod(lambda parent, files: offered.extend(files) or [])
    )
    window.offered = offered
    qtbot.mouseClick(window.welcome.ui.continueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None or bool(dialogs.errors), timeout=20000)
    assert not dialogs.errors, dialogs.errors
    return asked


def test_continue_and_take_over_last_answer(
    main_window, dialogs, monkeypatch, qtbot, tmp_path, spbe2020
):
    old = tmp_path / "dinkes-2024.spbews"
    with Workspace.create(old, opd_name="Dinas Kesehatan", instrument=spbe2020, period=2024) as ws:
        ws.set_answer(1, level=3, justification="Perbup 5/2024 berlaku")
        attach_file(ws, 1, make_pdf(tmp_path / "perbup.pdf"), level=1)
    window = main_window
    assert window.welcome.ui.continueButton.text() == "Lanjutkan dari &periode sebelumnya…"
    asked = continue_through_welcome(
        window, dialogs, monkeypatch, qtbot, old, tmp_path / "d.spbews", 2025
    )
    assert asked == [] and not dialogs.errors  # 2025 is still SPBE-2020: no question
    assert [name for name, _sha in window.offered] == ["perbup.pdf"]
    ws = window.session.ws
    assert ws.info.period == "2025" and ws.path == tmp_path / "d.spbews"
    page = window.page
    assert window.navigator.current_indicator() == "I01"
    panel = page.previous
    assert panel.isVisibleTo(page) and "Periode 2024: level <b>3</b>" in panel.label.text()
    assert page.levels.checkedId() == -1 and page.evidence.ui.list.topLevelItemCount() == 1
    qtbot.mouseClick(panel.takeButton, Qt.MouseButton.LeftButton)
    assert ws.answer(1).level == 3 and ws.answer(1).justification == "Perbup 5/2024 berlaku"
    assert page.levels.checkedId() == 3 and not panel.takeButton.isEnabled()
    window.actions_by_key["next"].trigger()
    assert not page.previous.isVisibleTo(page)  # indicator 2 had no answer


def test_new_instrument_proposals_confirmed_in_a_dialog(
    main_window, dialogs, monkeypatch, qtbot, tmp_path, spbe2020
):
    from spbe_desktop.ui.proposal_dialog import ProposalDialog

    old = tmp_path / "kominfo-2025.spbews"
    with Workspace.create(old, opd_name="Dinas Kominfo", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(29, level=3, justification="Audit TIK 2024")
        attach_file(ws, 29, make_pdf(tmp_path / "audit.pdf"), level=2)
    window = main_window
    asked = continue_through_welcome(
        window, dialogs, monkeypatch, qtbot, old, tmp_path / "k-2026.spbews", 2026, choice=0
    )
    assert len(asked) == 1 and "pemdi-2026" in asked[0][0]
    ws = window.session.ws
    assert ws.instrument.id == "pemdi-2026" and list_evidence(ws) == []
    seen = []

    def tick(cls, parent, found):
        seen.extend(found)
        return [p.key for p in found if p.kind == "evidence"], [
            p.key for p in found if p.kind != "evidence"
        ]

    monkeypatch.setattr(ProposalDialog, "ask", classmethod(tick))
    window.navigator.select("I09")
    panel = window.page.previous
    assert panel.isVisibleTo(window.page) and panel.reviewButton.isEnabled()
    assert "2 usulan" in panel.label.text()
    qtbot.mouseClick(panel.reviewButton, Qt.MouseButton.LeftButton)
    assert [p.old_number for p in seen] == [29, 29]
    assert [e.original_name for e in list_evidence(ws, 9)] == ["audit.pdf"]
    assert ws.answer(9).justification == ""  # declined
    assert window.page.evidence.ui.list.topLevelItemCount() == 1
    assert not panel.reviewButton.isEnabled() and "0 menunggu" in panel.label.text()


def test_the_proposal_dialog_reports_ticks(qtbot, ui_forms, tmp_path, spbe2020):
    from spbe_desktop.core.period.crosswalk import Proposal
    from spbe_desktop.ui.proposal_dialog import ProposalDialog

    found = [
        Proposal(
            "9.29.j", 9, "I09", 29, "justification", "high", "criteria", "src", "open", 3, "A"
        ),
        Proposal(
            "9.29.ab", 9, "I09", 29, "evidence", "high", "criteria", "src", "open", 2, "b.pdf"
        ),
    ]
    dialog = ProposalDialog(None, found)
    qtbot.addWidget(dialog)
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.choice() == (["9.29.ab"], ["9.29.j"])


def test_files_left_out_and_a_coordinator_continued(
    main_window, dialogs, monkeypatch, qtbot, tmp_path, spbe2020
):
    from opd_cycle import coordinator_with_levels

    from spbe_desktop.ui.carry_dialog import CarryFilesDialog
    from spbe_desktop.ui.period_commands import PeriodDialogs

    dialog = CarryFilesDialog(
        None, [("a.pdf", "a" * 64), ("b.pdf", "b" * 64), ("a2.pdf", "a" * 64)]
    )
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and dialog.left_out() == []
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.left_out() == ["b" * 64]

    old = coordinator_with_levels(tmp_path / "kab-2024.spbews", spbe2020, 2024, {"A": 3, "B": 2})
    monkeypatch.setattr(PeriodDialogs, "files", staticmethod(lambda *a: pytest.fail("no files")))
    dialogs.open_path = str(old)
    new = tmp_path / "kab-2025.spbews"
    monkeypatch.setattr(
        "spbe_desktop.ui.dialogs.Dialogs.save_workspace", staticmethod(lambda *a: str(new))
    )
    monkeypatch.setattr(PeriodDialogs, "period", staticmethod(lambda parent, suggested: suggested))
    qtbot.mouseClick(main_window.welcome.ui.continueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.coordinator.view is not None, timeout=20000)
    view = main_window.coordinator.view
    assert view.ws.info.period == "2025" and view.ws.path == new and not dialogs.errors
    from spbe_desktop.core.coordinator.store import earlier_results

    assert view.ui.rankingTable.rowCount() == 2  # the same OPDs, nothing sent yet
    assert [e.period for e in earlier_results(view.ws)] == ["2024"]
