"""Evidence items per level: own items, placement, notes, the cumulative supported level and
index, the linter's item rules, the planner on the supported index, and older workspaces."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from evidence_files import make_pdf

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.check import check_workspace
from spbe_desktop.core.evidence.dates import file_date
from spbe_desktop.core.evidence.item_import import import_items
from spbe_desktop.core.evidence.items import (
    add_item,
    get_item,
    item_note,
    level_items,
    restore_item,
    retire_item,
    set_item_note,
)
from spbe_desktop.core.evidence.placement import place_evidence, set_document_date
from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.evidence.support import plan_on_support, workspace_support
from spbe_desktop.core.status import status_data
from spbe_desktop.core.workspace import audit
from spbe_desktop.core.workspace.schema import SCHEMA_VERSION
from spbe_desktop.core.workspace.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def pemdi_ws(tmp_path, pemdi2026):
    ws = Workspace.create(
        tmp_path / "diskominfo.spbews",
        opd_name="Dinas Komunikasi dan Informatika",
        instrument=pemdi2026,
        period=2026,
    )
    yield ws
    ws.close()


@pytest.fixture
def pdf(tmp_path):
    return make_pdf(tmp_path / "bukti.pdf")


def cover(ws, pdf, indicator, up_to, skip=()):
    """Evidence on every item in use of levels 1..up_to, except the (level, item)s in `skip`."""
    for level in range(1, up_to + 1):
        for item in level_items(ws, indicator, level):
            if not item.retired and (level, item.number) not in skip:
                attach_file(ws, indicator, pdf, level=level, item=item.number)


def test_own_items_are_numbered_after_the_packs_and_never_renumbered(pemdi_ws):
    pack_count = len(pemdi_ws.instrument.indicator(1).items[2])
    first = add_item(pemdi_ws, 1, 2, "  Surat   edaran Sekda  ", "PG_01_99")
    assert (first.number, first.text["id"], first.code, first.origin) == (
        pack_count + 1,
        "Surat edaran Sekda",
        "PG_01_99",
        "opd",
    )
    second = add_item(pemdi_ws, 1, 2, "Notulen rapat lanjutan")
    retire_item(pemdi_ws, 1, 2, first.number)
    third = add_item(pemdi_ws, 1, 2, "Butir ketiga")
    numbers = [(it.number, it.retired) for it in level_items(pemdi_ws, 1, 2)]
    assert numbers[-3:] == [(first.number, True), (second.number, False), (third.number, False)]
    assert third.number == second.number + 1
    restore_item(pemdi_ws, 1, 2, first.number)
    assert not get_item(pemdi_ws, 1, 2, first.number).retired
    actions = [r["action"] for r in audit.records(pemdi_ws.conn)]
    assert actions.count("item.added") == 3 and "item.retired" in actions
    assert audit.first_broken(list(audit.records(pemdi_ws.conn))) is None


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda ws: add_item(ws, 1, 6, "x"), "LEVEL_OUT_OF_RANGE"),
        (lambda ws: add_item(ws, 99, 1, "x"), "UNKNOWN_INDICATOR"),
        (lambda ws: add_item(ws, 1, 1, "   "), "INPUT_INVALID"),
        (lambda ws: add_item(ws, 1, 1, "x" * 1001), "INPUT_INVALID"),
        (lambda ws: retire_item(ws, 1, 1, 99), "UNKNOWN_ITEM"),
        (lambda ws: set_item_note(ws, 1, 3, 9, "catatan"), "UNKNOWN_ITEM"),
    ],
)
def test_bad_item_requests_change_nothing(pemdi_ws, call, code):
    before = pemdi_ws.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    with pytest.raises(InputError) as err:
        call(pemdi_ws)
    assert err.value.code == code
    assert pemdi_ws.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == before


def test_item_note_and_pages(pemdi_ws):
    set_item_note(pemdi_ws, 14, 1, 2, "Topologi jaringan terbaru", "hal. 3–5")
    set_item_note(pemdi_ws, 14, 1, 2, pages="hal. 3–7")
    assert item_note(pemdi_ws, 14, 1, 2) == ("Topologi jaringan terbaru", "hal. 3–7")
    status = status_data(pemdi_ws)
    assert status["indicators"][13]["items"][1]["number"] == 2


def test_attach_places_evidence_on_an_item_with_a_document_date(pemdi_ws, pdf):
    level_only = attach_file(pemdi_ws, 1, pdf, level=2)
    assert (level_only.level, level_only.item) == (2, 1)
    dated = attach_file(pemdi_ws, 1, pdf, level=2, item=3, document_date="2026-03-31")
    assert (dated.item, dated.document_date) == (3, "2026-03-31")
    loose = attach_file(pemdi_ws, 1, pdf)
    assert (loose.level, loose.item) == (None, None)
    assert loose.document_date == file_date(pdf)
    with pytest.raises(InputError) as err:
        attach_file(pemdi_ws, 1, pdf, item=2)
    assert err.value.code == "ITEM_WITHOUT_LEVEL"
    retire_item(pemdi_ws, 1, 2, 2)
    with pytest.raises(InputError) as err:
        attach_file(pemdi_ws, 1, pdf, level=2, item=2)
    assert err.value.code == "ITEM_RETIRED"
    with pytest.raises(InputError) as err:
        attach_file(pemdi_ws, 1, pdf, level=2, document_date="31-03-2026")
    assert err.value.code == "DATE_INVALID"
    moved = place_evidence(pemdi_ws, loose.id, 3, 2)
    assert (moved.level, moved.item) == (3, 2)
    assert set_document_date(pemdi_ws, moved.id, "2025-12-01").document_date == "2025-12-01"
    assert len(list_evidence(pemdi_ws, 1)) == 3


def test_default_document_date_is_the_files_own_date(pemdi_ws, pdf):
    import os
    import time

    stamp = time.mktime((2025, 8, 17, 10, 0, 0, 0, 0, -1))
    os.utime(pdf, (stamp, stamp))
    assert attach_file(pemdi_ws, 3, pdf, level=1).document_date == "2025-08-17"


def test_supported_level_is_cumulative(pemdi_ws, pdf):
    ws = pemdi_ws
    ws.set_answer(1, level=4)
    cover(ws, pdf, 1, 4, skip={(2, 2)})
    support = workspace_support(ws).indicators["I01"]
    assert (support.level, support.missing_level, support.missing_item) == (1, 2, 2)
    attach_file(ws, 1, pdf, level=2, item=2)
    assert workspace_support(ws).indicators["I01"].level == 4
    add_item(ws, 1, 3, "Butir tambahan dari portal")
    assert workspace_support(ws).indicators["I01"].level == 2
    retire_item(ws, 1, 3, len(level_items(ws, 1, 3)))
    assert workspace_support(ws).indicators["I01"].level == 4


def test_supported_index_per_design(pemdi_ws, pdf, pemdi2026):
    """max(1, min(claimed, supported)) per answered indicator; external-index ones keep their
    value (no upload needed), and those without a score count as 1, as in the claimed index."""
    ws = pemdi_ws
    ws.set_answer(1, level=4)  # supported 2
    cover(ws, pdf, 1, 2)
    ws.set_answer(2, level=2)  # supported 3 (more evidence than claimed): counts 2
    cover(ws, pdf, 2, 3)
    ws.set_answer(3, level=3)  # nothing attached: supported 0, counts 1
    ws.set_answer(5, external_score=Decimal("25"))  # SDI 25 → 2.00
    data = status_data(ws)
    by_number = {i["number"]: i for i in data["indicators"]}
    assert [by_number[n]["supported_level"] for n in (1, 2, 3, 5)] == [2, 3, 0, 2]
    weights = {i.number: i.weight for i in pemdi2026.indicators}
    missing = weights[6] + weights[7] + weights[18]  # no score yet: each counts 1
    expected = (weights[1] * 2 + weights[2] * 2 + weights[3] * 1 + weights[5] * 2 + missing) / (
        weights[1] + weights[2] + weights[3] + weights[5] + missing
    )
    assert Decimal(str(data["supported_index"])) == pytest.approx(expected)
    assert data["supported_display"] == str(expected.quantize(Decimal("0.01")))
    assert data["supported_provisional"] is True
    first = by_number[1]
    assert first["first_missing"] == {"level": 3, "item": 1}
    assert {"level", "number", "text", "code", "evidence_count"} <= first["items"][0].keys()
    assert sum(it["evidence_count"] for it in first["items"]) == first["evidence_count"]


def test_linter_names_the_first_missing_item_below_the_claim(pemdi_ws, pdf, tmp_path):
    ws = pemdi_ws
    ws.set_answer(14, level=3)
    cover(ws, pdf, 14, 3, skip={(2, 1)})
    found = [f for f in check_workspace(ws) if f.indicator == 14]
    assert [(f.code, f.severity) for f in found] == [("ITEM_MISSING", "error")]
    assert found[0].message_id == (
        "Level 2, butir 1 belum ada bukti: level 3 akan ditolak otomatis."
    )
    attach_file(ws, 14, make_pdf(tmp_path / "catatan.pdf"))
    codes = {f.code for f in check_workspace(ws) if f.indicator == 14}
    assert "EVIDENCE_NOT_PLACED" in codes


def test_linter_warns_about_stale_evidence(pemdi_ws, pdf):
    ws = pemdi_ws  # period 2026: an IKASANDI result must be from 2025 or later
    ws.set_answer(10, level=1)
    ikasandi = next(it for it in level_items(ws, 10, 1) if it.max_age_months)
    attach_file(ws, 10, pdf, level=1, item=ikasandi.number, document_date="2024-12-31")
    other = 1 if ikasandi.number != 1 else 2
    attach_file(ws, 10, pdf, level=1, item=other, document_date="2019-01-01")
    stale = [f for f in check_workspace(ws) if f.code == "EVIDENCE_STALE"]
    assert len(stale) == 1 and "2024-12-31" in stale[0].message_id
    ev = next(e for e in list_evidence(ws, 10) if e.item == ikasandi.number)
    set_document_date(ws, ev.id, "2025-01-01")
    assert not [f for f in check_workspace(ws) if f.code == "EVIDENCE_STALE"]


def test_planner_on_the_supported_index_adds_the_fewest_items(pemdi_ws, pdf, pemdi2026):
    import itertools

    ws = pemdi_ws
    rising = [i for i in pemdi2026.indicators if i.external is None]
    for ind in rising:
        ws.set_answer(ind.number, level=2)
        cover(ws, pdf, ind.number, 1)
    for ind in pemdi2026.indicators:
        if ind.external is not None:
            ws.set_answer(ind.number, level=1)
    assert status_data(ws)["supported_display"] == "1.00"
    plan = plan_on_support(ws, Decimal("1.10"))
    assert plan.reachable and round(plan.index_after, 2) >= Decimal("1.10")
    # brute force over one step per indicator: nothing reaches +0.10 with fewer items
    cost = {i.id: len(i.items[2]) for i in rising}
    best = min(
        sum(cost[i.id] for i in combo)
        for r in range(1, 5)
        for combo in itertools.combinations(rising, r)
        if sum(i.weight for i in combo) >= Decimal("9.5")
    )
    assert plan.items_to_add == best
    for step in plan.steps:  # the items named are exactly the ones still without evidence
        assert not step.claim_raise
        for level, number in step.items:
            attach_file(ws, step.id, pdf, level=level, item=number)
    assert status_data(ws)["supported_display"] == str(round(plan.index_after, 2))


def test_planner_says_when_the_target_is_out_of_reach(pemdi_ws, pemdi2026):
    locked = [i.id for i in pemdi2026.indicators]
    plan = plan_on_support(pemdi_ws, Decimal("4.00"), locked)
    assert not plan.reachable and plan.steps == ()


def test_item_import_from_a_portal_sheet(pemdi_ws, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Daftar butir data dukung — salinan portal"])
    sheet.append([])
    sheet.append(["No", "Indikator", "Level", "Butir", "Kode", "Umur maks"])
    sheet.append([1, 4, 2, "SK Forum Koordinasi Pemdi", "PG_04_01", 12])
    sheet.append([2, "I04", 2, "RKA/DPA kolaborasi", "PG_04_02", None])
    sheet.append([3, 4.0, 2, "SK Forum Koordinasi Pemdi", None])  # already there: same text
    path = tmp_path / "portal.xlsx"
    book.save(path)
    result = import_items(pemdi_ws, path, retire_others=True)
    assert [it.code for it in result.added] == ["PG_04_01", "PG_04_02"]
    assert [it.max_age_months for it in result.added] == [12, None]
    assert result.already == 1
    in_use = [it for it in level_items(pemdi_ws, 4, 2) if not it.retired]
    assert [it.code for it in in_use] == ["PG_04_01", "PG_04_02"]
    again = import_items(pemdi_ws, path)
    assert (again.added, again.already, again.retired) == ([], 3, [])


@pytest.mark.parametrize(
    ("rows", "row_named"),
    [
        ([[4, 7, "butir"]], "Baris 2"),
        ([[4, 2, "ok"], [99, 2, "butir"]], "Baris 3"),
        ([[4, 2, ""]], "Baris 2"),
        ([[4, "dua", "butir"]], "Baris 2"),
        ([[4, 2, "ok", 6], [4, 2, "butir", "setahun"]], "Baris 3"),
        ([[4, 2, "butir", 0], [4, 2, "lain", ""]], "Baris 2"),
    ],
)
def test_a_bad_row_refuses_the_whole_sheet(pemdi_ws, tmp_path, rows, row_named):
    path = tmp_path / "butir.csv"
    header = "Indikator;Level;Butir" + (";Umur maks" if len(rows[0]) > 3 else "")
    lines = [header] + [";".join(str(c) for c in r) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    before = pemdi_ws.conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    with pytest.raises(InputError) as err:
        import_items(pemdi_ws, path)
    assert err.value.message("id").startswith(row_named)
    assert pemdi_ws.conn.execute("SELECT COUNT(*) FROM items").fetchone()[0] == before


def test_schema_3_workspace_is_migrated_with_evidence_on_item_1(tmp_path):
    path = tmp_path / "opd.spbews"
    shutil.copy(FIXTURES / "opd-schema3.spbews", path)
    original = path.read_bytes()
    with Workspace.open(path, read_only=True) as ws:  # reading never changes the file
        data = status_data(ws)
    assert path.read_bytes() == original
    assert not list(tmp_path.glob("*.skema-*"))
    first = data["indicators"][0]
    assert first["supported_level"] == 2 and first["unplaced_count"] == 1
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        placed = {(e.original_name, e.level, e.item) for e in list_evidence(ws)}
        assert placed == {
            ("renstra-bab-pemdi.pdf", 1, 1),
            ("dpa-kegiatan-pemdi.pdf", 2, 1),
            ("tangkapan-siap-digital.png", 2, 1),
            ("notulen-rapat.docx", None, None),
            ("topologi-jaringan.pdf", 1, 1),
        }
        # its stored instrument predates items: one generic item per level
        assert [it.text["id"] for it in level_items(ws, 1, 3)] == ["Data dukung level 3"]
        assert "EVIDENCE_NOT_PLACED" in {f.code for f in check_workspace(ws)}
        add_item(ws, 1, 2, "Butir baru")
    copy = path.with_name("opd.skema-3.spbews")
    assert copy.read_bytes() == original
    with sqlite3.connect(copy) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 3
