"""Items the coordinator retires travel with its assignments: the OPD's copy of the instrument's
item or of the coordinator's own item is retired, and put back in use when a later assignment no
longer retires it; what the OPD decided about its own items is never undone."""

from __future__ import annotations

import json
import zipfile

import pytest
from opd_cycle import PASS

from spbe_desktop.core.coordinator import exchange
from spbe_desktop.core.coordinator.exchange import workspace_from_assignment, write_assignment
from spbe_desktop.core.coordinator.store import add_opd, create_coordinator, find_opd
from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.evidence.items import add_item, level_items, restore_item, retire_item
from spbe_desktop.core.keys import generate_key
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture
def setup(tmp_path, pemdi2026):
    coord_path = tmp_path / "kab.spbews"
    coord = create_coordinator(
        coord_path, pemda_name="Kabupaten Mamuju", instrument=pemdi2026, period=2026
    )
    generate_key(coord, PASS)
    opd = add_opd(coord, "Diskominfo")
    add_item(coord, 10, 1, "Hasil IKASANDI terbaru")
    add_item(coord, 10, 1, "Laporan uji penetrasi")
    coord.close()
    sent = iter(range(1, 100))

    def assign(indicators=("10",)) -> None:
        """The coordinator's next assignment, taken in by the OPD's workspace."""
        with Workspace.open(coord_path) as ws:
            task = tmp_path / f"tugas-{next(sent)}.spbe"
            write_assignment(ws, opd, list(indicators), "2026-06-30", task, PASS)
        workspace_from_assignment(tmp_path / "opd.spbews", task).close()

    return coord_path, tmp_path / "opd.spbews", assign


def _state(path, indicator=10, level=1) -> dict[str, bool]:
    """Each item of a level: its text → retired."""
    with Workspace.open(path, read_only=True) as ws:
        return {it.text["id"]: it.retired for it in level_items(ws, indicator, level)}


def _pack_text(path, indicator, level, number=1) -> str:
    with Workspace.open(path, read_only=True) as ws:
        return level_items(ws, indicator, level)[number - 1].text["id"]


def test_retired_items_reach_the_opd_and_come_back_when_put_back(setup):
    coord_path, opd_path, assign = setup
    with Workspace.open(coord_path) as coord:
        retire_item(coord, 10, 1, 1)  # the instrument's item, not on the portal this year
        penetration = level_items(coord, 10, 1)[-1]
        retire_item(coord, 10, 1, penetration.number)
    pack_item = _pack_text(coord_path, 10, 1)
    assign()
    state = _state(opd_path)
    assert state[pack_item] is True
    assert "Laporan uji penetrasi" not in state  # never in use: not sent, not retired
    assert state["Hasil IKASANDI terbaru"] is False

    with Workspace.open(opd_path) as ws:  # the OPD's own decision about its own item
        own = add_item(ws, 10, 1, "Foto rapat koordinasi")
        retire_item(ws, 10, 1, own.number)

    with Workspace.open(coord_path) as coord:
        restore_item(coord, 10, 1, 1)
        restore_item(coord, 10, 1, penetration.number)
        ikasandi = next(
            i for i in level_items(coord, 10, 1) if i.text["id"] == "Hasil IKASANDI terbaru"
        )
        retire_item(coord, 10, 1, ikasandi.number)
    assign()
    state = _state(opd_path)
    assert state[pack_item] is False  # put back: the coordinator no longer retires it
    assert state["Hasil IKASANDI terbaru"] is True
    assert state["Laporan uji penetrasi"] is False
    assert state["Foto rapat koordinasi"] is True  # the OPD's own retirement stays

    with Workspace.open(coord_path) as coord:
        restore_item(coord, 10, 1, ikasandi.number)
    assign()
    assert _state(opd_path)["Hasil IKASANDI terbaru"] is False


def test_an_assignment_for_other_indicators_leaves_these_retirements(setup):
    coord_path, opd_path, assign = setup
    with Workspace.open(coord_path) as coord:
        retire_item(coord, 10, 1, 1)
    pack_item = _pack_text(coord_path, 10, 1)
    assign()
    assign(("11",))  # says nothing of indicator 10
    assert _state(opd_path)[pack_item] is True


def test_an_item_the_opd_retired_itself_is_not_put_back(setup):
    coord_path, opd_path, assign = setup
    assign()
    with Workspace.open(opd_path) as ws:
        retire_item(ws, 10, 1, 1)
    pack_item = _pack_text(coord_path, 10, 1)
    assign()
    assert _state(opd_path)[pack_item] is True


def test_an_assignment_from_before_retirements_travelled_changes_none(setup, monkeypatch):
    coord_path, opd_path, assign = setup
    with Workspace.open(coord_path) as coord:
        retire_item(coord, 10, 1, 1)
    pack_item = _pack_text(coord_path, 10, 1)
    assign()
    with Workspace.open(coord_path) as coord:
        restore_item(coord, 10, 1, 1)
    real_write = exchange._write

    def older(ws, kind, opd, payload, *rest):
        payload.pop("retired_items", None)
        return real_write(ws, kind, opd, payload, *rest)

    monkeypatch.setattr(exchange, "_write", older)
    assign()
    assert _state(opd_path)[pack_item] is True


def test_a_retired_item_outside_the_assignment_is_refused_and_nothing_changes(setup, monkeypatch):
    _, opd_path, assign = setup
    assign()
    before = opd_path.read_bytes()
    monkeypatch.setattr(
        exchange,
        "assignment_retired",
        lambda ws, ids: [{"indicator": "I01", "level": 1, "number": 1}],
    )
    with pytest.raises(SpbeError) as refused:
        assign()
    assert refused.value.code == "JSON_INVALID"
    assert opd_path.read_bytes() == before


def test_the_assignment_lists_what_the_coordinator_retired(setup):
    coord_path, _, _ = setup
    with Workspace.open(coord_path) as coord:
        retire_item(coord, 10, 2, 1)
        opd = find_opd(coord, "Diskominfo")
        task = coord_path.parent / "lihat.spbe"
        write_assignment(coord, opd, ["10"], None, task, PASS)
    with zipfile.ZipFile(task) as zf:
        name = next(n for n in zf.namelist() if n.endswith("assignment.json"))
        carried = json.loads(zf.read(name))["retired_items"]
    assert carried == [{"indicator": "I10", "level": 2, "number": 1}]


def test_the_opd_sees_which_items_its_coordinator_retired(setup, main_window):
    from spbe_desktop.ui.items_panel import PLACE

    coord_path, opd_path, assign = setup
    with Workspace.open(coord_path) as coord:
        retire_item(coord, 10, 1, 1)
    assign()
    with Workspace.open(opd_path) as ws:  # one of the OPD's own, retired by the OPD
        own = add_item(ws, 10, 1, "Foto rapat koordinasi")
        retire_item(ws, 10, 1, own.number)
    assert main_window.open_path(opd_path)
    main_window.navigator.select(main_window.session.ws.instrument.indicator(10).id)
    level_one = main_window.page.items.ui.tree.topLevelItem(0)
    rows = {
        level_one.child(n).data(0, PLACE)[1]: level_one.child(n)
        for n in range(level_one.childCount())
    }
    assert "koordinator" in rows[1].toolTip(2)
    assert rows[1].text(2) == "tidak dipakai"
    assert rows[own.number].text(2) == "tidak dipakai" and rows[own.number].toolTip(2) == ""
