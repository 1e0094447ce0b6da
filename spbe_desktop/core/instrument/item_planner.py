"""Planning on the supported index: the fewest evidence items to add to reach a target.

Each indicator can go up step by step from its supported value; a step to level L costs the items
in use of the levels up to L that still have no evidence (a level with no item in use cannot be
proven, so it ends that indicator's steps). Unlike the claimed-level planner, steps cost
differently, so the choice is an exact multiple-choice knapsack over the weight gained: the fewest
items, then the fewest steps. The target is met when the *shown* (half-up) index reaches it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from .pack import Instrument
from .planner import _num
from .scoring import round_half_up


class Step(NamedTuple):
    """Raising one indicator's supported value: the items that need evidence for it."""

    indicator: int
    id: str
    level_from: Decimal
    level_to: Decimal
    items: tuple[tuple[int, int], ...]  # (level, item number), in portal order
    claim_raise: bool  # the claimed level must go up as well


class ItemPlan(NamedTuple):
    target: Decimal
    reachable: bool
    steps: tuple[Step, ...]
    index_before: Decimal
    index_after: Decimal
    decimals: int

    @property
    def items_to_add(self) -> int:
        return sum(len(s.items) for s in self.steps)

    def as_json(self) -> dict:
        """The `spbe plan --json` shape, on the supported index, with the items per raise."""
        return {
            "basis": "supported",
            "target": float(self.target),
            "reachable": self.reachable,
            "raises": [
                {
                    "indicator": s.indicator,
                    "id": s.id,
                    "from": _num(s.level_from),
                    "to": _num(s.level_to),
                    "claim_raise": s.claim_raise,
                    "items": [{"level": lv, "number": n} for lv, n in s.items],
                }
                for s in self.steps
            ],
            "index": float(self.index_after),
            "index_display": str(round_half_up(self.index_after, self.decimals)),
            "index_before": float(self.index_before),
            "items_to_add": self.items_to_add,
            "steps": int(sum(s.level_to - s.level_from for s in self.steps)),
        }


class Ladder(NamedTuple):
    """What one indicator offers: its current supported value, its claim, and per level above
    it the items still missing (None: the level has no item in use)."""

    value: Decimal
    claimed: Decimal
    missing: Mapping[int, Sequence[tuple[int, int]] | None]


def plan_items(
    instrument: Instrument,
    ladders: Mapping[str, Ladder],
    fixed: Mapping[str, Decimal],
    target: Decimal,
) -> ItemPlan:
    """`ladders`: indicators that can rise; `fixed`: the values of the others (locked, valued
    from another index). Indicators in neither count at the lowest level."""
    floor = Decimal(instrument.level_min)
    total = instrument.weights_total
    current = {
        i.id: ladders[i.id].value if i.id in ladders else fixed.get(i.id, floor)
        for i in instrument.indicators
    }
    weighted = sum((i.weight * current[i.id] for i in instrument.indicators), Decimal(0))
    threshold = target - Decimal(5).scaleb(-instrument.decimals - 1)
    need = threshold * total - weighted
    options = {
        i.id: _options(instrument, ladders[i.id]) for i in instrument.indicators if i.id in ladders
    }
    chosen = _knapsack(instrument, options, need) if need > 0 else {}
    reachable = need <= 0 or chosen is not None
    if chosen is None:  # not reachable: take every step there is
        chosen = {ind_id: opts[-1] for ind_id, opts in options.items() if opts}
    steps = []
    after = weighted
    for ind in instrument.indicators:
        option = chosen.get(ind.id)
        if option is None or option[0] == 0:
            continue
        k, items = option
        ladder = ladders[ind.id]
        to = ladder.value + k
        steps.append(Step(ind.number, ind.id, ladder.value, to, items, to > ladder.claimed))
        after += ind.weight * k
    return ItemPlan(
        target, reachable, tuple(steps), weighted / total, after / total, instrument.decimals
    )


def _options(instrument: Instrument, ladder: Ladder) -> list[tuple[int, tuple]]:
    """(steps up, items needed) for 0, 1, 2, … steps while the levels can be proven."""
    result: list[tuple[int, tuple]] = [(0, ())]
    items: list[tuple[int, int]] = []
    for level in range(int(ladder.value) + 1, instrument.level_max + 1):
        missing = ladder.missing.get(level, ())
        if missing is None:
            break
        items.extend(missing)
        result.append((level - int(ladder.value), tuple(items)))
    return result


def _knapsack(
    instrument: Instrument, options: Mapping[str, list[tuple[int, tuple]]], need: Decimal
) -> dict[str, tuple[int, tuple]] | None:
    weights = {i.id: i.weight for i in instrument.indicators if i.id in options}
    scale = 10 ** max((-w.as_tuple().exponent for w in weights.values()), default=0)
    units = {k: int(w * scale) for k, w in weights.items()}
    step = math.gcd(*units.values()) if units else 1
    units = {k: u // step for k, u in units.items()}
    goal = math.ceil(need * scale / step)
    best: dict[int, tuple[int, int]] = {0: (0, 0)}  # gain (capped) → (items, steps)
    trail: list[tuple[str, dict[int, tuple[int, int]]]] = []  # per indicator: gain → (prev, k)
    for ind_id, opts in options.items():
        nxt: dict[int, tuple[int, int]] = {}
        back: dict[int, tuple[int, int]] = {}
        for gain, (cost, steps) in best.items():
            for index, (k, items) in enumerate(opts):
                g = min(goal, gain + k * units[ind_id])
                candidate = (cost + len(items), steps + k)
                if g not in nxt or candidate < nxt[g]:
                    nxt[g] = candidate
                    back[g] = (gain, index)
        best = nxt
        trail.append((ind_id, back))
    if goal not in best:
        return None
    chosen = {}
    gain = goal
    for ind_id, back in reversed(trail):
        gain, index = back[gain]
        chosen[ind_id] = options[ind_id][index]
    return chosen
