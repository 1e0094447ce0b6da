from decimal import Decimal

import pytest

from spbe_desktop.core.instrument.scoring import round_half_up, score


def uniform(instrument, level):
    return {i.id: Decimal(level) for i in instrument.indicators}


def levels_for_index(instrument, target: Decimal) -> dict[str, Decimal]:
    """Integer levels whose weighted index is exactly `target` (found by dynamic programming)."""
    unit = Decimal("0.05")
    goal = int(target * instrument.weights_total / unit)
    reachable = {0: {}}
    for ind in instrument.indicators:
        step = int(ind.weight / unit)
        nxt = {}
        for total, chosen in reachable.items():
            for level in range(instrument.level_min or 1, instrument.level_max + 1):
                t = total + step * level
                if t <= goal and t not in nxt:
                    nxt[t] = {**chosen, ind.id: Decimal(level)}
        reachable = nxt
    assert goal in reachable, f"no combination of levels gives {target}"
    return reachable[goal]


@pytest.mark.parametrize("pack", ["spbe2020", "pemdi2026"])
def test_uniform_levels_give_known_index_and_predicate(pack, request):
    inst = request.getfixturevalue(pack)
    expected = {1: "Kurang", 3: "Baik", 5: "Memuaskan"}
    for level, predicate in expected.items():
        result = score(inst, uniform(inst, level))
        assert result.index == Decimal(level)
        assert result.index_display == f"{level}.00"
        assert result.predicate.name == predicate
        assert all(a.index == Decimal(level) for a in result.aspects)


@pytest.mark.parametrize(
    ("pack", "index", "predicate"),
    [
        ("spbe2020", "2.60", "Baik"),
        ("spbe2020", "2.59", "Cukup"),
        ("spbe2020", "4.20", "Memuaskan"),
        ("spbe2020", "1.80", "Cukup"),
        ("pemdi2026", "2.50", "Baik"),
        ("pemdi2026", "2.49", "Cukup"),
        ("pemdi2026", "4.00", "Memuaskan"),
        ("pemdi2026", "3.50", "Sangat Baik"),
    ],
)
def test_band_edges_are_exact(pack, index, predicate, request):
    inst = request.getfixturevalue(pack)
    values = levels_for_index(inst, Decimal(index))
    result = score(inst, values)
    assert result.index == Decimal(index)
    assert result.index_display == index
    assert result.predicate.name == predicate


def test_binary_floating_point_would_have_missed_the_edge(spbe2020):
    values = levels_for_index(spbe2020, Decimal("2.60"))
    as_float = sum(float(i.weight) * float(values[i.id]) for i in spbe2020.indicators) / 100
    exact = score(spbe2020, values)
    assert exact.index == Decimal("2.6")
    # Whatever float gives, the exact sum decides the band.
    assert exact.predicate.name == "Baik"
    assert abs(as_float - 2.6) < 1e-9


def test_shown_figure_and_predicate_agree_when_rounding_up(spbe2020):
    assert round_half_up(Decimal("2.595"), 2) == Decimal("2.60")
    assert spbe2020.predicate_for(round_half_up(Decimal("2.595"), 2)).name == "Baik"
    assert spbe2020.predicate_for(round_half_up(Decimal("2.5949"), 2)).name == "Cukup"


def test_provisional_index_renormalises_weights(spbe2020):
    first_aspect = spbe2020.aspects[0]
    values = {i.id: Decimal(4) for i in spbe2020.indicators_of_aspect(first_aspect.id)}
    result = score(spbe2020, values)
    assert result.index is None and result.index_display is None
    assert result.provisional_index == Decimal(4)
    assert result.predicate.name == "Sangat Baik"
    assert result.aspects[0].index == Decimal(4) and result.aspects[0].complete
    assert result.aspects[1].index is None


def test_domain_index_is_weighted_by_aspects(spbe2020):
    values = uniform(spbe2020, 2)
    for ind in spbe2020.indicators_of_aspect("A7"):
        values[ind.id] = Decimal(4)
    result = score(spbe2020, values)
    d4 = next(d for d in result.domains if d.id == "D4")
    # (27.5 × 4 + 18 × 2) / 45.5
    assert d4.index == (Decimal("27.5") * 4 + Decimal(18) * 2) / Decimal("45.5")
    assert result.index == (Decimal(200) + Decimal("27.5") * 2) / 100


def test_nothing_answered(spbe2020):
    result = score(spbe2020, {})
    assert result.answered == 0
    assert result.provisional_index is None
    assert result.predicate is None
