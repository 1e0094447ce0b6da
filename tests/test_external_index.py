"""Pemdi indicators 5, 6, 7 and 18 are valued from other agencies' indices. While a score is
missing the indicator is not answered, yet it counts as 1 in every index figure — as the
assessors do (fact sheet pemdi-2026 §1.2) — with a mark wherever the figure appears. The index,
its predicate, the planner, both PDFs, the consolidation, the CLI, the JSON and the GUI agree.

The workspace: every indicator that takes a level at level 3, no external score. Before, the
status said 3.00 (over the answered ones) while the planner said 2.72 (missing scores at 1).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from spbe_desktop.core.instrument.planner import plan_to_target
from spbe_desktop.core.instrument.scoring import score
from spbe_desktop.core.workspace.workspace import Workspace

EXTERNAL = (5, 6, 7, 18)
MARK_ID = "nilai 1 dipakai sampai skor"
MARK_EN = "value 1 is used until the"


def spbe(*args, lang="id", ok=True):
    result = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": lang},
        stdin=subprocess.DEVNULL,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    return result.stdout


def all_at_three(ws: Workspace) -> None:
    for ind in ws.instrument.indicators:
        if ind.external is None:
            ws.set_answer(ind.number, level=3, justification="Bukti tersedia.")


@pytest.fixture
def pemdi_ws(tmp_path, pemdi2026) -> Path:
    path = tmp_path / "bappeda.spbews"
    with Workspace.create(path, opd_name="Bappeda", instrument=pemdi2026, period=2026) as ws:
        all_at_three(ws)
    return path


# The rule in the core ---------------------------------------------------------------------------


def test_missing_scores_count_as_one_but_are_not_answered(pemdi2026):
    values = {i.id: Decimal(3) for i in pemdi2026.indicators if i.external is None}
    result = score(pemdi2026, values)
    assert result.answered == 16 and result.total == 20
    assert [pemdi2026.indicator(i).number for i in result.assumed] == list(EXTERNAL)
    assert result.index == result.provisional_index == Decimal("2.72")
    assert result.complete and result.index_display == "2.72" and result.predicate.name == "Baik"
    aspects = {g.id: g for g in result.aspects}
    assert aspects["A3"].index == (Decimal(5 + 3 + 3) + 4 * 3) / 15  # I5–I7 at 1, I8 at 3
    assert aspects["A3"].assumed == ("I05", "I06", "I07")
    assert aspects["A1"].assumed == ()

    # A score given: the indicator is answered and worth its converted value.
    values["I05"] = pemdi2026.indicator(5).external.value_for(Decimal(25))
    result = score(pemdi2026, values)
    assert result.answered == 17 and "I05" not in result.assumed
    assert result.index == (Decimal(86) * 3 + 5 * 2 + 9) / 100

    # The index waits for the indicators that take a level, not for the external scores.
    del values["I01"]
    assert score(pemdi2026, values).index is None
    assert score(pemdi2026, {}).provisional_index is None  # nothing answered: no figure yet


def test_planner_agrees_and_compares_the_shown_index(pemdi2026):
    values = {i.id: Decimal(3) for i in pemdi2026.indicators if i.external is None}
    plan = plan_to_target(pemdi2026, values, Decimal("2.72"))
    assert plan.reachable and plan.raises == () and plan.index_before == Decimal("2.72")
    assert plan.as_json()["assumed"] == list(EXTERNAL)

    # A raw 2.595 is shown as 2.60, and a shown 2.60 meets a target of 2.60.
    levels = {20: 5, 19: 4, 8: 3, 11: 3}
    values = {
        i.id: Decimal(levels.get(i.number, 2)) for i in pemdi2026.indicators if i.external is None
    }
    values["I18"] = pemdi2026.indicator(18).external.value_for(Decimal("1.5"))
    assert score(pemdi2026, values).index == Decimal("2.595")
    plan = plan_to_target(pemdi2026, values, Decimal("2.60"))
    assert plan.reachable and plan.raises == ()
    assert plan.as_json()["index"] == 2.595 and plan.as_json()["index_display"] == "2.60"
    plan = plan_to_target(pemdi2026, values, Decimal("2.61"))
    assert plan.reachable and plan.steps == 1  # one raise of the lightest kind reaches 2.61+


# CLI text and JSON ------------------------------------------------------------------------------


def test_status_and_plan_agree(pemdi_ws):
    data = json.loads(spbe("status", pemdi_ws, "--json"))
    assert data["answered"] == 16 and data["indicators_total"] == 20
    assert data["index"] == 2.72 and data["index_display"] == "2.72"
    assert data["provisional_index"] == 2.72 and data["predicate"] == "Baik"
    assert data["assumed_indicators"] == list(EXTERNAL)
    rows = {i["number"]: i for i in data["indicators"]}
    for number in EXTERNAL:
        assert rows[number]["value_assumed"] is True
        assert rows[number]["value"] == 1.0 and rows[number]["level"] is None
        assert MARK_ID in rows[number]["value_note"]
    assert rows[1]["value_assumed"] is False and rows[1]["value_note"] is None

    plan = json.loads(spbe("plan", pemdi_ws, "--target", "2.72", "--json"))
    assert plan["reachable"] and plan["raises"] == [] and plan["index"] == 2.72

    text = spbe("status", pemdi_ws)
    assert "Indeks: 2,72*" in text and MARK_ID in text and "3,00 " not in text.split("\n")[2]
    lines = {line.split()[0]: line for line in text.splitlines() if line.strip()}
    assert "1,00*" in lines["5"] and "1,00*" in lines["18"] and "*" not in lines["1"]
    assert MARK_EN in spbe("status", pemdi_ws, lang="en")
    plan_text = spbe("plan", pemdi_ws, "--target", "2.72")
    assert "2,72" in plan_text and MARK_ID in plan_text


# Both PDFs, the consolidation and the workbook ----------------------------------------------------


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_summary_pdf_marks_the_assumed_values(pemdi_ws):
    from spbe_desktop.core.report.summary import build_summary
    from spbe_desktop.core.snapshot import read_snapshot

    with Workspace.open(pemdi_ws, read_only=True) as ws:
        snapshot = read_snapshot(ws)
    text = " ".join(pdf_text(build_summary(snapshot, lang="id")).split())
    english = " ".join(pdf_text(build_summary(snapshot, lang="en")).split())
    assert "2,72" in text and "3,00 " not in text.split("Predikat")[1][:40]
    assert "sementara" not in text.split("Predikat")[1][:60]  # the index is final
    assert text.count(MARK_ID) >= 4  # one footnote per indicator with a missing score
    assert "Indeks Satu Data Indonesia (SDI) tersedia" in text
    assert MARK_EN in english


@pytest.fixture
def coordinator(tmp_path, pemdi2026, pemdi_ws) -> Path:
    """A coordinator holding the OPD's submitted answers (no external score anywhere)."""
    from spbe_desktop.core.coordinator.store import add_opd, create_coordinator, set_owner

    path = tmp_path / "provinsi.spbews"
    with create_coordinator(
        path, pemda_name="Provinsi Sulawesi Barat", instrument=pemdi2026, period=2026
    ) as coord:
        opd = add_opd(coord, "Bappeda")
        with coord.transaction() as conn:
            for ind in pemdi2026.indicators:
                if ind.external is None:
                    set_owner(coord, ind.id, opd)
                    conn.execute(
                        "INSERT INTO submitted_answers (opd_id, indicator_id, level, value, note) "
                        "VALUES (?, ?, 3, '3', '')",
                        (opd.id, ind.id),
                    )
    return path


def test_consolidation_and_reports(coordinator, tmp_path):
    from openpyxl import load_workbook

    from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf
    from spbe_desktop.core.coordinator.workbook import write_workbook

    data = json.loads(spbe("coord", "status", coordinator, "--json"))
    assert data["provisional"] is False and data["index"] == 2.72 and data["predicate"] == "Baik"
    assert data["assumed_indicators"] == list(EXTERNAL)
    assert data["ranking"][0]["index"] == 2.72
    rows = {i["number"]: i for i in data["indicators"]}
    assert rows[5]["source"] == "assumed" and rows[5]["value"] == 1.0
    assert rows[5]["value_assumed"] is True and rows[1]["value_assumed"] is False
    plan = json.loads(spbe("plan", coordinator, "--target", "2.72", "--json"))
    assert plan["reachable"] and plan["raises"] == []
    text = spbe("coord", "status", coordinator)
    assert "Indeks: 2,72*" in text and MARK_ID in text

    with Workspace.open(coordinator, read_only=True) as ws:
        pdf = write_consolidated_pdf(ws, tmp_path / "konsolidasi.pdf", "id")
        book = write_workbook(ws, tmp_path / "konsolidasi.xlsx", "id")
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "2,72" in text and MARK_ID in text and "sementara" not in text
    sheets = load_workbook(book)
    summary = {r[0]: r[1] for r in sheets["Ringkasan"].iter_rows(values_only=True)}
    assert summary["Indeks Pemerintah Digital (Indeks Pemdi)"] == 2.72
    assert any(MARK_ID in str(v) for v in summary.values())
    indicators = list(sheets["Indikator"].iter_rows(values_only=True))
    assert indicators[5][4] == 1.0 and MARK_ID in indicators[5][5]  # value, and why


# The GUI ----------------------------------------------------------------------------------------


def test_gui_marks(main_window, pemdi_ws, coordinator):
    window = main_window
    assert window.open_path(pemdi_ws)
    assert "2,72" in window.index_label.text() and "sementara" not in window.index_label.text()
    assert MARK_ID in window.index_label.toolTip()
    window.show_indicator("I05")
    page = window.page
    assert MARK_ID in page.ui.convertedLabel.text() and "Indeks Satu Data" in (
        page.ui.convertedLabel.text()
    )
    window.actions_by_key["overview"].trigger()
    overview = window.overview
    assert MARK_ID in overview.ui.summaryLabel.text()
    row = next(r for r, (_k, gid, _b) in enumerate(overview._rows) if gid == "A3")
    item = overview.ui.table.item(row, 3)
    assert item.text().endswith("*") and MARK_ID in item.toolTip()

    assert window.open_path(coordinator)
    view = window.coordinator.view
    assert "2,72" in window.index_label.text() and MARK_ID in window.index_label.toolTip()
    matrix = view.ui.matrixTable
    rows = {view.matrix.rows[r].number: r for r in range(matrix.rowCount())}
    value = matrix.item(rows[5], 2)
    assert value.text() == "1,00*" and MARK_ID in value.toolTip()
    assert view.ui.rankingTable.item(0, 2).text().startswith("2,72")
