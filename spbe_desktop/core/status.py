"""The state of a workspace as plain data: what `spbe status --json` prints (a contract)."""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.evidence.items import all_items
from spbe_desktop.core.evidence.placement import item_evidence_counts
from spbe_desktop.core.evidence.store import evidence_counts
from spbe_desktop.core.evidence.support import indicator_support, supported_values
from spbe_desktop.core.instrument.marks import assumed_note, assumed_summary
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.instrument.scoring import counted_values, score
from spbe_desktop.core.period.carry import META_PREVIOUS_PERIOD, previous_answers
from spbe_desktop.core.workspace.workspace import Workspace


def status_data(ws: Workspace, lang: str = "id") -> dict[str, Any]:
    inst = ws.instrument
    answers = ws.answers()
    values = ws.values(answers)
    result = score(inst, values)
    counted, assumed = counted_values(inst, values)
    counts = evidence_counts(ws)
    predicate = result.predicate
    items = all_items(ws)
    per_item = item_evidence_counts(ws)
    previous = previous_answers(ws)
    support = {i: indicator_support(i, levels, per_item) for i, levels in items.items()}
    supported = score(inst, supported_values(inst, values, support))
    supported_figure = (
        supported.index if supported.index is not None else supported.provisional_index
    )

    def number(value):
        return None if value is None else float(value)

    return {
        "instrument": inst.id,
        "instrument_title": text(inst.title, lang),
        "opd": ws.info.opd_name,
        "period": ws.info.period,
        "previous_period": ws.meta(META_PREVIOUS_PERIOD) or None,
        "indicators_total": result.total,
        "answered": result.answered,
        "evidence_total": sum(counts.values()),
        "complete": result.complete,
        "index": number(result.index),
        "index_exact": None if result.index is None else str(result.index),
        "index_display": result.index_display,
        "provisional_index": number(result.provisional_index),
        "provisional_display": result.display(result.provisional_index),
        "predicate": None if predicate is None else predicate.name,
        "predicate_provisional": predicate is not None and not result.complete,
        "supported_index": number(supported_figure),
        "supported_display": result.display(supported_figure),
        "supported_provisional": supported_figure is not None and supported.index is None,
        "supported_predicate": (None if supported.predicate is None else supported.predicate.name),
        "assumed_indicators": [inst.indicator(i).number for i in assumed],
        "assumed_note": assumed_summary(inst, assumed, lang) or None,
        "domains": _domains(result, inst, lang),
        "aspects": _aspects(result, supported, inst, lang),
        "indicators": [
            {
                "number": ind.number,
                "id": ind.id,
                "aspect": ind.aspect_id,
                "name": text(ind.short_name, lang),
                "weight": str(ind.weight),
                "level": answers[ind.id].level if ind.id in answers else None,
                "previous_level": previous[ind.id].level if ind.id in previous else None,
                "value": number(counted.get(ind.id)),
                "value_display": result.display(counted.get(ind.id)),
                "value_assumed": ind.id in assumed,
                "value_note": assumed_note(ind, lang) if ind.id in assumed else None,
                "external_score": (
                    str(answers[ind.id].external_score)
                    if ind.id in answers and answers[ind.id].external_score is not None
                    else None
                ),
                "service_name": answers[ind.id].service_name if ind.id in answers else None,
                "evidence_count": counts.get(ind.id, 0),
                **_item_fields(
                    ind,
                    items[ind.id],
                    per_item,
                    support[ind.id],
                    values,
                    counts.get(ind.id, 0),
                    lang,
                ),
            }
            for ind in inst.indicators
        ],
    }


def _number(value):
    return None if value is None else float(value)


def _domains(result, inst, lang: str) -> list[dict[str, Any]]:
    number = _number
    return [
        {
            "id": g.id,
            "name": text(d.name, lang),
            "weight": str(g.weight),
            "index": number(g.index),
            "index_display": result.display(g.index),
            "answered": g.answered,
            "total": g.total,
            "assumed": [inst.indicator(i).number for i in g.assumed],
        }
        for g, d in zip(result.domains, inst.domains, strict=True)
    ]


def _aspects(result, supported, inst, lang: str) -> list[dict[str, Any]]:
    number = _number
    return [
        {
            "id": g.id,
            "domain": a.domain_id,
            "name": text(a.name, lang),
            "weight": str(g.weight),
            "index": number(g.index),
            "index_display": result.display(g.index),
            "supported_index": number(s.index),
            "supported_display": result.display(s.index),
            "answered": g.answered,
            "total": g.total,
            "assumed": [inst.indicator(i).number for i in g.assumed],
        }
        for g, s, a in zip(result.aspects, supported.aspects, inst.aspects, strict=True)
    ]


def _item_fields(
    ind, levels, per_item, support, values, evidence_count: int, lang: str
) -> dict[str, Any]:
    """An indicator's evidence items, placement and supported level (its JSON fields are a
    contract: docs/architecture.md, "The `spbe` command")."""
    if ind.external is None:
        supported_level = support.level
    else:  # valued from another agency's index: no upload, the value is what is supported
        value = values.get(ind.id, ind.external.missing_value)
        supported_level = int(value) if value == value.to_integral_value() else float(value)
    rows = [
        {
            "level": it.level,
            "number": it.number,
            "text": text(it.text, lang),
            "code": it.code,
            "evidence_count": per_item.get((ind.id, it.level, it.number), 0),
            "origin": it.origin,
            "retired": it.retired,
            "max_age_months": it.max_age_months,
        }
        for level_items in levels.values()
        for it in level_items
    ]
    placed = sum(n for (i, _, _), n in per_item.items() if i == ind.id)
    return {
        "unplaced_count": evidence_count - placed,
        "supported_level": supported_level,
        "first_missing": None if ind.external else _missing(support),
        "items": rows,
    }


def _missing(support) -> dict[str, int | None] | None:
    if support.missing_level is None:
        return None
    return {"level": support.missing_level, "item": support.missing_item}
