"""Package format 2 (evidence items): what submissions and assignments carry, packages of
format 1 still read (kept fixtures), and a newer format refused with a sentence to update."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from evidence_files import make_pdf
from opd_cycle import OPD_PASS, PASS

from spbe_desktop.core.bundle import FORMAT_VERSION, verify_package
from spbe_desktop.core.coordinator.exchange import workspace_from_assignment, write_assignment
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.store import add_opd, create_coordinator
from spbe_desktop.core.evidence.items import (
    add_item,
    item_note,
    level_items,
    own_items,
    set_item_note,
)
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.export.submission import export_submission
from spbe_desktop.core.keys import generate_key

FIXTURES = Path(__file__).parent / "fixtures"


def test_items_travel_out_with_the_assignment_and_back_with_the_submission(tmp_path, pemdi2026):
    coord = create_coordinator(
        tmp_path / "kab.spbews", pemda_name="Kabupaten Mamuju", instrument=pemdi2026, period=2026
    )
    generate_key(coord, PASS)
    own = add_item(coord, 14, 2, "Kontrak layanan PDNS", "TD_14_09")
    assert own.origin == "coordinator"
    add_item(coord, 3, 1, "Butir indikator lain")  # not assigned: stays home
    opd = add_opd(coord, "Diskominfo")
    task = tmp_path / "tugas.spbe"
    write_assignment(coord, opd, ["14"], "2026-06-30", task, PASS)
    ws = workspace_from_assignment(tmp_path / "opd.spbews", task)
    [carried] = own_items(ws)
    assert (carried.indicator_id, carried.level, carried.number) == (
        own.indicator_id,
        2,
        own.number,
    )
    assert carried.code == "TD_14_09" and carried.origin == "coordinator"
    ws.close()
    ws = workspace_from_assignment(tmp_path / "opd.spbews", task)  # taken again: not doubled
    assert len(own_items(ws)) == 1

    generate_key(ws, OPD_PASS)
    ws.set_answer(14, level=2)
    pdf = make_pdf(tmp_path / "kontrak.pdf")
    attach_file(ws, 14, pdf, level=2, item=own.number, document_date="2026-01-15")
    set_item_note(ws, 14, 2, own.number, "Kontrak PDNS", "hal. 2")
    package = tmp_path / "kiriman.spbe"
    export_submission(ws, package, OPD_PASS)
    ws.close()
    with zipfile.ZipFile(package) as zf:
        meta = json.loads(zf.read("spbe-package.json"))
        data = json.loads(zf.read("data/submission.json"))
    assert meta["format_version"] == data["format_version"] == FORMAT_VERSION == 2
    i14 = next(e for e in data["indicators"] if e["number"] == 14)
    [ref] = i14["evidence"]
    assert (ref["level"], ref["item"], ref["document_date"]) == (2, own.number, "2026-01-15")
    item = next(it for it in i14["items"] if (it["level"], it["number"]) == (2, own.number))
    assert (item["note"], item["pages"], item["origin"]) == (
        "Kontrak PDNS",
        "hal. 2",
        "coordinator",
    )
    assert i14["supported_level"] == 0  # level 1 has no evidence
    assert "supported_index" in data["score"]

    import_packages(coord, [package], trust_new_keys=True)
    row = coord.conn.execute(
        "SELECT level, item, document_date FROM submitted_evidence WHERE indicator_id = ?",
        (own.indicator_id,),
    ).fetchone()
    assert tuple(row) == (2, own.number, "2026-01-15")
    note = coord.conn.execute(
        "SELECT note, pages FROM submitted_items WHERE indicator_id = ? AND level = 2 "
        "AND number = ?",
        (own.indicator_id, own.number),
    ).fetchone()
    assert tuple(note) == ("Kontrak PDNS", "hal. 2")
    coord.close()


def test_format_1_packages_still_read(tmp_path, pemdi2026):
    assert verify_package(FIXTURES / "submission-format1.spbe").valid
    coord = create_coordinator(
        tmp_path / "kab.spbews", pemda_name="Kabupaten Mamuju", instrument=pemdi2026, period=2026
    )
    [outcome] = import_packages(coord, [FIXTURES / "submission-format1.spbe"], trust_new_keys=True)
    assert outcome.status == "imported"
    rows = coord.conn.execute("SELECT level, item FROM submitted_evidence").fetchall()
    assert {tuple(r) for r in rows} == {(1, 1), (2, 1), (None, None)}
    assert coord.conn.execute("SELECT COUNT(*) FROM submitted_items").fetchone()[0] == 0
    coord.close()
    ws = workspace_from_assignment(tmp_path / "opd.spbews", FIXTURES / "assignment-format1.spbe")
    assert own_items(ws) == [] and level_items(ws, 14, 1)
    ws.close()


def test_a_newer_format_is_refused_with_a_sentence(tmp_path, pemdi2026, monkeypatch):
    import spbe_desktop.core.bundle.verify as verify_module
    import spbe_desktop.core.bundle.writer as writer_module
    import spbe_desktop.core.export.submission as submission_module

    shutil.copy(FIXTURES / "opd-schema3.spbews", tmp_path / "opd.spbews")
    from spbe_desktop.core.workspace.workspace import Workspace

    ws = Workspace.open(tmp_path / "opd.spbews")
    for module in (verify_module, writer_module, submission_module):
        monkeypatch.setattr(module, "FORMAT_VERSION", FORMAT_VERSION + 1)
    export_submission(ws, tmp_path / "baru.spbe", "kata-sandi-opd")
    ws.close()
    monkeypatch.undo()
    result = verify_package(tmp_path / "baru.spbe")
    assert not result.valid and result.errors[0]["code"] == "FORMAT_TOO_NEW"
    assert "update the app" in result.to_json("en")["errors"][0]["message"]


def test_the_coordinators_note_travels_with_its_item(tmp_path, pemdi2026):
    coord = create_coordinator(
        tmp_path / "kab.spbews", pemda_name="Kabupaten Mamuju", instrument=pemdi2026, period=2026
    )
    generate_key(coord, PASS)
    noted = add_item(coord, 14, 1, "Foto ruang server", "TD_14")
    set_item_note(coord, 14, 1, noted.number, "Foto terbaru, label perangkat terbaca", "hal. 1")
    bare = add_item(coord, 14, 2, "Daftar aset jaringan")
    opd = add_opd(coord, "Diskominfo")
    task = tmp_path / "tugas.spbe"
    write_assignment(coord, opd, ["14"], "2026-06-30", task, PASS)
    with zipfile.ZipFile(task) as zf:
        name = next(n for n in zf.namelist() if n.endswith("assignment.json"))
        carried = json.loads(zf.read(name))["items"]
    assert [("note" in row) for row in carried] == [True, False]  # additive: only when written
    ws = workspace_from_assignment(tmp_path / "opd.spbews", task)
    assert item_note(ws, 14, 1, noted.number) == ("Foto terbaru, label perangkat terbaca", "hal. 1")
    assert item_note(ws, 14, 2, bare.number) == ("", "")
    ws.close()
