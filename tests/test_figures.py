"""One figure, one rule: every place that shows an index, aspect, domain or indicator value rounds
half-up to two decimals — a raw 2.625 is 2,63 in Indonesian and 2.63 in English and JSON, never
2,62 — in the CLI, the JSON, the GUI, both PDFs and the workbook.

The workspace below holds exact ties (x.xx5): the Pemdi index is 2.625, aspect A6 is 2.025,
indicator 5 is worth 2.625 (SDI 40.625) and indicator 18 is worth 2.125.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from spbe_desktop.core.figures import figure, rounded
from spbe_desktop.core.instrument.scoring import score
from spbe_desktop.core.workspace.workspace import Workspace

SCORES = {5: "40.625", 6: "2", 7: "2", 18: "2.125"}  # external scores: values 2.625, 2, 2, 2.125
LEVELS = {8: 3, 19: 3, 20: 5}  # every other indicator: level 2
EARLIER = "2.005"  # a published figure of an earlier period, typed with three decimals


def tie_values(ws: Workspace) -> None:
    for ind in ws.instrument.indicators:
        if ind.number in SCORES:
            ws.set_answer(ind.number, external_score=Decimal(SCORES[ind.number]))
        else:
            ws.set_answer(
                ind.number, level=LEVELS.get(ind.number, 2), justification="Bukti tersedia."
            )


@pytest.fixture
def tie_ws(tmp_path, pemdi2026) -> Path:
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(
        path, opd_name="Dinas Komunikasi dan Informatika", instrument=pemdi2026, period=2026
    ) as ws:
        tie_values(ws)
        result = score(ws.instrument, ws.values())
        aspects = {g.id: g.index for g in result.aspects}
    # The premise: the raw figures really are ties, which half-to-even would round down.
    assert result.index == Decimal("2.625")
    assert aspects["A6"] == Decimal("2.025")
    return path


@pytest.fixture
def tie_coordinator(tmp_path, tie_ws) -> Path:
    """A coordinator workspace holding that OPD's submitted values and an earlier period."""
    from spbe_desktop.core.coordinator.store import (
        add_earlier_result,
        add_opd,
        create_coordinator,
        set_owner,
    )

    with Workspace.open(tie_ws, read_only=True) as opd_ws:
        inst = opd_ws.instrument
        values = opd_ws.values()
    path = tmp_path / "kabupaten.spbews"
    with create_coordinator(
        path, pemda_name="Kabupaten Mamuju", instrument=inst, period=2026
    ) as coord:
        opd = add_opd(coord, "Dinas Komunikasi dan Informatika")
        with coord.transaction() as conn:
            for ind in inst.indicators:
                set_owner(coord, ind.id, opd)
                conn.execute(
                    "INSERT INTO submitted_answers (opd_id, indicator_id, level, external_score, "
                    "value, note) VALUES (?, ?, ?, ?, ?, '')",
                    (
                        opd.id,
                        ind.id,
                        LEVELS.get(ind.number, 2) if ind.number not in SCORES else None,
                        SCORES.get(ind.number),
                        str(values[ind.id]),
                    ),
                )
        add_earlier_result(coord, "2025", EARLIER, "LHE 2025")
    return path


def shows(text: str, wanted: str) -> bool:
    """`wanted` stands in `text` as a figure of its own (not inside 40,625 or 2,6250)."""
    return re.search(rf"(?<![\d.,]){re.escape(wanted)}(?![\d])", text) is not None


# The rule itself --------------------------------------------------------------------------------


def test_the_rule():
    assert figure(Decimal("2.625"), "id") == "2,63"
    assert figure(Decimal("2.625"), "en") == figure(Decimal("2.625")) == "2.63"
    assert figure(Decimal("2.615"), "id") == "2,62"  # half-up, not half-to-even (2,62 / 2,62)
    assert figure(2.675, "en") == "2.68"  # a float is read as written, not as 2.67499…
    assert figure(3, "id") == "3,00" and figure(None, "id") is None
    assert figure(Decimal("0.625"), "id", signed=True) == "+0,63"
    assert figure(Decimal("-0.625"), "en", signed=True) == "-0.63"
    assert figure(Decimal("-0.001"), "en", signed=True) == "0.00"
    assert rounded("2,005") == Decimal("2.01")


# CLI text and JSON ------------------------------------------------------------------------------


def spbe(*args, lang="id"):
    result = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": lang},
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_cli_text_and_json(tie_ws, tie_coordinator):
    text = spbe("status", tie_ws)
    assert re.search(r"Indeks: 2,63\b", text), text
    lines = {line.split()[0]: line for line in text.splitlines() if line.strip()}
    assert shows(lines["A6"], "2,03")
    assert shows(lines["5"], "2,63") and shows(lines["18"], "2,13")
    assert re.search(r"Index: 2\.63\b", spbe("status", tie_ws, lang="en"))

    data = json.loads(spbe("status", tie_ws, "--json"))
    assert data["index_display"] == data["provisional_display"] == "2.63"
    assert {a["id"]: a["index_display"] for a in data["aspects"]}["A6"] == "2.03"
    values = {i["number"]: i["value_display"] for i in data["indicators"]}
    assert (values[5], values[18], values[1]) == ("2.63", "2.13", "2.00")

    plan = spbe("plan", tie_ws, "--target", "2.6")
    assert shows(plan, "2,63") and not shows(plan, "2,62")
    assert json.loads(spbe("plan", tie_ws, "--target", "2.6", "--json"))["index_display"] == "2.63"

    coord = spbe("coord", "status", tie_coordinator)
    assert re.search(r"Indeks: 2,63\b", coord) and shows(coord, "2,63")
    data = json.loads(spbe("coord", "status", tie_coordinator, "--json"))
    assert data["index_display"] == "2.63"
    assert data["ranking"][0]["index_display"] == "2.63"
    assert data["opds"][0]["index_display"] == "2.63"
    assert {a["id"]: a["index_display"] for a in data["aspects"]}["A6"] == "2.03"
    assert data["earlier"][0]["index_display"] == "2.01"
    values = {i["number"]: i["value_display"] for i in data["indicators"]}
    assert (values[5], values[18]) == ("2.63", "2.13")


# Both PDFs and the workbook ---------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_summary_pdf(tie_ws):
    from spbe_desktop.core.report.summary import build_summary
    from spbe_desktop.core.snapshot import read_snapshot

    with Workspace.open(tie_ws, read_only=True) as ws:
        snapshot = read_snapshot(ws)
    text = pdf_text(build_summary(snapshot, lang="id"))
    english = pdf_text(build_summary(snapshot, lang="en"))
    assert shows(text, "2,63") and shows(text, "2,03") and shows(text, "2,13")
    for half_even in ("2,62", "2,02", "2,12"):
        assert not shows(text, half_even), half_even
    assert re.search(r"40,625\s*→\s*2,63", text)  # the SDI score as typed, its value as published
    assert shows(english, "2.63") and shows(english, "2.03") and not shows(english, "2.62")


def test_consolidated_pdf_and_workbook(tie_coordinator, tmp_path):
    from openpyxl import load_workbook

    from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf
    from spbe_desktop.core.coordinator.workbook import write_workbook

    with Workspace.open(tie_coordinator, read_only=True) as ws:
        pdf = write_consolidated_pdf(ws, tmp_path / "konsolidasi.pdf", "id")
        book = write_workbook(ws, tmp_path / "konsolidasi.xlsx", "id")
    text = pdf_text(pdf.read_bytes())
    assert shows(text, "2,63") and shows(text, "2,03") and shows(text, "2,01")
    for half_even_or_float in ("2,62", "2,02", "2.00"):
        assert not shows(text, half_even_or_float), half_even_or_float

    sheets = load_workbook(book)

    def column(sheet: str, header: str) -> list:
        rows = list(sheets[sheet].iter_rows(values_only=True))
        at = rows[0].index(header)
        return [row[at] for row in rows[1:]]

    summary = dict(sheets["Ringkasan"].iter_rows(values_only=True))
    assert summary["Indeks Pemerintah Digital (Indeks Pemdi)"] == 2.63
    assert column("Peringkat OPD", "Indeks") == [2.63]
    assert dict(zip(column("Aspek", "Kode"), column("Aspek", "Indeks"), strict=True))["A6"] == 2.03
    values = column("Indikator", "Nilai")
    assert (values[4], values[17]) == (2.63, 2.13)
    assert column("Matriks", "Dinas Komunikasi dan Informatika")[4] == 2.63
    assert column("Periode sebelumnya", "Indeks") == [2.01]
    assert sheets["Ringkasan"]["B5"].number_format == "0.00"


# The GUI -------------------------------------------------------------------------------------


def test_gui_opd_window(main_window, tie_ws, qtbot):
    window = main_window
    assert window.open_path(tie_ws)
    assert shows(window.index_label.text(), "2,63"), window.index_label.text()

    window.show_indicator("I05")
    assert window.page.ui.convertedLabel.text().startswith("2,63")
    window.show_indicator("I18")
    assert window.page.ui.convertedLabel.text().startswith("2,13")

    window.actions_by_key["overview"].trigger()
    overview = window.overview
    assert shows(overview.ui.summaryLabel.text(), "2,63")
    row = next(r for r, (_kind, gid, _b) in enumerate(overview._rows) if gid == "A6")
    assert overview.ui.table.item(row, 3).text().startswith("2,03")

    from spbe_desktop.ui.planner_dialog import PlannerDialog

    dialog = PlannerDialog(window, window.session.ws.instrument, window.session.ws.values(), "id")
    qtbot.addWidget(dialog)
    assert shows(dialog.ui.summaryLabel.text(), "2,63"), dialog.ui.summaryLabel.text()


def test_gui_coordinator_window(main_window, tie_coordinator):
    window = main_window
    assert window.open_path(tie_coordinator)
    view = window.coordinator.view
    assert shows(window.index_label.text(), "2,63"), window.index_label.text()
    assert shows(view.ui.indexBigLabel.text(), "2,63")

    matrix = view.ui.matrixTable
    rows = {view.matrix.rows[r].number: r for r in range(matrix.rowCount())}
    assert matrix.item(rows[5], 2).text().startswith("2,63")  # consolidated value
    assert matrix.item(rows[5], 5).text() == "2,63"  # the OPD's value
    assert matrix.item(rows[18], 5).text() == "2,13"

    ranking = view.ui.rankingTable
    assert ranking.item(0, 2).text() == "2,63"
    earlier = view.ui.earlierTable
    assert [earlier.item(r, 1).text() for r in range(2)] == ["2,01", "2,63"]
    assert earlier.item(1, 3).text() == "+0,62"  # the change between the two figures shown
