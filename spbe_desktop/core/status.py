"""The state of a workspace as plain data: what `spbe status --json` prints (a contract)."""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.evidence.store import evidence_counts
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.instrument.scoring import score
from spbe_desktop.core.workspace.workspace import Workspace


def status_data(ws: Workspace, lang: str = "id") -> dict[str, Any]:
    inst = ws.instrument
    answers = ws.answers()
    values = ws.values(answers)
    result = score(inst, values)
    counts = evidence_counts(ws)
    predicate = result.predicate

    def number(value):
        return None if value is None else float(value)

    return {
        "instrument": inst.id,
        "instrument_title": text(inst.title, lang),
        "opd": ws.info.opd_name,
        "period": ws.info.period,
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
        "domains": [
            {
                "id": g.id,
                "name": text(d.name, lang),
                "weight": str(g.weight),
                "index": number(g.index),
                "index_display": result.display(g.index),
                "answered": g.answered,
                "total": g.total,
            }
            for g, d in zip(result.domains, inst.domains, strict=True)
        ],
        "aspects": [
            {
                "id": g.id,
                "domain": a.domain_id,
                "name": text(a.name, lang),
                "weight": str(g.weight),
                "index": number(g.index),
                "index_display": result.display(g.index),
                "answered": g.answered,
                "total": g.total,
            }
            for g, a in zip(result.aspects, inst.aspects, strict=True)
        ],
        "indicators": [
            {
                "number": ind.number,
                "id": ind.id,
                "aspect": ind.aspect_id,
                "name": text(ind.short_name, lang),
                "weight": str(ind.weight),
                "level": answers[ind.id].level if ind.id in answers else None,
                "value": number(values.get(ind.id)),
                "value_display": result.display(values.get(ind.id)),
                "external_score": (
                    str(answers[ind.id].external_score)
                    if ind.id in answers and answers[ind.id].external_score is not None
                    else None
                ),
                "service_name": answers[ind.id].slot_name if ind.id in answers else None,
                "evidence_count": counts.get(ind.id, 0),
            }
            for ind in inst.indicators
        ],
    }
