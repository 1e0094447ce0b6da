"""The coordinator's one change signal: each write tells what it changed once, the tabs that show
it refresh once (the tab in front at once, the others when they are brought to the front), the
others not at all; a refused write is one plain message and changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from opd_cycle import coordinator_with_levels

from spbe_desktop.core.coordinator.store import decisions, earlier_results

TABS = (
    "opds",
    "importer",
    "matrix",
    "ranking",
    "review",
    "reports",
    "monitor",
    "assessor",
    "items",
)


@pytest.fixture
def counted(main_window, synchronous_operations, tmp_path, spbe2020, monkeypatch):
    """An open coordinator workspace whose tabs count their refreshes (and the window its
    consolidations and change signals)."""
    from spbe_desktop.ui.coordinator import window as screen

    path = coordinator_with_levels(tmp_path / "kab.spbews", spbe2020, 2025, {"A": 3, "B": 2})
    assert main_window.open_path(path)
    view = main_window.coordinator.view
    counts = dict.fromkeys((*TABS, "consolidation", "changed"), 0)

    def counting(key, fn):
        def wrapper(*args, **kwargs):
            counts[key] += 1
            return fn(*args, **kwargs)

        return wrapper

    for name in TABS:
        tab = getattr(view, name)
        monkeypatch.setattr(tab, "refresh", counting(name, tab.refresh))
    monkeypatch.setattr(screen, "consolidation", counting("consolidation", screen.consolidation))
    view.changed.connect(lambda _c: counts.__setitem__("changed", counts["changed"] + 1))
    return view, counts


def refreshed(counts: dict[str, int]) -> dict[str, int]:
    return {key: n for key, n in counts.items() if n}


def bring_to_front(view, name: str) -> None:
    view.ui.tabs.setCurrentIndex(TABS.index(name))


def visit_every_tab(view) -> None:
    """A person looking at each tab in turn, then back at the first."""
    for name in TABS:
        bring_to_front(view, name)


def test_a_decision_refreshes_the_tabs_that_show_it_once(counted, monkeypatch):
    from spbe_desktop.ui.coordinator.prompts import CoordDialogs

    view, counts = counted
    monkeypatch.setattr(
        CoordDialogs, "decision", staticmethod(lambda *a: (Decimal(4), "Perbup sudah ada"))
    )
    bring_to_front(view, "matrix")
    view.matrix.select("I10")
    view.matrix.decide()
    assert decisions(view.ws)["I10"].value == 4
    assert refreshed(counts) == {"changed": 1, "consolidation": 1, "matrix": 1}
    assert view.matrix.current().id == "I10"  # the chosen cell stays chosen
    visit_every_tab(view)  # the tabs behind it catch up when seen, once each
    visit_every_tab(view)
    assert refreshed(counts) == {
        "changed": 1,
        "consolidation": 1,
        "matrix": 1,
        "ranking": 1,
        "monitor": 1,
        "assessor": 1,
    }


def test_writes_that_touch_one_tab_refresh_that_tab_only(counted, monkeypatch):
    from spbe_desktop.ui.coordinator.prompts import CoordDialogs

    view, counts = counted
    monkeypatch.setattr(
        CoordDialogs, "earlier_result", staticmethod(lambda parent: ("2024", "2,65", "Surat"))
    )
    bring_to_front(view, "ranking")
    view.ranking.add_earlier()
    assert [e.period for e in earlier_results(view.ws)] == ["2024"]
    assert refreshed(counts) == {"changed": 1, "ranking": 1}
    visit_every_tab(view)
    assert refreshed(counts) == {"changed": 1, "ranking": 1, "monitor": 1}

    counts.update(dict.fromkeys(counts, 0))
    bring_to_front(view, "items")
    view.items.select_indicator(14)
    view.items.ui.textEdit.setText("Berita acara uji pemulihan pusat data")
    view.items.add_item()
    assert refreshed(counts) == {"changed": 1, "items": 1}

    counts.update(dict.fromkeys(counts, 0))
    bring_to_front(view, "monitor")
    view.monitor.ui.targetSpin.setValue(2.75)
    view.monitor.ui.targetSpin.editingFinished.emit()  # a write operation on the writer thread
    assert refreshed(counts) == {"changed": 1, "monitor": 1}


def test_a_review_mark_recounts_without_redrawing_any_tab(counted):
    view, counts = counted
    review = view.review
    review.select_opd("A")
    counts.update(dict.fromkeys(counts, 0))
    box = review.status_box(0)
    box.setCurrentIndex(box.findData("revisi"))
    assert refreshed(counts) == {"changed": 1}
    assert view.ui.reviewStateLabel.text().startswith("1 dari")
    assert review.status_box(0) is box  # the box that saved the mark is still there


def test_a_refused_write_is_one_message_and_changes_nothing(counted, dialogs, monkeypatch):
    from spbe_desktop.ui.coordinator.prompts import CoordDialogs

    view, counts = counted
    monkeypatch.setattr(CoordDialogs, "decision", staticmethod(lambda *a: (Decimal(4), "  ")))
    head = view.ws.conn.execute("SELECT MAX(seq) FROM audit_log").fetchone()
    view.matrix.select("I10")
    view.matrix.decide()
    assert dialogs.errors == ["Tuliskan alasan keputusan."]
    assert decisions(view.ws) == {}
    assert view.ws.conn.execute("SELECT MAX(seq) FROM audit_log").fetchone() == head
    for tab in ("opds", "importer", "review", "reports", "items"):
        assert counts[tab] == 0, tab
