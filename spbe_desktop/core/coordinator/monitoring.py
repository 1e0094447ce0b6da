"""What the monitoring meeting looks at, as plain data: the OPD ranking against the target, the
aspect (and domain) profile beside the previous period, the index over every period on record and
each OPD's readiness. The charts (`monitor_charts`) are drawn from this and nothing else.

The target index and the threshold below which an OPD stands out are the coordinator's settings
(`core.targets`); without a threshold the target is the threshold. An earlier period's aspect and
domain figures are kept beside its index when they were read from that period's workspace, so the
profile can show them when the instrument is the same.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.core.instrument.scoring import round_half_up
from spbe_desktop.core.report.profile_chart import GroupFigure
from spbe_desktop.core.targets import targets
from spbe_desktop.core.workspace.workspace import Workspace

from .consolidate import Consolidation
from .profiles import instrument_of_period, previous_profile
from .store import assignments, consolidation, earlier_results, list_opds


class Readiness(NamedTuple):
    opd_id: str
    name: str
    rank: int | None  # None while the OPD has no answer
    answered: int
    assigned: int
    with_evidence: int  # answered indicators that need an upload and have one
    needs_evidence: int  # answered indicators that need an upload
    claimed: Decimal | None  # the OPD's index over what it answered
    supported: Decimal | None  # what its evidence supports (None while not known)
    last_package: str | None  # ISO date of the latest submission received
    first_package: str | None
    deadline: str | None
    sent: bool
    late: bool
    below: bool

    @property
    def stands_out(self) -> bool:
        return not self.sent or self.late or self.below


class PeriodFigure(NamedTuple):
    period: str
    index: Decimal
    instrument: str
    current: bool
    provisional: bool


class Monitoring(NamedTuple):
    pemda: str
    period: str
    instrument: Instrument
    target: Decimal | None
    threshold: Decimal | None
    previous_period: str | None  # the earlier period whose profile is shown (same instrument)
    opds: tuple[Readiness, ...]  # in ranking order; OPDs without an index last
    aspects: tuple[GroupFigure, ...]
    domains: tuple[GroupFigure, ...]
    history: tuple[PeriodFigure, ...]


# The picture -----------------------------------------------------------------------------------


def monitoring(
    ws: Workspace, result: Consolidation | None = None, today: date | None = None
) -> Monitoring:
    """Everything the monitoring charts show, from a coordinator workspace."""
    result = result or consolidation(ws)
    target, threshold = targets(ws)
    previous = previous_profile(ws)
    score = result.score
    inst = ws.instrument

    def groups(scored, defined, kind: str) -> tuple[GroupFigure, ...]:
        old = (previous or {}).get(kind, {})
        return tuple(
            GroupFigure(g.id, d.name, g.index, Decimal(old[g.id]) if g.id in old else None)
            for g, d in zip(scored, defined, strict=True)
        )

    return Monitoring(
        pemda=ws.info.opd_name,
        period=ws.info.period,
        instrument=inst,
        target=target,
        threshold=threshold,
        previous_period=None if previous is None else previous["period"],
        opds=readiness(ws, result, threshold, today or date.today()),
        aspects=groups(score.aspects, inst.aspects, "aspects"),
        domains=groups(score.domains, inst.domains, "domains"),
        history=history(ws, result),
    )


def history(ws: Workspace, result: Consolidation) -> tuple[PeriodFigure, ...]:
    """The index of every period on record, oldest first, this period last (when it has one)."""
    rows = [
        PeriodFigure(e.period, e.index, instrument_of_period(ws, e.period), False, False)
        for e in earlier_results(ws)
        if e.period != ws.info.period
    ]
    shown = result.score.shown_index
    if shown is not None:
        rows.append(PeriodFigure(ws.info.period, shown, ws.instrument.id, True, result.provisional))
    return tuple(sorted(rows, key=lambda r: r.period))


def readiness(
    ws: Workspace, result: Consolidation, threshold: Decimal | None, today: date
) -> tuple[Readiness, ...]:
    """Each OPD in ranking order: how far it is, and whether it stands out."""
    packages = {
        r[0]: (r[1][:10], r[2][:10])
        for r in ws.conn.execute(
            "SELECT opd_id, MIN(at), MAX(at) FROM packages "
            "WHERE kind = 'submission' AND direction = 'in' GROUP BY opd_id"
        )
    }
    coverage = _evidence_coverage(ws)
    deadlines = {k: a.deadline for k, a in assignments(ws).items()}
    names = {o.id: o.name for o in list_opds(ws)}
    rows = []
    for rank in result.ranking:
        first, last = packages.get(rank.opd_id, (None, None))
        deadline = deadlines.get(rank.opd_id)
        late = bool(deadline) and (
            (first is None and today.isoformat() > deadline)
            or (first is not None and first > deadline)
        )
        covered, needed = coverage.get(rank.opd_id, (0, 0))
        rows.append(
            Readiness(
                opd_id=rank.opd_id,
                name=names.get(rank.opd_id, rank.name),
                rank=rank.rank if rank.index is not None else None,
                answered=rank.answered,
                assigned=rank.assigned,
                with_evidence=covered,
                needs_evidence=needed,
                claimed=rank.index,
                supported=None,
                last_package=last,
                first_package=first,
                deadline=deadline,
                sent=first is not None,
                late=late,
                below=threshold is not None
                and rank.index is not None
                and round_half_up(rank.index, ws.instrument.decimals) < threshold,
            )
        )
    return tuple(rows)


def _evidence_coverage(ws: Workspace) -> dict[str, tuple[int, int]]:
    """Per OPD: (answered indicators with an evidence file, answered indicators needing one).
    Indicators valued from another agency's index need no upload and are left out."""
    external = {i.id for i in ws.instrument.indicators if i.external is not None}
    with_files = {
        (r[0], r[1])
        for r in ws.conn.execute("SELECT DISTINCT opd_id, indicator_id FROM submitted_evidence")
    }
    coverage: dict[str, list[int]] = {}
    for opd_id, ind_id in ws.conn.execute(
        "SELECT opd_id, indicator_id FROM submitted_answers WHERE value IS NOT NULL"
    ):
        if ind_id in external:
            continue
        counts = coverage.setdefault(opd_id, [0, 0])
        counts[1] += 1
        counts[0] += (opd_id, ind_id) in with_files
    return {k: (v[0], v[1]) for k, v in coverage.items()}
