"""What the evidence supports: levels are cumulative, as the assessors apply them.

The supported level of an indicator is the highest level L such that every item in use of levels
1..L has at least one evidence file (0 when level 1 has none). The supported index scores every
answered indicator at max(lowest level, min(claimed, supported)) — what the assessors would
accept if every file were right. Indicators valued from another agency's index need no upload:
their supported value is their value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.instrument.item_planner import ItemPlan, Ladder, plan_items
from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.core.instrument.scoring import Score, score
from spbe_desktop.core.workspace.workspace import Workspace

from .items import LevelItem, all_items
from .placement import item_evidence_counts

Counts = Mapping[tuple[str, int, int], int]


class Support(NamedTuple):
    """One indicator: its supported level and the first item in use that has no evidence."""

    level: int
    missing_level: int | None  # the level of the first gap (None: every level is covered)
    missing_item: int | None  # its item number (None: that level has no item in use)


class SupportResult(NamedTuple):
    indicators: dict[str, Support]
    values: dict[str, Decimal]  # the value each answered indicator scores with when supported
    score: Score


def indicator_support(
    ind_id: str, levels: Mapping[int, list[LevelItem]], counts: Counts
) -> Support:
    supported = 0
    for level in sorted(levels):
        active = [it for it in levels[level] if not it.retired]
        if not active:
            return Support(supported, level, None)
        for it in active:
            if counts.get((ind_id, level, it.number), 0) == 0:
                return Support(supported, level, it.number)
        supported = level
    return Support(supported, None, None)


def supported_values(
    instrument: Instrument, values: Mapping[str, Decimal], support: Mapping[str, Support]
) -> dict[str, Decimal]:
    floor = Decimal(instrument.level_min)
    result = {}
    for ind in instrument.indicators:
        if ind.id not in values:
            continue
        if ind.external is not None:
            result[ind.id] = values[ind.id]
        else:
            result[ind.id] = max(floor, min(values[ind.id], Decimal(support[ind.id].level)))
    return result


def workspace_support(ws: Workspace, values: Mapping[str, Decimal] | None = None) -> SupportResult:
    """Supported levels of every indicator and the supported index of an OPD workspace."""
    values = ws.values() if values is None else values
    return support_of(ws.instrument, all_items(ws), item_evidence_counts(ws), values)


def support_of(
    instrument: Instrument,
    items: Mapping[str, Mapping[int, list[LevelItem]]],
    counts: Counts,
    values: Mapping[str, Decimal],
) -> SupportResult:
    """The same from data already read (a snapshot's items, evidence counts and values)."""
    support = {
        ind_id: indicator_support(ind_id, levels, counts) for ind_id, levels in items.items()
    }
    chosen = supported_values(instrument, values, support)
    return SupportResult(support, chosen, score(instrument, chosen))


def counts_of(evidence: Iterable) -> dict[tuple[str, int, int], int]:
    """Evidence files per (indicator, level, item) from a list of evidence (unplaced left out)."""
    counts: dict[tuple[str, int, int], int] = {}
    for ev in evidence:
        if ev.level is not None and ev.item is not None:
            key = (ev.indicator_id, ev.level, ev.item)
            counts[key] = counts.get(key, 0) + 1
    return counts


def plan_on_support(ws: Workspace, target: Decimal, locked: Iterable[str] = ()) -> ItemPlan:
    """The fewest evidence items to add (raising claims where needed) so that the supported
    index reaches `target`. Locked indicators and those valued from another agency's index
    keep their supported value."""
    inst = ws.instrument
    values = ws.values()
    items = all_items(ws)
    counts = item_evidence_counts(ws)
    floor = Decimal(inst.level_min)
    locked_ids = set(locked)
    ladders: dict[str, Ladder] = {}
    fixed: dict[str, Decimal] = {}
    for ind in inst.indicators:
        if ind.external is not None:
            fixed[ind.id] = values.get(ind.id, ind.external.missing_value)
            continue
        support = indicator_support(ind.id, items[ind.id], counts)
        claimed = values.get(ind.id, floor)
        value = max(floor, min(claimed, Decimal(support.level)))
        if ind.id in locked_ids:
            fixed[ind.id] = value
            continue
        ladders[ind.id] = Ladder(
            value,
            claimed,
            _missing_by_level(ind.id, items[ind.id], counts, support.level, int(value)),
        )
    return plan_items(inst, ladders, fixed, target)


def _missing_by_level(
    ind_id: str, levels: Mapping[int, list[LevelItem]], counts: Counts, supported: int, value: int
) -> dict[int, list[tuple[int, int]] | None]:
    """Per level above `value`, the items in use without evidence; the gaps at or below `value`
    (above the supported level) are owed by the first step."""
    missing: dict[int, list[tuple[int, int]] | None] = {}
    owed: list[tuple[int, int]] = []
    blocked = False  # a level with no item in use cannot be proven, nor any above it
    for level in sorted(levels):
        active = [it for it in levels[level] if not it.retired]
        gaps = [
            (level, it.number) for it in active if counts.get((ind_id, level, it.number), 0) == 0
        ]
        blocked = blocked or (not active and level > supported)
        if level <= value:
            if level > supported:
                owed.extend(gaps)
            continue
        missing[level] = None if blocked else owed + gaps
        owed = []
    return missing
