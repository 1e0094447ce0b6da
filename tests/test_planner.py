import itertools
import json
import subprocess
import sys
from decimal import Decimal

from spbe_desktop.core.instrument.planner import plan_to_target
from spbe_desktop.core.instrument.scoring import score


def all_at(instrument, level):
    return {i.id: Decimal(level) for i in instrument.indicators}


def test_from_two_to_three_takes_the_heaviest_first(spbe2020):
    values = all_at(spbe2020, 2)
    plan = plan_to_target(spbe2020, values, Decimal("3.00"))
    assert plan.reachable
    assert plan.index_after >= Decimal(3) > plan.index_before
    after = dict(values)
    for r in plan.raises:
        after[r.id] = r.level_to
    assert score(spbe2020, after).index == plan.index_after
    # The A8 services (3 %) go up before anything lighter.
    weights = sorted((spbe2020.indicator(r.id).weight for r in plan.raises), reverse=True)
    assert weights[0] == Decimal("3.00")
    assert plan.steps == len(plan.raises) or plan.steps > len(plan.raises)


def test_plan_is_minimal_against_brute_force(pemdi2026):
    values = all_at(pemdi2026, 2)
    target = Decimal("2.40")
    plan = plan_to_target(pemdi2026, values, target)
    weights = [i.weight for i in pemdi2026.indicators if i.external is None]
    need = target * 100 - sum(i.weight * 2 for i in pemdi2026.indicators)
    # Each indicator can go up three times (2 → 5): try every multiset of raises, smallest first.
    best = min(
        n
        for n in range(1, 8)
        if any(
            sum(weights[k] for k in combo) >= need
            for combo in itertools.combinations_with_replacement(range(len(weights)), n)
            if max(combo.count(k) for k in set(combo)) <= 3
        )
    )
    assert plan.steps == best


def test_locked_and_external_indicators_stay(spbe2020, pemdi2026):
    plan = plan_to_target(spbe2020, all_at(spbe2020, 2), Decimal("2.20"), locked=["I42", "I43"])
    assert not {"I42", "I43"} & {r.id for r in plan.raises}
    plan = plan_to_target(pemdi2026, all_at(pemdi2026, 1), Decimal("4.90"))
    assert not {"I05", "I06", "I07", "I18"} & {r.id for r in plan.raises}
    assert not plan.reachable
    assert plan.index_after == (Decimal(86) * 5 + Decimal(14)) / 100


def test_already_there_needs_nothing(spbe2020):
    plan = plan_to_target(spbe2020, all_at(spbe2020, 4), Decimal("3.00"))
    assert plan.reachable and plan.raises == ()


def test_cli_plan_json(tmp_path):
    ws = tmp_path / "kab.spbews"
    run = [sys.executable, "-m", "spbe_desktop.cli"]
    subprocess.run([*run, "init", ws, "--opd", "Diskominfo", "--period", "2025"], check=True)
    for n in range(1, 48):
        subprocess.run(
            [*run, "answer", ws, str(n), "--level", "2"], check=True, capture_output=True
        )
    out = subprocess.run(
        [*run, "plan", ws, "--target", "3.00", "--json", "--lock", "45,46"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out)
    assert data["target"] == 3.0 and data["reachable"] and data["index"] >= 3.0
    assert {"indicator", "from", "to"} <= set(data["raises"][0])
    assert not {45, 46} & {r["indicator"] for r in data["raises"]}
    bad = subprocess.run([*run, "plan", ws, "--target", "7"], capture_output=True, text=True)
    assert bad.returncode == 2
