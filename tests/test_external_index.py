"""Pemdi indicators 5, 6, 7 and 18 are valued from other agencies' indices. While a score is
missing the indicator is not answered, yet it counts as 1 in every index figure — as the
assessors do (fact sheet pemdi-2026 §1.2) — with a mark wherever the figure appears. The index,
its predicate, the planner, the consolidation, the CLI and the JSON agree.

The workspace: every indicator that takes a level at level 3, no external score. Before, the
status said 3.00 (over the answered ones) while the planner said 2.72 (missing scores at 1).
"""

from __future__ import annotations

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
