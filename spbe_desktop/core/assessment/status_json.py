"""The assessed figures in `coord status --json` and `status --json` (a contract:
docs/architecture.md, "The `spbe` command"):
top-level `assessed_index`, `assessed_display`; per indicator `assessed_level` and
`item_outcomes` ({level, number, status, note}); plus the rounds and the gaps."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from spbe_desktop.core.figures import figure
from spbe_desktop.core.workspace.workspace import Workspace

from .assessed import Assessment, assess, supported_score
from .catalogue import workspace_items
from .store import rounds


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def add_assessment(ws: Workspace, data: dict[str, Any], lang: str = "id") -> Assessment:
    """Add the assessed figures to a status object (its `indicators` list is keyed by `id`)."""
    items = workspace_items(ws, lang)
    result = assess(ws, items)
    score = result.score
    if "supported_index" not in data:
        supported = supported_score(ws, items)
        figure_of = supported.index if supported.index is not None else supported.provisional_index
        data["supported_index"] = _num(figure_of)
        data["supported_display"] = figure(figure_of, None, ws.instrument.decimals)
    index = score.index if score.index is not None else score.provisional_index
    decimals = ws.instrument.decimals
    predicate = score.predicate
    data.update(
        {
            "assessed_index": _num(index),
            "assessed_display": figure(index, None, decimals),
            "assessed_predicate": None if predicate is None else predicate.name,
            "assessed_indicators": result.assessed_count,
            "assessed_provisional": result.assessed_count < len(result.indicators),
            "assessment_rounds": [
                {
                    "id": r.id,
                    "round": r.kind,
                    "date": r.date,
                    "source": r.source,
                    "items": r.items,
                    "values": r.values,
                }
                for r in rounds(ws)
            ],
            "assessment_gaps": [
                {
                    "indicator": g.number,
                    "id": g.indicator_id,
                    "opd": g.opd_name or None,
                    "claimed": _num(g.claimed),
                    "assessed": _num(g.assessed),
                    "cost": _num(g.cost),
                    "cost_display": figure(g.cost, None, decimals),
                }
                for g in result.gaps
            ],
            "assessment_gaps_by_opd": [
                {
                    "opd": name,
                    "cost": _num(cost),
                    "cost_display": figure(cost, None, decimals),
                    "indicators": count,
                }
                for name, cost, count in result.opd_gaps()
            ],
        }
    )
    for row in data.get("indicators", []):
        a = result.indicators.get(row.get("id"))
        if a is None:
            continue
        row["assessed_level"] = _num(a.assessed.value)
        row["assessed_display"] = figure(a.assessed.value, None, decimals)
        row["assessed_basis"] = a.assessed.basis
        row["assessed"] = a.assessed.assessed
        row["evidence_opd"] = a.opd_name or None  # whose items and files the verdicts are on
        row["item_outcomes"] = [
            {
                "level": o.level,
                "number": o.number,
                "status": o.status,
                "note": o.note,
                "round": o.kind,
                "date": o.date,
                "blocked_by_level": o.blocked_by,
            }
            for o in a.outcomes
        ]
    return result
