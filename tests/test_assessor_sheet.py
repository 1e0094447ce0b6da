"""The assessor sheet and the assessed-level rule, on real CSV and XLSX files."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from spbe_desktop.core.assessment.rule import (
    ESTIMATE,
    NOT_ASSESSED,
    VALUE,
    assessed_level,
    blocking_level,
    cumulative_level,
)
from spbe_desktop.core.assessment.sheet import parse_verdicts
from spbe_desktop.core.assessment.statuses import normalise_status
from spbe_desktop.core.assessment.template import TemplateRow, write_template
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.instrument.pack import pack_by_id
from spbe_desktop.core.workspace.answer_import import read_rows

PEMDI = pack_by_id("pemdi-2026")
IND1, IND14 = PEMDI.indicator(1).id, PEMDI.indicator(14).id
CATALOGUE = {IND1: {1: [1, 2], 2: [1], 3: [1]}, IND14: {1: [1], 2: [1, 2]}}


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> list:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_rows(path)


def test_semicolon_csv_with_bom_and_decimal_comma(tmp_path):
    rows = write(
        tmp_path,
        "asesor.csv",
        "Indikator;Level;Butir;Status;Catatan;Nilai\n"
        "1;1;1;Diterima;;\n"
        "1;1;2;TIDAK TEPAT;bukan SK yang berlaku;\n"
        "14;2;;revisi;topologi lama;1,26\n",
        "utf-8-sig",
    )
    sheet = parse_verdicts(PEMDI, CATALOGUE, rows)
    got = {(v.indicator_id, v.level, v.number): (v.status, v.note) for v in sheet.items}
    assert got == {
        (IND1, 1, 1): ("diterima", ""),
        (IND1, 1, 2): ("tidak tepat", "bukan SK yang berlaku"),
        (IND14, 2, 1): ("revisi", "topologi lama"),
        (IND14, 2, 2): ("revisi", "topologi lama"),
    }
    assert [(v.indicator_id, v.value) for v in sheet.values] == [(IND14, Decimal("1.26"))]


def test_comma_csv_with_quoted_decimal_comma_and_indicator_id(tmp_path):
    rows = write(
        tmp_path,
        "asesor.csv",
        f'Indikator,Level,Butir,Status,Catatan,Nilai\n{IND14},1,1,ditolak otomatis,,"2,5"\n',
    )
    sheet = parse_verdicts(PEMDI, CATALOGUE, rows)
    assert sheet.items[0].status == "ditolak otomatis"
    assert sheet.values[0].value == Decimal("2.5")


@pytest.mark.parametrize(
    ("line", "needle_id", "needle_en"),
    [
        (
            "1;1;1;terima;;",
            "baris 3: status 'terima' tidak dikenal; pakai diterima, revisi",
            "row 3",
        ),
        ("99;1;1;diterima;;", "baris 3:", "row 3:"),
        ("1;4;1;diterima;;", "baris 3: indikator 1 tidak punya level 4", "no level 4"),
        ("1;1;7;diterima;;", "baris 3: indikator 1 level 1 tidak punya butir 7", "no item 7"),
        ("1;1,5;1;diterima;;", "baris 3: level '1,5' harus bilangan bulat", "whole number"),
        ("1;;1;diterima;;", "baris 3: level '' harus bilangan bulat", "whole number"),
        ("1;1;1;diterima;;6", "baris 3: nilai 6 di luar 1 sampai 5", "outside"),
        ("1;1;1;diterima;;abc", "baris 3: nilai 'abc' bukan angka", "not a number"),
        ("1;1;1;revisi;;", "baris 3: butir 1 level 1 indikator 1 sudah berstatus", "row 2"),
    ],
)
def test_a_bad_row_refuses_the_file_naming_the_row(tmp_path, line, needle_id, needle_en):
    rows = write(
        tmp_path, "a.csv", f"Indikator;Level;Butir;Status;Catatan;Nilai\n1;1;1;diterima;;\n{line}\n"
    )
    with pytest.raises(InputError) as err:
        parse_verdicts(PEMDI, CATALOGUE, rows)
    assert needle_id in err.value.message("id")
    assert needle_en in err.value.message("en")


def test_missing_columns_and_empty_sheet_are_refused(tmp_path):
    with pytest.raises(InputError, match="Column names"):
        parse_verdicts(PEMDI, CATALOGUE, write(tmp_path, "a.csv", "No;Hasil\n1;ok\n"))
    with pytest.raises(InputError) as err:
        parse_verdicts(PEMDI, CATALOGUE, write(tmp_path, "b.csv", "Indikator;Level;Status\n1;1;\n"))
    assert err.value.code == "NO_VERDICTS"


def test_two_values_for_one_indicator_are_refused(tmp_path):
    rows = write(tmp_path, "a.csv", "Indikator;Nilai\n1;1,26\n1;1.26\n1;2\n")
    with pytest.raises(InputError, match="row 4"):
        parse_verdicts(PEMDI, CATALOGUE, rows)


def test_status_words_are_read_loosely_but_not_guessed():
    assert normalise_status("  Ditolak-Otomatis ") == "ditolak otomatis"
    assert normalise_status("BELUM_DIUNGGAH") == "belum diunggah"
    assert normalise_status("accepted") == "diterima"
    with pytest.raises(InputError):
        normalise_status("ok")


def test_template_round_trip_with_validation_lists(tmp_path):
    rows = [
        TemplateRow("Diskominfo", 1, "Tata kelola", 1, 1, "SK tim", "I1-L1-01.pdf"),
        TemplateRow("Diskominfo", 1, "Tata kelola", 1, 2, "Renstra", ""),
        TemplateRow("Diskominfo", 14, "Infrastruktur", 2, 1, "Topologi", "topologi.pdf"),
    ]
    out = write_template(rows, tmp_path / "t.xlsx", title="Uji", level_min=1, level_max=5)
    book = load_workbook(out)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]][:5] == [
        "OPD",
        "Indikator",
        "Nama indikator",
        "Level",
        "Butir",
    ]
    checks = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
    assert "diterima,revisi" in checks["H2:H4"].formula1
    assert checks["J2:J4"].type == "decimal"
    # an unfilled template holds no verdict
    with pytest.raises(InputError):
        parse_verdicts(PEMDI, CATALOGUE, read_rows(out))
    sheet["H2"], sheet["H3"], sheet["I3"], sheet["J3"] = "diterima", "Revisi", "tanpa cap", 1.26
    sheet["H4"] = "diterima"
    book.save(out)
    sheet_read = parse_verdicts(PEMDI, CATALOGUE, read_rows(out))
    assert {(v.level, v.number, v.status) for v in sheet_read.items} == {
        (1, 1, "diterima"),
        (1, 2, "revisi"),
        (2, 1, "diterima"),
    }
    assert sheet_read.values[0].value == Decimal("1.26")


LEVELS = {1: [1, 2], 2: [1], 3: [1, 2]}


def test_cumulative_rule_counts_up_from_level_one_without_skipping():
    accepted = {(1, 1): "diterima", (1, 2): "diterima", (2, 1): "diterima", (3, 1): "diterima"}
    assert cumulative_level(LEVELS, accepted) == 2  # level 3 item 2 not accepted
    accepted[(3, 2)] = "diterima"
    assert cumulative_level(LEVELS, accepted) == 3
    # level 1 not fully accepted: level 3's acceptance does not count, the minimum is 1
    accepted[(1, 2)] = "revisi"
    assert cumulative_level(LEVELS, accepted) == 1
    assert cumulative_level({1: [1], 2: [], 3: [1]}, {(1, 1): "diterima", (3, 1): "diterima"}) == 1


def test_assessed_level_prefers_the_value_then_the_estimate_then_the_claim():
    statuses = {(1, 1): "diterima", (1, 2): "diterima", (2, 1): "revisi"}
    assert assessed_level(LEVELS, statuses, Decimal("1.26"), Decimal(3)) == (Decimal("1.26"), VALUE)
    assert assessed_level(LEVELS, statuses, None, Decimal(3)) == (Decimal(1), ESTIMATE)
    got = assessed_level(LEVELS, {}, None, Decimal(3))
    assert got == (Decimal(3), NOT_ASSESSED) and not got.assessed


def test_an_auto_rejected_item_names_the_lower_level_to_fix_first():
    statuses = {
        (1, 1): "diterima",
        (1, 2): "diterima",
        (2, 1): "revisi",
        (3, 1): "ditolak otomatis",
    }
    assert blocking_level(LEVELS, statuses, 3) == 2
    assert blocking_level(LEVELS, statuses, 2) is None
    statuses[(1, 2)] = "belum diunggah"
    assert blocking_level(LEVELS, statuses, 3) == 1


def test_hostile_files_are_refused_in_one_sentence(tmp_path):
    fake = tmp_path / "bukan.xlsx"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputError) as err:
        read_rows(fake)
    assert err.value.code == "UNREADABLE_FILE"
    odd = tmp_path / "lama.csv"  # a spreadsheet saved by an old Excel: Windows-1252
    odd.write_bytes("Indikator;Level;Status;Catatan\n1;1;diterima;caf\xe9\n".encode("cp1252"))
    sheet = parse_verdicts(PEMDI, CATALOGUE, read_rows(odd))
    assert sheet.items[0].note == "café"
    wide = write(tmp_path, "w.csv", "Indikator;Level;Status\n" + "1;1;diterima\n" * 2000)
    assert len(parse_verdicts(PEMDI, CATALOGUE, wide).items) == 2  # the same verdict, once
    for bad in ("NaN", "Infinity", "1e400", "-0,5"):
        rows = write(tmp_path, "n.csv", f"Indikator;Nilai\n1;{bad}\n")
        with pytest.raises(InputError, match="row 2"):
            parse_verdicts(PEMDI, CATALOGUE, rows)


def test_verdicts_received_in_a_review_are_checked_not_trusted(tmp_path):
    from spbe_desktop.core.assessment.exchange import items_to_revise, take_in
    from spbe_desktop.core.assessment.store import latest_values, rounds
    from spbe_desktop.core.workspace.workspace import Workspace

    ws = Workspace.create(tmp_path / "o.spbews", opd_name="Dinas", instrument=PEMDI, period=2026)
    try:
        data = {
            "assessor_verdicts": [
                {"indicator": IND14, "level": 2, "item": 1, "status": "revisi", "note": "lama"},
                {"indicator": "I99", "level": 1, "item": 1, "status": "revisi"},
                {"indicator": IND14, "level": "x", "item": 1, "status": "revisi"},
                {"indicator": IND14, "level": 1, "item": 1, "status": "DROP TABLE"},
                "not an object",
            ],
            "assessor_values": [
                {"indicator": IND14, "value": "1.26", "round": "interviu", "date": "2026-09-02"},
                {"indicator": IND14, "value": "NaN"},
                {"indicator": IND14},
            ],
        }
        assert take_in(ws, data, "paket-1") == 1
        assert take_in(ws, data, "paket-1") == 1  # the same package again: still one copy
        assert sorted((r.kind, r.items, r.values) for r in rounds(ws)) == [
            ("dokumen", 1, 0),
            ("interviu", 0, 1),
        ]
        assert latest_values(ws)[IND14].value == Decimal("1.26")
        assert [(lv, n) for lv, n, _ in items_to_revise(ws)[IND14]] == [(2, 1)]
        assert take_in(ws, {"assessor_verdicts": "junk"}, "paket-2") == 0
    finally:
        ws.close()
