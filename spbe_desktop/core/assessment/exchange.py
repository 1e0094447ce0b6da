"""Verdicts travel back to the OPDs: the coordinator's review package carries, for each indicator
an OPD's evidence stands for, the latest verdict on every item and the assessors' value; the OPD
keeps them as rounds of its own, so its indicator page can show what to revise.

Additive fields of the review JSON (`assessor_verdicts`, `assessor_values`); an app that does not
know them still reads the per-indicator notes, where each sent-back item is summarised.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from spbe_desktop.core.workspace.workspace import Workspace

from .assessed import Outcome, assess, assess_workspace
from .sheet import IndicatorValue, ItemVerdict, VerdictSheet
from .statuses import ROUNDS, STATUSES, is_revision
from .store import Latest, latest_values, latest_verdicts, record_round

MAX_ENTRIES = 20_000


def review_payload(ws: Workspace, opd_id: str) -> dict[str, Any]:
    """The verdicts for the indicators whose evidence came from `opd_id`."""
    result = assess_workspace(ws)
    values = latest_values(ws)
    verdicts: list[dict[str, Any]] = []
    assessed: list[dict[str, Any]] = []
    for ind in ws.instrument.indicators:
        found = result.indicators[ind.id]
        if found.opd_id != opd_id:
            continue
        verdicts += [_verdict(ind.id, ind.number, o) for o in found.outcomes]
        if ind.id in values:
            v = values[ind.id]
            assessed.append(
                {
                    "indicator": ind.id,
                    "number": ind.number,
                    "value": str(v.value),
                    "note": v.note,
                    "round": v.kind,
                    "date": v.date,
                }
            )
    return {"assessor_verdicts": verdicts, "assessor_values": assessed}


def revision_notes(ws: Workspace, opd_id: str, lang: str = "id") -> dict[str, str]:
    """Per indicator of that OPD, one note summing up the items sent back."""
    result = assess_workspace(ws, lang)
    notes = {}
    for ind_id, found in result.indicators.items():
        if found.opd_id != opd_id or not found.revisions:
            continue
        notes[ind_id] = "; ".join(describe(o, lang) for o in found.revisions)
    return notes


def describe(outcome: Outcome | Latest, lang: str = "id", level: int = 0, number: int = 0) -> str:
    """One sent-back item in words: "Asesor: level 2 butir 1 revisi — topologi lama"."""
    level = getattr(outcome, "level", level)
    number = getattr(outcome, "number", number)
    blocked = getattr(outcome, "blocked_by", None)
    if lang == "en":
        said = f"Assessors: level {level} item {number} {outcome.status}"
        if blocked:
            said += f" (fix level {blocked} first)"
    else:
        said = f"Asesor: level {level} butir {number} {outcome.status}"
        if blocked:
            said += f" (perbaiki dulu level {blocked})"
    return said + (f" — {outcome.note}" if outcome.note else "")


def take_in(ws: Workspace, data: dict[str, Any], package_id: str) -> int:
    """The OPD stores the verdicts of a review package as rounds (one per round and date of the
    assessors), replacing what an earlier copy of the same package brought; returns how many
    item verdicts it holds. Entries it cannot place are left out, never guessed."""
    known = {i.id: i for i in ws.instrument.indicators}
    groups: dict[tuple[str, str], tuple[list[ItemVerdict], list[IndicatorValue]]] = {}
    for entry in _entries(data.get("assessor_verdicts")):
        try:
            ind_id, level, number = entry["indicator"], int(entry["level"]), int(entry["item"])
        except (KeyError, TypeError, ValueError):
            continue
        status = str(entry.get("status") or "")
        if ind_id not in known or status not in STATUSES:
            continue
        group = groups.setdefault(_round_of(entry), ([], []))
        group[0].append(ItemVerdict(ind_id, level, number, status, str(entry.get("note") or "")))
    for entry in _entries(data.get("assessor_values")):
        try:
            value = Decimal(str(entry["value"]))
        except (KeyError, InvalidOperation):
            continue
        if entry.get("indicator") not in known or not value.is_finite():
            continue
        group = groups.setdefault(_round_of(entry), ([], []))
        group[1].append(IndicatorValue(entry["indicator"], value, str(entry.get("note") or "")))
    source = f"reviu {package_id}"
    with ws.transaction() as conn:
        for (round_id,) in conn.execute(
            "SELECT id FROM assessor_rounds WHERE source = ?", (source,)
        ).fetchall():
            conn.execute("DELETE FROM item_verdicts WHERE round_id = ?", (round_id,))
            conn.execute("DELETE FROM indicator_verdicts WHERE round_id = ?", (round_id,))
            conn.execute("DELETE FROM assessor_rounds WHERE id = ?", (round_id,))
        for (kind, date), (items, values) in sorted(groups.items()):
            record_round(
                ws, VerdictSheet(tuple(items), tuple(values)), kind=kind, date=date, source=source
            )
    return sum(len(items) for items, _ in groups.values())


def revision_banner(ws: Workspace, lang: str = "id") -> dict[str, list[str]]:
    """Per indicator of an OPD workspace, one line per item the assessors sent back, with the
    item's text; an auto-rejected item says which lower level to fix first."""
    from .catalogue import workspace_items

    items = workspace_items(ws, lang)
    result = assess(ws, items)
    lines: dict[str, list[str]] = {}
    for ind_id, found in result.indicators.items():
        texts = {
            (it.level, it.number): it.text for its in items[ind_id].levels.values() for it in its
        }
        for o in found.revisions:
            item = texts.get((o.level, o.number), "")
            lines.setdefault(ind_id, []).append(describe(o, lang) + (f" · {item}" if item else ""))
    return lines


def items_to_revise(ws: Workspace) -> dict[str, list[tuple[int, int, Latest]]]:
    """Per indicator, the items whose latest verdict sends them back: (level, number, verdict)."""
    result: dict[str, list[tuple[int, int, Latest]]] = {}
    for (ind_id, level, number), latest in sorted(latest_verdicts(ws).items()):
        if is_revision(latest.status):
            result.setdefault(ind_id, []).append((level, number, latest))
    return result


def _verdict(ind_id: str, number: int, o: Outcome) -> dict[str, Any]:
    return {
        "indicator": ind_id,
        "number": number,
        "level": o.level,
        "item": o.number,
        "status": o.status,
        "note": o.note,
        "round": o.kind,
        "date": o.date,
        "blocked_by_level": o.blocked_by,
    }


def _entries(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        return []
    return [e for e in raw[:MAX_ENTRIES] if isinstance(e, dict)]


def _round_of(entry: dict[str, Any]) -> tuple[str, str]:
    import datetime as dt

    kind = str(entry.get("round") or "dokumen")
    try:
        date = dt.date.fromisoformat(str(entry.get("date") or "")).isoformat()
    except ValueError:
        date = dt.date.today().isoformat()
    return (kind if kind in ROUNDS else "dokumen", date)
