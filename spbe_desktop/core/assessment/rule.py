"""The assessed level of one indicator, from the latest verdicts on its items.

The assessor's own value (`Nilai`) counts when given, fractional or not. Without one, levels are
cumulative as the portal applies them: the highest level whose items, and every lower level's
items, are all *diterima* (at least the lowest level) — an estimate, labelled so, since the
official rule for fractional values is not published. Without any verdict the indicator is not
assessed yet and keeps its consolidated (claimed) value, flagged so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from .statuses import ACCEPTED

VALUE = "nilai"  # the assessor's value
ESTIMATE = "estimate"  # the cumulative rule over accepted items
NOT_ASSESSED = "not_assessed"  # no verdict yet: the claimed value stands in
BASES = (VALUE, ESTIMATE, NOT_ASSESSED)

ItemStatuses = Mapping[tuple[int, int], str]  # (level, item number) → latest status


class Assessed(NamedTuple):
    value: Decimal | None
    basis: str  # one of BASES

    @property
    def assessed(self) -> bool:
        return self.basis != NOT_ASSESSED


def cumulative_level(
    levels: Mapping[int, Sequence[int]], statuses: ItemStatuses, floor: int = 1
) -> int:
    """The highest level L whose items and all lower levels' items are accepted (min `floor`).
    A level without items in use proves nothing, so it stops the climb."""
    reached = floor
    for level in sorted(levels):
        numbers = levels[level]
        if not numbers or any(statuses.get((level, n)) != ACCEPTED for n in numbers):
            break
        reached = max(reached, level)
    return reached


def assessed_level(
    levels: Mapping[int, Sequence[int]],
    statuses: ItemStatuses,
    value: Decimal | None,
    claimed: Decimal | None,
    floor: int = 1,
) -> Assessed:
    """The assessed value of one indicator (see the module's rule)."""
    if value is not None:
        return Assessed(value, VALUE)
    if statuses:
        return Assessed(Decimal(cumulative_level(levels, statuses, floor)), ESTIMATE)
    return Assessed(claimed, NOT_ASSESSED)


def blocking_level(
    levels: Mapping[int, Sequence[int]], statuses: ItemStatuses, level: int
) -> int | None:
    """For an item of `level`: the lowest level below it not wholly accepted (the one to fix
    first), or None when every lower level is accepted."""
    for lower in sorted(levels):
        if lower >= level:
            return None
        if any(statuses.get((lower, n)) != ACCEPTED for n in levels[lower]):
            return lower
    return None
