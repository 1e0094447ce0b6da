"""The assessed picture of a workspace: per indicator the assessed level and each item's latest
outcome; the assessed index beside the claimed one; the gap between them, by the weight it costs.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.instrument.scoring import Score, score
from spbe_desktop.core.workspace.workspace import Workspace

from .catalogue import IndicatorItems, workspace_items
from .rule import Assessed, assessed_level, blocking_level
from .statuses import AUTO_REJECTED, is_revision
from .store import latest_values, latest_verdicts


class Outcome(NamedTuple):
    level: int
    number: int
    status: str
    note: str
    kind: str  # the round
    date: str
    blocked_by: int | None  # for an auto-rejected item: the lower level to fix first


class IndicatorAssessment(NamedTuple):
    indicator_id: str
    number: int
    claimed: Decimal | None
    assessed: Assessed
    value_note: str
    outcomes: tuple[Outcome, ...]
    opd_id: str | None
    opd_name: str

    @property
    def revisions(self) -> list[Outcome]:
        return [o for o in self.outcomes if is_revision(o.status)]


class Gap(NamedTuple):
    indicator_id: str
    number: int
    opd_id: str | None
    opd_name: str
    claimed: Decimal
    assessed: Decimal
    cost: Decimal  # index points lost: (claimed − assessed) × weight / total weight


class Assessment(NamedTuple):
    indicators: dict[str, IndicatorAssessment]
    score: Score  # over the assessed values (claimed ones where not assessed yet)
    assessed_count: int
    gaps: tuple[Gap, ...]  # largest cost first

    def opd_gaps(self) -> list[tuple[str, Decimal, int]]:
        """(OPD name, index points lost, indicators) per OPD, largest first."""
        totals: dict[str, list] = {}
        for gap in self.gaps:
            entry = totals.setdefault(gap.opd_name or "-", [Decimal(0), 0])
            entry[0] += gap.cost
            entry[1] += 1
        return sorted(
            ((name, cost, count) for name, (cost, count) in totals.items()),
            key=lambda r: (-r[1], r[0]),
        )


def supported_score(ws: Workspace, items: dict[str, IndicatorItems]) -> Score:
    """The index the evidence supports: every valued indicator at max(lowest level,
    min(claimed, supported level)); those valued from another agency's index keep their value."""
    from spbe_desktop.core.evidence.support import Support, supported_values

    values = {k: e.claimed for k, e in items.items() if e.claimed is not None}
    support = {k: Support(supported_level(e), None, None) for k, e in items.items()}
    return score(ws.instrument, supported_values(ws.instrument, values, support))


def supported_level(entry: IndicatorItems) -> int:
    """The highest level whose items in use, and every lower level's, have a file."""
    reached = 0
    for level in sorted(entry.levels):
        active = [it for it in entry.levels[level] if not it.retired]
        if not active or any(not it.files for it in active):
            break
        reached = level
    return reached


def assess_workspace(ws: Workspace, lang: str = "id") -> Assessment:
    return assess(ws, workspace_items(ws, lang))


def assess(ws: Workspace, items: dict[str, IndicatorItems]) -> Assessment:
    inst = ws.instrument
    verdicts = latest_verdicts(ws)
    values = latest_values(ws)
    floor = max(1, inst.level_min)
    result: dict[str, IndicatorAssessment] = {}
    for ind in inst.indicators:
        entry = items[ind.id]
        statuses = {(k[1], k[2]): v.status for k, v in verdicts.items() if k[0] == ind.id}
        levels = entry.in_use()
        given = values.get(ind.id)
        assessed = assessed_level(
            levels, statuses, None if given is None else given.value, entry.claimed, floor
        )
        outcomes = tuple(
            Outcome(
                k[1],
                k[2],
                v.status,
                v.note,
                v.kind,
                v.date,
                blocking_level(levels, statuses, k[1]) if v.status == AUTO_REJECTED else None,
            )
            for k, v in sorted(verdicts.items())
            if k[0] == ind.id
        )
        result[ind.id] = IndicatorAssessment(
            ind.id,
            ind.number,
            entry.claimed,
            assessed,
            "" if given is None else given.note,
            outcomes,
            entry.opd_id,
            entry.opd_name,
        )
    chosen = {k: a.assessed.value for k, a in result.items() if a.assessed.value is not None}
    weights = {i.id: i.weight for i in inst.indicators}
    gaps = []
    for a in result.values():
        if a.assessed.assessed and a.claimed is not None and a.claimed > a.assessed.value:
            cost = (a.claimed - a.assessed.value) * weights[a.indicator_id] / inst.weights_total
            gaps.append(
                Gap(
                    a.indicator_id,
                    a.number,
                    a.opd_id,
                    a.opd_name,
                    a.claimed,
                    a.assessed.value,
                    cost,
                )
            )
    gaps.sort(key=lambda g: (-g.cost, g.number))
    return Assessment(
        result,
        score(inst, chosen),
        sum(1 for a in result.values() if a.assessed.assessed),
        tuple(gaps),
    )


__all__ = ["Assessment", "Gap", "IndicatorAssessment", "Outcome"]
