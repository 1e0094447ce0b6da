"""Linter rules about evidence items: cumulative levels, placement and freshness.

- The first item in use below or at a claimed level that has no evidence: an error, because the
  assessors reject a level whose lower levels are not proven ("ditolak otomatis").
- Evidence not placed on a level and item, or placed on a retired item: a warning.
- Evidence older than its item allows (`max_age_months`), counted back from 1 January of the
  evaluation period: a warning.
Indicators valued from another agency's index need no upload and are left out of the first rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from .findings import Finding, finding
from .items import LevelItem
from .store import EvidenceItem
from .support import counts_of, indicator_support

if TYPE_CHECKING:
    from spbe_desktop.core.snapshot import Snapshot


def item_findings(
    snapshot: Snapshot, by_indicator: Mapping[str, list[EvidenceItem]]
) -> list[Finding]:
    inst = snapshot.instrument
    answers = snapshot.answers
    evidence = snapshot.evidence
    items = snapshot.items
    counts = counts_of(evidence)
    found: list[Finding] = []
    for ind in inst.indicators:
        answer = answers.get(ind.id)
        if answer is None or not answer.level or ind.external is not None:
            continue
        if not by_indicator.get(ind.id):
            continue  # LEVEL_WITHOUT_EVIDENCE already says it
        gap = indicator_support(ind.id, items[ind.id], counts)
        if gap.level >= answer.level or gap.missing_level is None:
            continue
        facts = {"level": gap.missing_level, "item_no": gap.missing_item, "claimed": answer.level}
        if gap.missing_item is None:
            found.append(finding("LEVEL_WITHOUT_ITEMS", ind.number, **facts))
        elif gap.missing_level < answer.level:
            found.append(finding("ITEM_MISSING", ind.number, **facts))
        else:
            found.append(finding("ITEM_MISSING_AT_CLAIM", ind.number, **facts))
    number = {ind.id: ind.number for ind in inst.indicators}
    cutoff_base = _period_start(snapshot.info.period)
    for ev in evidence:
        if ev.level is None or ev.item is None:
            found.append(finding("EVIDENCE_NOT_PLACED", number.get(ev.indicator_id), ev))
            continue
        item = _item(items, ev)
        if item is None:
            continue
        facts = {"level": ev.level, "item_no": ev.item}
        if item.retired:
            found.append(
                finding("EVIDENCE_ON_RETIRED_ITEM", number.get(ev.indicator_id), ev, **facts)
            )
        stale = _stale(ev, item, cutoff_base)
        if stale:
            facts.update(
                date=ev.document_date, months=item.max_age_months, period=snapshot.info.period
            )
            found.append(finding("EVIDENCE_STALE", number.get(ev.indicator_id), ev, **facts))
    return found


def freshness_cutoff(period_start: date, months: int) -> date:
    """The oldest document date an item with `months` of freshness accepts."""
    total = period_start.year * 12 + period_start.month - 1 - months
    return date(total // 12, total % 12 + 1, 1)


def _stale(ev: EvidenceItem, item: LevelItem, period_start: date | None) -> bool:
    if not item.max_age_months or not ev.document_date or period_start is None:
        return False
    try:
        when = date.fromisoformat(ev.document_date)
    except ValueError:
        return False
    return when < freshness_cutoff(period_start, item.max_age_months)


def _period_start(period: str) -> date | None:
    year = period.strip()[:4]
    return date(int(year), 1, 1) if year.isdigit() else None


def _item(items: Mapping[str, Mapping[int, list[LevelItem]]], ev: EvidenceItem) -> LevelItem | None:
    for it in items.get(ev.indicator_id, {}).get(ev.level, []):
        if it.number == ev.item:
            return it
    return None
