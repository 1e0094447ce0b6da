"""The assessors' verdicts end to end through the `spbe` command: template → filled sheet →
`coord assessor` → assessed figures in `coord status --json`; rounds; bad sheets refused with the
workspace unchanged; an OPD's internal team; an older workspace migrated with a copy kept."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

import pytest
from opd_cycle import coordinator_with_levels
from openpyxl import load_workbook

from spbe_desktop.cli import main
from spbe_desktop.core.assessment.store import rounds, verdict_history
from spbe_desktop.core.workspace.schema import SCHEMA_VERSION
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture
def coord(tmp_path, pemdi2026):
    # two OPDs: "Kominfo" answers level 3 everywhere it owns, "Bappeda" level 2
    return coordinator_with_levels(
        tmp_path / "kab.spbews", pemdi2026, 2026, {"Kominfo": 3, "Bappeda": 2}
    )


def status(capsys, ws) -> dict:
    capsys.readouterr()
    assert main(["coord", "status", str(ws), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def fill(template, out, verdict) -> None:
    """Fill the template: `verdict(indicator, level, item)` → (status, note, value) or None."""
    book = load_workbook(template)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        got = verdict(row[1].value, row[3].value, row[4].value)
        if got:
            row[7].value, row[8].value, row[9].value = got
    book.save(out)


def test_template_to_assessed_index(tmp_path, coord, capsys, pemdi2026):
    template = tmp_path / "lembar.xlsx"
    assert main(["coord", "assessor-template", str(coord), "--out", str(template)]) == 0
    sheet = load_workbook(template).worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    levels = {}
    for r in rows:
        levels.setdefault(r[1], set()).add(r[3])
    # one row per item of levels 1..claimed, none for indicators valued from other indices
    external = {i.number for i in pemdi2026.indicators if i.external is not None}
    assert not external & levels.keys()
    for number, seen in levels.items():
        claimed = 3 if pemdi2026.indicator(number).number % 2 == 0 else 2
        assert seen == set(range(1, claimed + 1)), number
    assert sheet["H1"].value == "Status" and sheet["J1"].value == "Nilai"

    def verdict(ind, level, item):
        if ind == 14 and level == 2 and item == 1:
            return ("Revisi", "Topologi belum mencakup DRC", None)
        if ind == 14 and level == 3:
            return ("ditolak otomatis", "", None)
        if ind == 20 and level == 1 and item == 1:
            return ("diterima", "", "1,26")
        return ("diterima", "", None)

    filled = tmp_path / "terisi.xlsx"
    fill(template, filled, verdict)
    before = status(capsys, coord)
    assert before["assessment_rounds"] == []
    args = ["coord", "assessor", str(coord), "--from", str(filled), "--date", "2026-08-14"]
    assert main(args) == 0
    data = status(capsys, coord)
    by_number = {i["number"]: i for i in data["indicators"]}
    assert by_number[14]["assessed_level"] == 1  # level 2 sent back: only level 1 stands
    assert by_number[14]["assessed_basis"] == "estimate"
    assert by_number[20]["assessed_level"] == 1.26 and by_number[20]["assessed_basis"] == "nilai"
    assert by_number[2]["assessed_level"] == 3  # everything accepted
    assert by_number[5]["assessed_basis"] == "not_assessed"
    outcomes = {(o["level"], o["number"]): o for o in by_number[14]["item_outcomes"]}
    assert outcomes[(2, 1)]["status"] == "revisi"
    assert outcomes[(2, 1)]["note"] == "Topologi belum mencakup DRC"
    assert outcomes[(3, 1)]["status"] == "ditolak otomatis"
    assert outcomes[(3, 1)]["blocked_by_level"] == 2
    # the assessed index by hand: claimed values, with 14 and 20 as assessed
    weights = {i.number: i.weight for i in pemdi2026.indicators}
    values = {n: Decimal(str(i["value"])) for n, i in by_number.items()}
    values[14], values[20] = Decimal(1), Decimal("1.26")
    expected = sum(weights[n] * v for n, v in values.items()) / sum(weights.values())
    assert data["assessed_index"] == pytest.approx(float(expected))
    assert data["assessed_display"] == f"{expected:.2f}"
    assert data["assessed_index"] < data["index"]
    # the gap, by the weight it costs: indicator 20 (15 %) before 14 (5 %)
    assert [g["indicator"] for g in data["assessment_gaps"]] == [20, 14]
    assert data["assessment_gaps"][0]["cost"] == pytest.approx(
        float((3 - Decimal("1.26")) * 15 / 100)  # 20 is Kominfo's: claimed 3
    )


def test_semicolon_csv_rounds_and_history(tmp_path, coord, capsys):
    first = tmp_path / "dokumen.csv"
    first.write_text(
        "\ufeffIndikator;Level;Butir;Status;Catatan;Nilai\n"
        "14;1;;diterima;;\n14;2;1;belum diunggah;berkas kosong;\n",
        encoding="utf-8",
    )
    assert (
        main(["coord", "assessor", str(coord), "--from", str(first), "--date", "2026-08-01"]) == 0
    )
    second = tmp_path / "interviu.csv"
    second.write_text(
        "Indikator,Level,Butir,Status,Catatan\n14,2,1,diterima,dibawa saat interviu\n"
    )
    args = ["coord", "assessor", str(coord), "--from", str(second), "--round", "interviu"]
    assert main([*args, "--date", "2026-09-02"]) == 0
    data = status(capsys, coord)
    i14 = next(i for i in data["indicators"] if i["number"] == 14)
    latest = {(o["level"], o["number"]): o for o in i14["item_outcomes"]}
    assert latest[(2, 1)]["status"] == "diterima" and latest[(2, 1)]["round"] == "interviu"
    assert [r["round"] for r in data["assessment_rounds"]] == ["dokumen", "interviu"]
    with Workspace.open(coord, read_only=True) as ws:
        history = [(r.kind, v.status) for r, v in verdict_history(ws, "I14") if v.level == 2]
    assert history == [("dokumen", "belum diunggah"), ("interviu", "diterima")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "Indikator;Level;Butir;Status\n14;1;1;diterima\n14;2;1;terima\n",
            "baris 3: status 'terima' tidak dikenal; pakai diterima, revisi, tidak tepat, "
            "belum diunggah, ditolak otomatis",
        ),
        ("Indikator;Level;Butir;Status\n14;1;1;diterima\n14;1;9;revisi\n", "baris 3:"),
        ("Indikator;Level;Status;Nilai\n14;1;diterima;\n14;;;7\n", "baris 3:"),
        ("Indikator;Level;Status\n14;1;diterima\n77;1;diterima\n", "baris 3:"),
    ],
)
def test_a_bad_row_refuses_the_file_and_changes_nothing(tmp_path, coord, capsys, content, message):
    sheet = tmp_path / "salah.csv"
    sheet.write_text(content, encoding="utf-8")
    with sqlite3.connect(coord) as db:
        log_before = db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    capsys.readouterr()
    assert main(["coord", "assessor", str(coord), "--from", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    with sqlite3.connect(coord) as db:
        assert db.execute("SELECT COUNT(*) FROM assessor_rounds").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM item_verdicts").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == log_before


def test_bad_round_and_date_are_refused(tmp_path, coord, capsys):
    sheet = tmp_path / "a.csv"
    sheet.write_text("Indikator;Level;Status\n14;1;diterima\n")
    assert main(["coord", "assessor", str(coord), "--from", str(sheet), "--round", "rapat"]) == 1
    assert main(["coord", "assessor", str(coord), "--from", str(sheet), "--date", "14/08"]) == 1
    with Workspace.open(coord, read_only=True) as ws:
        assert rounds(ws) == []


def test_an_opd_rehearses_with_its_internal_team(tmp_path, capsys, pemdi2026):
    ws = Workspace.create(
        tmp_path / "opd.spbews", opd_name="Dinas Kominfo", instrument=pemdi2026, period=2026
    )
    ws.set_answer(1, level=2, justification="")
    ws.close()
    sheet = tmp_path / "internal.csv"
    sheet.write_text("Indikator;Level;Status;Catatan\n1;1;diterima;\n1;2;revisi;SK belum ada\n")
    assert main(["assessor", str(tmp_path / "opd.spbews"), "--from", str(sheet)]) == 0
    assert "Indeks hasil penilaian: 1,00" in capsys.readouterr().out
    with Workspace.open(tmp_path / "opd.spbews", read_only=True) as opened:
        assert [r.kind for r in rounds(opened)] == ["mandiri"]
    assert main(["status", str(tmp_path / "opd.spbews"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["indicators"][0]
    assert first["assessed_level"] == 1 and first["assessed_basis"] == "estimate"
    by_level = {(o["level"], o["status"]) for o in first["item_outcomes"]}
    assert by_level == {(1, "diterima"), (2, "revisi")}  # a blank Butir: every item
    assert data["assessed_index"] == 1.0
    # a coordinator's command on an OPD workspace, and the other way round, are refused
    assert main(["coord", "assessor", str(tmp_path / "opd.spbews"), "--from", str(sheet)]) == 1


def test_a_schema_4_workspace_gains_the_verdict_tables_and_keeps_a_copy(tmp_path, pemdi2026):
    path = tmp_path / "lama.spbews"
    Workspace.create(path, opd_name="Dinas", instrument=pemdi2026, period=2026).close()
    with sqlite3.connect(path) as db:  # as the previous version wrote it
        for table in ("item_verdicts", "indicator_verdicts", "assessor_rounds"):
            db.execute(f"DROP TABLE {table}")
        db.execute("PRAGMA user_version = 4")
    db.close()
    original = path.read_bytes()
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert rounds(ws) == []
    copy = path.with_name("lama.skema-4.spbews")
    assert copy.read_bytes() == original


def test_interview_pack_lists_each_indicator_with_its_verdicts(tmp_path, coord, capsys):
    from pypdf import PdfReader

    sheet = tmp_path / "dokumen.csv"
    sheet.write_text(
        "Indikator;Level;Butir;Status;Catatan;Nilai\n"
        "14;1;;diterima;;\n14;2;1;revisi;Topologi belum mencakup DRC;\n"
        "14;3;;ditolak otomatis;;\n9;1;1;diterima;;1,5\n"
    )
    args = ["coord", "assessor", str(coord), "--from", str(sheet), "--date", "2026-08-14"]
    assert main(args) == 0
    # after the verdict the coordinator decides indicator 14: the pack says so
    assert main(["coord", "decide", str(coord), "14", "--level", "1", "--reason", "asesor"]) == 0
    out = tmp_path / "interviu.pdf"
    assert main(["coord", "interview", str(coord), "--out", str(out)]) == 0
    pages = PdfReader(out).pages
    words = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Bahan Interviu Evaluasi" in words and "2026-08-14" in words
    # portal order, every indicator
    at = [words.index(f"{n}. Tingkat") for n in (1, 9, 14)]
    assert at == sorted(at)
    assert "Topologi belum mencakup DRC" in words
    assert "perbaiki dulu level 2" in words
    assert "1,50 (nilai asesor)" in words
    since = words[words.index("14. Tingkat") :]
    assert "Sejak putusan 2026-08-14:" in since and "keputusan koordinator dicatat" in since
    assert not list(tmp_path.glob("*.part"))


def test_the_consolidated_report_and_workbook_show_the_assessed_index(tmp_path, coord, capsys):
    from pypdf import PdfReader

    sheet = tmp_path / "dokumen.csv"
    sheet.write_text("Indikator;Level;Butir;Status;Nilai\n14;1;;diterima;\n20;1;1;diterima;1,26\n")
    assert main(["coord", "assessor", str(coord), "--from", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["coord", "status", str(coord)]) == 0
    shown = capsys.readouterr().out
    assert "Hasil asesor:" in shown and "(2 dari 20 indikator dinilai)" in shown
    pdf, book = tmp_path / "lap.pdf", tmp_path / "lap.xlsx"
    assert main(["coord", "report", str(coord), "--out", str(pdf), "--xlsx", str(book)]) == 0
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Hasil penilaian asesor" in words and "Selisih klaim dan hasil asesor" in words
    rows = list(load_workbook(book)["Penilaian asesor"].iter_rows(min_row=2, values_only=True))
    by_number = {r[0]: r for r in rows}
    assert by_number[20][2:5] == (3, 1.26, "nilai asesor")
    assert by_number[14][3:5] == (1, "perkiraan") and by_number[14][6] == 0.1
    assert by_number[1][4] == "belum dinilai"


def test_a_schema_4_file_from_the_previous_version_takes_verdicts(tmp_path, capsys):
    import shutil
    from pathlib import Path

    path = tmp_path / "opd.spbews"
    shutil.copy(Path(__file__).parent / "fixtures" / "opd-schema4.spbews", path)
    original = path.read_bytes()
    capsys.readouterr()
    assert main(["status", str(path), "--json"]) == 0  # read through a migrated copy
    data = json.loads(capsys.readouterr().out)
    assert data["assessment_rounds"] == [] and path.read_bytes() == original
    sheet = tmp_path / "internal.csv"
    sheet.write_text("Indikator;Level;Butir;Status;Catatan\n14;1;2;revisi;tanpa tanggal\n")
    assert main(["assessor", str(path), "--from", str(sheet), "--date", "2026-07-01"]) == 0
    assert path.with_name("opd.skema-4.spbews").read_bytes() == original
    capsys.readouterr()
    assert main(["status", str(path), "--json"]) == 0
    i14 = next(i for i in json.loads(capsys.readouterr().out)["indicators"] if i["number"] == 14)
    assert i14["item_outcomes"] == [
        {
            "level": 1,
            "number": 2,  # the OPD's own item, numbered after the pack's
            "status": "revisi",
            "note": "tanpa tanggal",
            "round": "mandiri",
            "date": "2026-07-01",
            "blocked_by_level": None,
        }
    ]
