"""The coordinator's views as plain data: `coord status --json` (a contract), the matrix view and
what the consolidated reports print."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from spbe_desktop.core.figures import figure
from spbe_desktop.core.instrument.marks import assumed_note, assumed_summary
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.instrument.scoring import Score
from spbe_desktop.core.keys import trusted_key
from spbe_desktop.core.workspace.workspace import Workspace

from .consolidate import IndicatorView
from .store import Consolidation, assignments, consolidation, earlier_results, list_opds


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def opd_rows(ws: Workspace, result: Consolidation | None = None) -> list[dict[str, Any]]:
    """Each OPD with the state of its submission."""
    latest = {
        r[0]: (r[1], r[2])
        for r in ws.conn.execute(
            "SELECT opd_id, MAX(revision), MAX(at) FROM packages "
            "WHERE kind = 'submission' AND direction = 'in' GROUP BY opd_id"
        )
    }
    reviewed = {
        r[0]
        for r in ws.conn.execute(
            "SELECT DISTINCT opd_id FROM packages WHERE kind = 'review' AND direction = 'out'"
        )
    }
    assigned = assignments(ws)
    ranking = {r.opd_id: r for r in (result or consolidation(ws)).ranking}
    rows = []
    for opd in list_opds(ws):
        if opd.id in reviewed and opd.id in latest:
            status = "direviu"
        elif opd.id in latest:
            status = "diterima"
        elif opd.id in assigned:
            status = "ditugaskan"
        else:
            status = "belum mengirim"
        key = trusted_key(ws, opd.id)
        rank = ranking.get(opd.id)
        rows.append(
            {
                "id": opd.id,
                "name": opd.name,
                "status": status,
                "revision": latest.get(opd.id, (None, None))[0],
                "received_at": latest.get(opd.id, (None, None))[1],
                "index": _num(rank.index) if rank else None,
                "index_display": _display(ws, rank.index) if rank else None,
                "fingerprint": key.fingerprint if key else None,
                "deadline": assigned[opd.id].deadline if opd.id in assigned else None,
            }
        )
    return rows


def coordinator_status(ws: Workspace, lang: str = "id") -> dict[str, Any]:
    inst = ws.instrument
    result = consolidation(ws)
    score = result.score
    predicate = score.predicate
    data = {
        "pemda": ws.info.opd_name,
        "period": ws.info.period,
        "instrument": inst.id,
        "indicators_total": score.total,
        "answered": score.answered,
        "provisional": result.provisional,
        "index": _num(score.index) if not result.provisional else None,
        "index_display": score.index_display if not result.provisional else None,
        "provisional_index": _num(score.provisional_index),
        "provisional_display": score.display(score.provisional_index),
        "predicate": None if predicate is None else predicate.name,
        "conflicts": [v.number for v in result.conflicts],
        "assumed_indicators": [inst.indicator(i).number for i in score.assumed],
        "assumed_note": assumed_summary(inst, score.assumed, lang) or None,
        "opds": opd_rows(ws, result),
        "ranking": [
            {
                "rank": r.rank,
                "opd": r.opd_id,
                "name": r.name,
                "index": _num(r.index),
                "index_display": _display(ws, r.index),
                "predicate": None if r.predicate is None else r.predicate.name,
                "answered": r.answered,
                "assumed": [inst.indicator(i).number for i in r.assumed],
            }
            for r in result.ranking
        ],
        "aspects": [
            {
                "id": g.id,
                "name": text(a.name, lang),
                "index": _num(g.index),
                "index_display": score.display(g.index),
                "assumed": [inst.indicator(i).number for i in g.assumed],
            }
            for g, a in zip(score.aspects, inst.aspects, strict=True)
        ],
        "domains": [
            {
                "id": g.id,
                "name": text(d.name, lang),
                "index": _num(g.index),
                "index_display": score.display(g.index),
                "assumed": [inst.indicator(i).number for i in g.assumed],
            }
            for g, d in zip(score.domains, inst.domains, strict=True)
        ],
        "indicators": [_indicator_row(ws, score, v, lang) for v in result.indicators],
        "earlier": [
            {
                "period": e.period,
                "index": float(e.index),
                "index_display": score.display(e.index),
                "predicate": e.predicate,
                "source": e.source,
            }
            for e in earlier_results(ws)
        ],
    }
    from spbe_desktop.core.assessment.status_json import add_assessment

    add_assessment(ws, data, lang)
    return data


def _indicator_row(ws: Workspace, score: Score, v: IndicatorView, lang: str) -> dict[str, Any]:
    """One indicator of `coord status --json`: its consolidated value, where it comes from."""
    assumed = v.source == "assumed"
    return {
        "number": v.number,
        "id": v.id,
        "value": _num(v.value),
        "value_display": score.display(v.value),
        "source": v.source,
        "value_assumed": assumed,
        "value_note": assumed_note(ws.instrument.indicator(v.id), lang) if assumed else None,
        "owner": v.owner,
        "answers": {k: _num(x) for k, x in v.answers.items()},
        "decision": None
        if v.decision is None
        else {"value": _num(v.decision.value), "reason": v.decision.reason},
    }


def _display(ws: Workspace, value: Decimal | None) -> str | None:
    return figure(value, None, ws.instrument.decimals)
