"""The coordinator demo: a whole cycle built through the real core, and opened from the welcome
screen."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from spbe_desktop.core.assessment.store import latest_verdicts, rounds
from spbe_desktop.core.bundle.verify import verify_package
from spbe_desktop.core.coordinator.exchange import review_notes
from spbe_desktop.core.coordinator.report_data import coordinator_status
from spbe_desktop.core.coordinator.store import (
    decisions,
    earlier_results,
    list_opds,
    reviews_of,
)
from spbe_desktop.core.demo_coordinator import (
    COORD_DEMO_FILE,
    DEMO_PASSPHRASE,
    FILES,
    ensure_coordinator_demo,
)
from spbe_desktop.core.keys import key_info, load_private_key
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return ensure_coordinator_demo(folder)


def test_the_demo_holds_a_cycle_in_progress(built):
    assert ensure_coordinator_demo(built.parent) == built  # built once, then reused
    assert not list(built.parent.glob("*.building*"))
    with Workspace.open(built, read_only=True) as ws:
        assert ws.info.kind == "coordinator" and key_info(ws) is not None
        load_private_key(ws, DEMO_PASSPHRASE)  # the published passphrase opens the key
        opds = list_opds(ws)
        assert len(opds) == 6
        status = coordinator_status(ws)
        sent = [o for o in status["opds"] if o["revision"]]
        assert len(sent) == 5 and max(o["revision"] for o in sent) == 2
        assert all(o["fingerprint"] for o in sent)
        assert set(decisions(ws)) == {"I01"}
        assert status["index"] is None and status["provisional_index"]  # I17 still disputed
        notes = [note for opd in opds for _s, note in reviews_of(ws, opd).values() if note]
        assert any("SLA" in note for note in notes)
        assert len(earlier_results(ws)) == 2
        # The internal team's round: items accepted, one sent back, the assessed index beside.
        [team] = rounds(ws)
        assert team.kind == "mandiri" and team.items > 5
        verdicts = latest_verdicts(ws)
        sent_back = [v for v in verdicts.values() if v.status == "revisi"]
        assert len(sent_back) == 2 and all(v.note for v in sent_back)
        assert status["assessed_indicators"] == 4
        assert status["assessed_index"] < status["provisional_index"]
        assert {gap["id"] for gap in status["assessment_gaps"]} == {"I10", "I14"}


def test_the_demo_packages_are_real_signed_packages(built):
    packages = sorted((built.parent / FILES).glob("*.spbe"))
    kinds = set()
    for package in packages:
        result = verify_package(package)
        assert result.valid, (package.name, result.errors)
        kinds.add(result.kind)
    assert kinds == {"assignment", "submission", "review"}
    with Workspace.open(built.parent / FILES / "opd-4.spbews", read_only=True) as inspektorat:
        assert "I09" in review_notes(inspektorat)  # the review reached the OPD


def test_welcome_opens_the_coordinator_demo(main_window, dialogs, qtbot, built):
    from spbe_desktop.ui.opening import demo_folder

    demo_folder().mkdir(parents=True, exist_ok=True)
    shutil.copy2(built, demo_folder() / COORD_DEMO_FILE)  # the build itself is tested above
    qtbot.mouseClick(main_window.welcome.ui.coordDemoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.coordinator.view is not None, timeout=20000)
    view = main_window.coordinator.view
    assert view.ws.path.name == COORD_DEMO_FILE
    assert len(view.result.ranking) >= 5
    assert any(DEMO_PASSPHRASE in message for message in dialogs.infos)
