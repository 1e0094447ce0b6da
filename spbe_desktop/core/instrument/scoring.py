"""Scoring: indicator values → aspect, domain and overall index, and the predicate.

All arithmetic is exact (`Decimal`): a weighted sum that is 2.60 on paper is 2.60 here, never
2.5999… The index is kept unrounded; the figure shown is rounded half-up to the pack's decimals and
the predicate is the band of that shown figure, so the number and the word never disagree.
While indicators are unanswered, a provisional index is computed over the answered ones with their
weights renormalised.

An indicator valued from another agency's index (Pemdi 5, 6, 7, 18) whose score is missing is not
answered, yet it counts with the pack's `missing_value` (1, as the assessors do) in every figure:
the index, the provisional index, aspects and domains. It is listed in `assumed`, so that every
place showing such a figure can say so. The index is final once every indicator that takes a level
is answered. A figure appears once something in its scope is answered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.figures import figure
from spbe_desktop.core.figures import rounded as round_half_up

from .pack import Indicator, Instrument, Predicate

__all__ = [
    "GroupScore",
    "Score",
    "answer_value",
    "counted_values",
    "round_half_up",
    "score",
    "weighted_mean",
]


def answer_value(
    indicator: Indicator, level: int | None, external_score: Decimal | None
) -> Decimal | None:
    """The value an indicator scores with: for one valued from another agency's index, its score
    converted by the pack's bands once the score is given; otherwise its claimed level. None while
    unanswered. The one rule for every answer: the OPD's own, and the ones a coordinator imports."""
    if indicator.external is not None and external_score is not None:
        return indicator.external.value_for(external_score)
    return None if level is None else Decimal(level)


def weighted_mean(pairs: Iterable[tuple[Decimal, Decimal]]) -> Decimal | None:
    """Σ(weight × value) / Σ weight over (weight, value) pairs; None when there are none."""
    total_weight = Decimal(0)
    total = Decimal(0)
    for weight, value in pairs:
        total_weight += weight
        total += weight * value
    if total_weight == 0:
        return None
    return total / total_weight


class GroupScore(NamedTuple):
    """An aspect or a domain: its index over the answered indicators inside it (and those
    counted at their missing value, listed in `assumed`)."""

    id: str
    weight: Decimal
    answered: int
    total: int
    index: Decimal | None
    assumed: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.answered == self.total


class Score(NamedTuple):
    instrument: Instrument
    answered: int
    total: int
    index: Decimal | None
    provisional_index: Decimal | None
    aspects: tuple[GroupScore, ...]
    domains: tuple[GroupScore, ...]
    assumed: tuple[str, ...] = ()  # external indicators counted at their missing value

    @property
    def complete(self) -> bool:
        """Every indicator that takes a level is answered: the index is final."""
        return self.index is not None

    @property
    def shown_index(self) -> Decimal | None:
        """The index to show: final when complete, else provisional (rounded)."""
        value = self.index if self.complete else self.provisional_index
        return None if value is None else round_half_up(value, self.instrument.decimals)

    @property
    def index_display(self) -> str | None:
        return self.display(self.index)

    @property
    def predicate(self) -> Predicate | None:
        shown = self.shown_index
        return None if shown is None else self.instrument.predicate_for(shown)

    def display(self, value: Decimal | None, lang: str | None = None) -> str | None:
        """A figure of this instrument as shown (JSON's dot unless a language is given)."""
        return figure(value, lang, self.instrument.decimals)


def counted_values(
    instrument: Instrument, values: Mapping[str, Decimal | None]
) -> tuple[dict[str, Decimal], tuple[str, ...]]:
    """The values every figure counts — the answered ones plus, for each indicator valued from
    another agency's index whose score is missing, the pack's missing value — and the ids of
    those assumed."""
    counted = {k: v for k, v in values.items() if v is not None}
    assumed = tuple(
        i.id for i in instrument.indicators if i.external is not None and i.id not in counted
    )
    for ind_id in assumed:
        counted[ind_id] = instrument.indicator(ind_id).external.missing_value
    return counted, assumed


def score(instrument: Instrument, values: Mapping[str, Decimal | None]) -> Score:
    """Score an instrument from indicator values keyed by indicator id (absent = unanswered)."""
    counted, assumed = counted_values(instrument, values)
    answered = [i for i in instrument.indicators if values.get(i.id) is not None]
    aspects = tuple(
        _group(a.id, a.weight, instrument.indicators_of_aspect(a.id), values, counted)
        for a in instrument.aspects
    )
    domains = tuple(
        _group(
            d.id,
            d.weight,
            [
                i
                for a in instrument.aspects_of_domain(d.id)
                for i in instrument.indicators_of_aspect(a.id)
            ],
            values,
            counted,
        )
        for d in instrument.domains
    )
    provisional = None
    if answered:
        provisional = weighted_mean(
            (i.weight, counted[i.id]) for i in instrument.indicators if i.id in counted
        )
    index = None
    if all(i.id in counted for i in instrument.indicators):
        # The regulation's form: Σ(weight × value) / total weight (100 %).
        total = sum((i.weight * counted[i.id] for i in instrument.indicators), Decimal(0))
        index = total / instrument.weights_total
    return Score(
        instrument=instrument,
        answered=len(answered),
        total=len(instrument.indicators),
        index=index,
        provisional_index=provisional,
        aspects=aspects,
        domains=domains,
        assumed=assumed,
    )


def _group(
    group_id: str,
    weight: Decimal,
    indicators: list[Indicator],
    values: Mapping[str, Decimal | None],
    counted: Mapping[str, Decimal],
) -> GroupScore:
    answered = sum(1 for i in indicators if values.get(i.id) is not None)
    pairs = [(i.weight, counted[i.id]) for i in indicators if i.id in counted]
    return GroupScore(
        id=group_id,
        weight=weight,
        answered=answered,
        total=len(indicators),
        index=weighted_mean(pairs) if answered else None,
        assumed=tuple(i.id for i in indicators if i.id in counted and values.get(i.id) is None),
    )
