"""Rounds of verdicts in a workspace (coordinator or OPD): recorded all at once, never
overwritten; the latest verdict per item and the latest value per indicator count.

"Latest" is by the round's date, then by the order rounds were recorded, so an interview round
dated after the document assessment wins even when typed in first.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .sheet import IndicatorValue, ItemVerdict, VerdictSheet
from .statuses import DEFAULT_ROUND, check_round, normalise_status

ItemKey = tuple[str, int, int]  # (indicator id, level, number)


class Round(NamedTuple):
    id: int
    kind: str  # mandiri | dokumen | interviu | visitasi
    date: str  # YYYY-MM-DD
    source: str  # the sheet's file name, "typed in", or the review package received
    items: int
    values: int


class Latest(NamedTuple):
    status: str
    note: str
    round_id: int
    kind: str
    date: str


class LatestValue(NamedTuple):
    value: Decimal
    note: str
    round_id: int
    kind: str
    date: str


def check_date(value: str | None) -> str:
    """A round's date: YYYY-MM-DD, today when not given."""
    if not value:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise InputError(
            f"Tanggal '{value}' tidak sah; tulis TTTT-BB-HH (mis. 2026-08-14).",
            f"The date '{value}' is not valid; write YYYY-MM-DD (e.g. 2026-08-14).",
            code="BAD_DATE",
        ) from exc


def record_round(
    ws: Workspace,
    sheet: VerdictSheet,
    *,
    kind: str = DEFAULT_ROUND,
    date: str | None = None,
    source: str = "",
) -> Round:
    """Store one round of verdicts in one transaction (all of it, or nothing)."""
    kind, date = check_round(kind), check_date(date)
    with ws.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO assessor_rounds (kind, date, source, created_at) VALUES (?, ?, ?, ?)",
            (kind, date, source, now_utc()),
        )
        round_id = int(cur.lastrowid)
        _insert(conn, round_id, sheet)
        ws.log(
            "assessor.round",
            None,
            {
                "round": round_id,
                "kind": kind,
                "date": date,
                "source": source,
                "items": len(sheet.items),
                "values": len(sheet.values),
            },
        )
    return Round(round_id, kind, date, source, len(sheet.items), len(sheet.values))


def set_verdict(
    ws: Workspace,
    round_id: int,
    indicator_ref: str | int,
    level: int,
    number: int,
    status: str | None,
    note: str = "",
) -> None:
    """Type one verdict into a round (None clears it from that round)."""
    ind = ws.instrument.indicator(indicator_ref)
    _require_round(ws, round_id)
    with ws.transaction() as conn:
        conn.execute(
            "DELETE FROM item_verdicts WHERE round_id = ? AND indicator_id = ? AND level = ? "
            "AND number = ?",
            (round_id, ind.id, level, number),
        )
        if status is not None:
            status = normalise_status(status)
            conn.execute(
                "INSERT INTO item_verdicts VALUES (?, ?, ?, ?, ?, ?)",
                (round_id, ind.id, level, number, status, note.strip()),
            )
        ws.log(
            "assessor.verdict",
            ind.id,
            {"round": round_id, "level": level, "number": number, "status": status, "note": note},
        )


def set_value(
    ws: Workspace, round_id: int, indicator_ref: str | int, value: Decimal | None, note: str = ""
) -> None:
    """Type an indicator's value into a round (None clears it)."""
    ind = ws.instrument.indicator(indicator_ref)
    _require_round(ws, round_id)
    inst = ws.instrument
    if value is not None and not inst.level_min <= value <= inst.level_max:
        raise InputError(
            f"Nilai {value} di luar {inst.level_min} sampai {inst.level_max}.",
            f"The value {value} is outside {inst.level_min} to {inst.level_max}.",
            code="BAD_VALUE",
        )
    with ws.transaction() as conn:
        conn.execute(
            "DELETE FROM indicator_verdicts WHERE round_id = ? AND indicator_id = ?",
            (round_id, ind.id),
        )
        if value is not None:
            conn.execute(
                "INSERT INTO indicator_verdicts VALUES (?, ?, ?, ?)",
                (round_id, ind.id, str(value), note.strip()),
            )
        ws.log(
            "assessor.value",
            ind.id,
            {"round": round_id, "value": None if value is None else str(value)},
        )


TYPED = "diketik"  # the source of verdicts typed in on screen


def typed_round(ws: Workspace, kind: str, date: str | None) -> int:
    """The round that verdicts typed in on screen for this kind and date go into."""
    kind, date = check_round(kind), check_date(date)
    row = ws.conn.execute(
        "SELECT id FROM assessor_rounds WHERE source = ? AND kind = ? AND date = ?",
        (TYPED, kind, date),
    ).fetchone()
    if row is not None:
        return int(row[0])
    return record_round(ws, VerdictSheet((), ()), kind=kind, date=date, source=TYPED).id


def rounds(ws: Workspace) -> list[Round]:
    rows = ws.conn.execute(
        "SELECT r.id, r.kind, r.date, r.source, "
        "(SELECT COUNT(*) FROM item_verdicts v WHERE v.round_id = r.id), "
        "(SELECT COUNT(*) FROM indicator_verdicts v WHERE v.round_id = r.id) "
        "FROM assessor_rounds r ORDER BY r.date, r.id"
    )
    return [Round(*r) for r in rows]


def latest_verdicts(ws: Workspace) -> dict[ItemKey, Latest]:
    """The verdict that counts for each item that has one."""
    rows = ws.conn.execute(
        "SELECT v.indicator_id, v.level, v.number, v.status, v.note, r.id, r.kind, r.date "
        "FROM item_verdicts v JOIN assessor_rounds r ON r.id = v.round_id ORDER BY r.date, r.id"
    )
    return {(r[0], r[1], r[2]): Latest(*r[3:]) for r in rows}


def latest_values(ws: Workspace) -> dict[str, LatestValue]:
    """The assessor's value that counts for each indicator that has one."""
    rows = ws.conn.execute(
        "SELECT v.indicator_id, v.value, v.note, r.id, r.kind, r.date "
        "FROM indicator_verdicts v JOIN assessor_rounds r ON r.id = v.round_id "
        "ORDER BY r.date, r.id"
    )
    return {r[0]: LatestValue(Decimal(r[1]), *r[2:]) for r in rows}


def verdict_history(ws: Workspace, indicator_id: str) -> list[tuple[Round, ItemVerdict]]:
    """Every verdict an indicator's items received, oldest round first."""
    by_id = {r.id: r for r in rounds(ws)}
    rows = ws.conn.execute(
        "SELECT v.round_id, v.indicator_id, v.level, v.number, v.status, v.note "
        "FROM item_verdicts v JOIN assessor_rounds r ON r.id = v.round_id "
        "WHERE v.indicator_id = ? ORDER BY r.date, r.id, v.level, v.number",
        (indicator_id,),
    )
    return [(by_id[r[0]], ItemVerdict(*r[1:])) for r in rows]


def _insert(conn, round_id: int, sheet: VerdictSheet) -> None:
    conn.executemany(
        "INSERT INTO item_verdicts VALUES (?, ?, ?, ?, ?, ?)",
        [(round_id, *v) for v in sheet.items],
    )
    conn.executemany(
        "INSERT INTO indicator_verdicts VALUES (?, ?, ?, ?)",
        [(round_id, v.indicator_id, str(v.value), v.note) for v in sheet.values],
    )


def _require_round(ws: Workspace, round_id: int) -> None:
    if (
        ws.conn.execute("SELECT 1 FROM assessor_rounds WHERE id = ?", (round_id,)).fetchone()
        is None
    ):
        raise InputError(
            f"Putaran penilaian {round_id} tidak ada.",
            f"There is no assessment round {round_id}.",
            code="UNKNOWN_ROUND",
        )


__all__ = ["IndicatorValue", "Latest", "LatestValue", "Round", "record_round", "rounds"]
