"""The target planner: the fewest level raises that lift the index to a target.

One level more on an indicator adds its weight / total weight to the index, whatever its current
level, so the biggest gain per step is always the heaviest indicator that can still go up. Taking
those first gives the smallest number of raises. Among equal weights the lowest level goes first:
in practice the next level up is easier to evidence from a low level than from a high one.
Indicators the person cannot raise (and those valued from another agency's index) are locked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.figures import figure, rounded

from .pack import Instrument
from .scoring import counted_values


class Raise(NamedTuple):
    indicator: int
    id: str
    level_from: Decimal
    level_to: Decimal


class Plan(NamedTuple):
    target: Decimal
    reachable: bool
    raises: tuple[Raise, ...]
    index_before: Decimal
    index_after: Decimal
    decimals: int
    assumed: tuple[int, ...] = ()  # indicators counted at their missing value (numbers)

    @property
    def steps(self) -> int:
        return int(sum(r.level_to - r.level_from for r in self.raises))

    def as_json(self) -> dict:
        """The `spbe plan --json` contract: {target, reachable, raises, index}."""
        return {
            "target": float(self.target),
            "reachable": self.reachable,
            "raises": [
                {
                    "indicator": r.indicator,
                    "id": r.id,
                    "from": _num(r.level_from),
                    "to": _num(r.level_to),
                }
                for r in self.raises
            ],
            "index": float(self.index_after),
            "index_display": figure(self.index_after, None, self.decimals),
            "index_before": float(self.index_before),
            "steps": self.steps,
            "assumed": list(self.assumed),
        }


def plan_to_target(
    instrument: Instrument,
    values: Mapping[str, Decimal],
    target: Decimal,
    locked: Iterable[str] = (),
) -> Plan:
    """Plan raises from the current values. An unanswered indicator counts at the lowest level;
    one valued from another agency's index without its score counts at its missing value (as in
    every index figure) and is never raised. The target is met when the index as shown (half-up,
    the pack's decimals) reaches it: a shown 2.60 meets a target of 2.60."""
    locked_ids = set(locked) | {i.id for i in instrument.indicators if i.external is not None}
    counted, assumed = counted_values(instrument, values)
    floor = Decimal(instrument.level_min)
    current = {i.id: counted.get(i.id, floor) for i in instrument.indicators}
    total = instrument.weights_total
    weighted = sum((i.weight * current[i.id] for i in instrument.indicators), Decimal(0))
    before = weighted / total

    def met(weighted_sum: Decimal) -> bool:
        return rounded(weighted_sum / total, instrument.decimals) >= target

    raised = dict(current)
    while not met(weighted):
        candidates = [
            i
            for i in instrument.indicators
            if i.id not in locked_ids and raised[i.id] < instrument.level_max
        ]
        if not candidates:
            break
        best = max(candidates, key=lambda i: (i.weight, -raised[i.id], -i.number))
        step = min(Decimal(1), instrument.level_max - raised[best.id])
        raised[best.id] += step
        weighted += best.weight * step
    raises = tuple(
        Raise(i.number, i.id, current[i.id], raised[i.id])
        for i in instrument.indicators
        if raised[i.id] != current[i.id]
    )
    return Plan(
        target=target,
        reachable=met(weighted),
        raises=raises,
        index_before=before,
        index_after=weighted / total,
        decimals=instrument.decimals,
        assumed=tuple(instrument.indicator(i).number for i in assumed),
    )


def _num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
