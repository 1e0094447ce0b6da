"""Consolidation of the OPDs' answers into one Pemda-level assessment, and the OPD ranking.

Per indicator the value is the owner OPD's answer, or the coordinator's recorded decision where
several OPDs answered differently (or where the coordinator overrules). Until every indicator has
an owner's answer or a decision, the consolidated index is provisional and says so. An indicator
valued from another agency's index that nobody has a score for counts with its missing value (1),
as everywhere (source "assumed"): it does not keep the index provisional.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.figures import rounded
from spbe_desktop.core.instrument.pack import Indicator, Instrument, Predicate
from spbe_desktop.core.instrument.scoring import Score, score, weighted_mean


class OpdAnswers(NamedTuple):
    opd_id: str
    name: str
    values: Mapping[str, Decimal]  # indicator id → value, answered indicators only


class Decision(NamedTuple):
    value: Decimal
    reason: str


class IndicatorView(NamedTuple):
    id: str
    number: int
    owner: str | None
    answers: Mapping[str, Decimal]  # opd id → value
    decision: Decision | None
    value: Decimal | None
    source: str  # decision | owner | agreed | conflict | missing | assumed

    @property
    def final(self) -> bool:
        return self.source in ("decision", "owner")


class RankRow(NamedTuple):
    rank: int
    opd_id: str
    name: str
    index: Decimal | None
    answered: int
    assigned: int
    predicate: Predicate | None
    assumed: tuple[str, ...] = ()  # external indicators of its scope counted at their missing value


class Consolidation(NamedTuple):
    indicators: tuple[IndicatorView, ...]
    score: Score
    ranking: tuple[RankRow, ...]

    @property
    def provisional(self) -> bool:
        return not all(v.final or v.source == "assumed" for v in self.indicators)

    @property
    def values(self) -> dict[str, Decimal]:
        """The consolidated values entered or decided (an assumed one is left to the scoring)."""
        return {
            v.id: v.value for v in self.indicators if v.value is not None and v.source != "assumed"
        }

    @property
    def conflicts(self) -> list[IndicatorView]:
        return [v for v in self.indicators if v.source == "conflict"]


def consolidate(
    instrument: Instrument,
    opds: Sequence[OpdAnswers],
    owners: Mapping[str, str],
    decisions: Mapping[str, Decision],
    assigned: Mapping[str, set[str]] | None = None,
) -> Consolidation:
    """Combine the OPDs' answers; `assigned` maps an OPD id to the indicators it answers
    (all of them when absent)."""
    views = tuple(_view(ind, opds, owners, decisions) for ind in instrument.indicators)
    values = {v.id: v.value for v in views if v.value is not None and v.source != "assumed"}
    return Consolidation(
        indicators=views,
        score=score(instrument, values),
        ranking=rank_opds(instrument, opds, assigned or {}),
    )


def _view(
    ind: Indicator,
    opds: Sequence[OpdAnswers],
    owners: Mapping[str, str],
    decisions: Mapping[str, Decision],
) -> IndicatorView:
    ind_id, number = ind.id, ind.number
    answers = {o.opd_id: o.values[ind_id] for o in opds if ind_id in o.values}
    owner = owners.get(ind_id)
    decision = decisions.get(ind_id)
    if decision is not None:
        value, source = decision.value, "decision"
    elif owner is not None and owner in answers:
        value, source = answers[owner], "owner"
    elif not answers and ind.external is not None:
        value, source = ind.external.missing_value, "assumed"
    elif not answers:
        value, source = None, "missing"
    elif len(set(answers.values())) == 1:
        value, source = next(iter(answers.values())), "agreed"
    else:
        value, source = None, "conflict"
    return IndicatorView(ind_id, number, owner, answers, decision, value, source)


def rank_opds(
    instrument: Instrument, opds: Sequence[OpdAnswers], assigned: Mapping[str, set[str]]
) -> tuple[RankRow, ...]:
    """Each OPD's index over the indicators it answered (weights renormalised), highest first;
    equal shown indexes share a rank (1, 2, 2, 4). An indicator valued from another agency's index
    that lies in the OPD's assignment (all indicators without one) and has no score counts with its
    missing value, as in the OPD's own status."""
    weights = {i.id: i.weight for i in instrument.indicators}
    rows = []
    for opd in opds:
        scope = assigned.get(opd.opd_id) or set(weights)
        answered = {k: v for k, v in opd.values.items() if k in weights}
        assumed = tuple(
            i.id
            for i in instrument.indicators
            if i.external is not None and i.id in scope and i.id not in answered
        )
        counted = {
            **answered,
            **{k: instrument.indicator(k).external.missing_value for k in assumed},
        }
        index = weighted_mean((weights[k], v) for k, v in counted.items()) if answered else None
        shown = None if index is None else rounded(index, instrument.decimals)
        predicate = None if shown is None else instrument.predicate_for(shown)
        rows.append((shown, opd, index, len(scope), predicate, assumed if answered else ()))
    rows.sort(key=lambda r: (r[0] is None, -(r[0] or 0), r[1].name.lower()))
    ranked = []
    previous = object()
    rank = 0
    for position, (shown, opd, index, count, predicate, assumed) in enumerate(rows, start=1):
        if shown != previous:
            rank = position
            previous = shown
        ranked.append(
            RankRow(rank, opd.opd_id, opd.name, index, len(opd.values), count, predicate, assumed)
        )
    return tuple(ranked)
