"""How recent the evidence of an item a workspace adds must be (`max_age_months`, as the packs'
own items may say): stored and checked, refused when not a month count, carried by assignments
and into the next period, and a schema-5 workspace migrated with a copy of the old file kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from evidence_files import make_pdf
from opd_cycle import PASS

from spbe_desktop.core.coordinator.exchange import workspace_from_assignment, write_assignment
from spbe_desktop.core.coordinator.store import add_opd, create_coordinator
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.check import check_workspace
from spbe_desktop.core.evidence.items import add_item, level_items, own_items, set_max_age
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.keys import generate_key
from spbe_desktop.core.period.carry import next_period
from spbe_desktop.core.workspace.schema import SCHEMA_VERSION
from spbe_desktop.core.workspace.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def stale(ws) -> list:
    return [f for f in check_workspace(ws) if f.code == "EVIDENCE_STALE"]


def test_own_item_freshness_is_checked(tmp_path, pemdi2026):
    path = tmp_path / "dinas.spbews"
    with Workspace.create(path, opd_name="Dinas", instrument=pemdi2026, period=2026) as ws:
        for wrong in (0, 241, "12", 1.5, True):
            with pytest.raises(InputError):
                add_item(ws, 14, 1, "Laporan uji penetrasi", max_age_months=wrong)
        assert own_items(ws) == []
        item = add_item(ws, 14, 1, "Laporan uji penetrasi", max_age_months=12)
        assert level_items(ws, 14, 1)[-1].max_age_months == 12
        pdf = make_pdf(tmp_path / "uji.pdf")
        attach_file(ws, 14, pdf, level=1, item=item.number, document_date="2024-06-30")
        [found] = stale(ws)
        assert "12" in found.message_id and found.indicator == 14
        fresh = add_item(ws, 14, 1, "Laporan uji tahun ini", max_age_months=12)
        attach_file(ws, 14, pdf, level=1, item=fresh.number, document_date="2025-06-30")
        assert len(stale(ws)) == 1  # only the old report


def test_freshness_travels_and_carries_over(tmp_path, pemdi2026):
    coord = create_coordinator(
        tmp_path / "kab.spbews", pemda_name="Kabupaten Mamuju", instrument=pemdi2026, period=2026
    )
    generate_key(coord, PASS)
    item = add_item(coord, 10, 1, "Hasil IKASANDI terbaru", max_age_months=12)
    add_item(coord, 10, 2, "Tanpa batas umur")
    opd = add_opd(coord, "Diskominfo")
    task = tmp_path / "tugas.spbe"
    write_assignment(coord, opd, ["10"], "2026-06-30", task, PASS)
    coord.close()
    with zipfile.ZipFile(task) as zf:
        name = next(n for n in zf.namelist() if n.endswith("assignment.json"))
        carried = json.loads(zf.read(name))["items"]
    assert [row.get("max_age_months") for row in carried] == [12, None]
    opd_path = tmp_path / "opd-2026.spbews"
    ws = workspace_from_assignment(opd_path, task)
    took = {it.text["id"]: it.max_age_months for it in own_items(ws)}
    assert took == {"Hasil IKASANDI terbaru": 12, "Tanpa batas umur": None}
    ws.close()
    with Workspace.open(tmp_path / "kab.spbews") as coord:  # any age from now on
        set_max_age(coord, 10, 1, item.number, None)
        again = tmp_path / "tugas-2.spbe"
        write_assignment(coord, opd, ["10"], "2026-06-30", again, PASS)
    workspace_from_assignment(opd_path, again).close()
    with Workspace.open(opd_path, read_only=True) as ws:
        assert {it.max_age_months for it in own_items(ws)} == {None}
    with Workspace.open(tmp_path / "kab.spbews") as coord:
        set_max_age(coord, 10, 1, item.number, 12)
        third = tmp_path / "tugas-3.spbe"
        write_assignment(coord, opd, ["10"], "2026-06-30", third, PASS)
    workspace_from_assignment(opd_path, third).close()
    next_period(opd_path, tmp_path / "opd-2027.spbews", 2027)
    with Workspace.open(tmp_path / "opd-2027.spbews") as new:
        kept = level_items(new, 10, 1)
        assert [it.max_age_months for it in kept if it.number == item.number] == [12]


def test_schema_5_workspace_migrates_keeping_a_copy(tmp_path):
    path = tmp_path / "opd.spbews"
    shutil.copy(FIXTURES / "opd-schema5.spbews", path)
    original = path.read_bytes()
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        own = {it.text["id"]: it.max_age_months for it in own_items(ws)}
        assert own["Foto ruang server terbaru"] is None and len(own) == 2
        add_item(ws, 14, 2, "Berita acara uji", max_age_months=6)
    copy = path.with_name("opd.skema-5.spbews")
    assert copy.read_bytes() == original
    with sqlite3.connect(copy) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 5


def test_cli_item_add_with_freshness(tmp_path, pemdi2026):
    path = tmp_path / "dinas.spbews"
    Workspace.create(path, opd_name="Dinas", instrument=pemdi2026, period=2026).close()
    spbe = [sys.executable, "-m", "spbe_desktop.cli"]
    out = subprocess.run(
        [
            *spbe,
            "item",
            "add",
            str(path),
            "14",
            "--level",
            "1",
            "--text",
            "Uji",
            "--max-age-months",
            "12",
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    listed = subprocess.run(
        [*spbe, "status", str(path), "--json"], capture_output=True, text=True, check=True
    )
    i14 = next(i for i in json.loads(listed.stdout)["indicators"] if i["number"] == 14)
    added = [it for it in i14["items"] if it["text"] == "Uji"]
    assert added and added[0]["max_age_months"] == 12


def test_an_own_items_age_is_changed_and_logged_the_instruments_never(tmp_path, pemdi2026):
    from spbe_desktop.core.evidence.items import set_max_age

    path = tmp_path / "dinas.spbews"
    with Workspace.create(path, opd_name="Dinas", instrument=pemdi2026, period=2026) as ws:
        own = add_item(ws, 14, 1, "Laporan pemantauan")
        attach_file(
            ws,
            14,
            make_pdf(tmp_path / "lama.pdf"),
            level=1,
            item=own.number,
            document_date="2024-01-10",
        )
        assert not stale(ws)
        assert set_max_age(ws, 14, 1, own.number, 6).max_age_months == 6
        assert len(stale(ws)) == 1  # older than six months: flagged
        assert set_max_age(ws, 14, 1, own.number, None).max_age_months is None
        assert not stale(ws)
        logged = ws.conn.execute(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'item.max_age'"
        ).fetchone()[0]
        assert logged == 2
        set_max_age(ws, 14, 1, own.number, None)  # unchanged: nothing written
        assert (
            ws.conn.execute(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'item.max_age'"
            ).fetchone()[0]
            == 2
        )
        before = [(i.number, i.max_age_months) for i in level_items(ws, 14, 1)]
        for months, code in ((6, "PACK_ITEM"), (0, "BAD_MAX_AGE"), (241, "BAD_MAX_AGE")):
            number = 1 if code == "PACK_ITEM" else own.number
            with pytest.raises(InputError) as err:
                set_max_age(ws, 14, 1, number, months)
            assert err.value.code == code
        assert [(i.number, i.max_age_months) for i in level_items(ws, 14, 1)] == before


def test_a_reimported_sheet_updates_the_age_of_items_already_there(tmp_path, pemdi2026):
    from spbe_desktop.core.evidence.item_import import import_items

    path = tmp_path / "dinas.spbews"
    sheet = tmp_path / "butir.csv"
    pack_text = level_items_text(pemdi2026)
    with Workspace.create(path, opd_name="Dinas", instrument=pemdi2026, period=2026) as ws:
        sheet.write_text("Indikator;Level;Butir\n14;1;Foto ruang server\n", encoding="utf-8")
        [first] = import_items(ws, sheet).added
        assert first.max_age_months is None
        sheet.write_text(
            f"Indikator;Level;Butir;Umur maks\n14;1;Foto ruang server;12\n14;1;{pack_text};3\n",
            encoding="utf-8",
        )
        again = import_items(ws, sheet)
        assert (again.added, again.already) == ([], 2)
        assert [(i.number, i.max_age_months) for i in again.updated] == [(first.number, 12)]
        assert level_items(ws, 14, 1)[0].max_age_months is None  # the instrument's item: as is


def level_items_text(pack) -> str:
    """The text of the instrument's first item of indicator 14, level 1."""
    return pack.indicator(14).items[1][0].text["id"]


def test_cli_item_age(tmp_path, pemdi2026):
    path = tmp_path / "dinas.spbews"
    with Workspace.create(path, opd_name="Dinas", instrument=pemdi2026, period=2026) as ws:
        own = add_item(ws, 14, 1, "Uji")
    spbe = [sys.executable, "-m", "spbe_desktop.cli", "item", "age", str(path), "14"]
    where = ["--level", "1", "--item", str(own.number)]
    out = subprocess.run([*spbe, *where, "--months", "9"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with Workspace.open(path, read_only=True) as ws:
        assert level_items(ws, 14, 1)[own.number - 1].max_age_months == 9
    listed = subprocess.run(
        [*spbe[:4], "list", str(path), "14"], capture_output=True, text=True, check=True
    )
    assert "Uji · paling lama 9 bulan" in listed.stdout
    cleared = subprocess.run([*spbe, *where, "--any-age"], capture_output=True, text=True)
    assert cleared.returncode == 0, cleared.stderr
    refused = subprocess.run(
        [*spbe, "--level", "1", "--item", "1", "--months", "9"], capture_output=True, text=True
    )
    assert refused.returncode != 0 and "instrumen" in (refused.stdout + refused.stderr)
    with Workspace.open(path, read_only=True) as ws:
        assert [i.max_age_months for i in level_items(ws, 14, 1)][own.number - 1] is None
        assert level_items(ws, 14, 1)[0].max_age_months is None


def test_a_coordinators_new_age_reaches_an_item_already_taken_in(tmp_path, pemdi2026):
    from spbe_desktop.core.evidence.item_exchange import take_in_items

    row = {"indicator": "I10", "level": 1, "number": 5, "text": "Hasil IKASANDI", "code": None}
    with Workspace.create(
        tmp_path / "opd.spbews", opd_name="Dinas", instrument=pemdi2026, period=2026
    ) as ws:
        assert take_in_items(ws, [row]) == 1
        assert take_in_items(ws, [{**row, "max_age_months": 6}]) == 0  # not added twice …
        [item] = own_items(ws, "coordinator")
        assert item.max_age_months == 6  # … but told its new maximum age
        take_in_items(ws, [row])  # an assignment that says nothing of it leaves it
        assert own_items(ws, "coordinator")[0].max_age_months == 6
        take_in_items(ws, [{**row, "max_age_months": None}])  # the coordinator cleared it
        assert own_items(ws, "coordinator")[0].max_age_months is None


def test_an_assignment_says_any_age_rather_than_nothing(tmp_path, pemdi2026):
    from spbe_desktop.core.evidence.item_exchange import assignment_items
    from spbe_desktop.core.evidence.items import add_item

    with Workspace.create(
        tmp_path / "koord.spbews", opd_name="Diskominfo", instrument=pemdi2026, period=2026
    ) as ws:
        add_item(ws, "I10", 1, "Hasil IKASANDI", None, max_age_months=12)
        add_item(ws, "I10", 2, "Laporan tahunan", None)
        rows = {r["text"]: r for r in assignment_items(ws, ["I10"])}
    assert rows["Hasil IKASANDI"]["max_age_months"] == 12
    assert "max_age_months" in rows["Laporan tahunan"]
    assert rows["Laporan tahunan"]["max_age_months"] is None
