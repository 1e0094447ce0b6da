"""The hash-chained audit log: every change to an answer or its evidence, in order.

Each row carries the SHA-256 of the previous row, so removing, reordering or editing any row of
the history (in the workspace or in a package) breaks the chain and is detected.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

GENESIS = "0" * 64


def now_utc() -> str:
    """The time stamp of a change, as the log and the tables record it."""
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def canonical(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(record: Mapping[str, Any]) -> str:
    """The hash of a row: over its canonical JSON without the `hash` field itself."""
    import hashlib  # only writers and verifiers need it; reading commands start faster

    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def append(
    conn: sqlite3.Connection,
    action: str,
    indicator_id: str | None,
    data: Mapping[str, Any],
    at: str,
) -> str:
    """Append one row inside the caller's transaction; returns its hash."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    record = {
        "seq": seq,
        "at": at,
        "action": action,
        "indicator": indicator_id,
        "data": dict(data),
        "prev": prev,
    }
    digest = record_hash(record)
    conn.execute(
        "INSERT INTO audit_log (seq, at, action, indicator_id, data, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, indicator_id, canonical(record["data"]), prev, digest),
    )
    return digest


def records(conn: sqlite3.Connection, up_to: int | None = None) -> Iterator[dict[str, Any]]:
    """The log as records (the form shipped in packages), oldest first; up to row `up_to`."""
    for seq, at, action, indicator_id, data, prev, digest in conn.execute(
        "SELECT seq, at, action, indicator_id, data, prev_hash, hash FROM audit_log "
        "WHERE seq <= ? ORDER BY seq",
        (2**62 if up_to is None else up_to,),
    ):
        yield {
            "seq": seq,
            "at": at,
            "action": action,
            "indicator": indicator_id,
            "data": json.loads(data),
            "prev": prev,
            "hash": digest,
        }


def first_broken(rows: Iterable[Mapping[str, Any]]) -> int | None:
    """The position of the first row that breaks the chain, or None when the chain is intact."""
    prev = GENESIS
    for position, row in enumerate(rows):
        if row.get("prev") != prev or row.get("seq") != position + 1:
            return position
        if record_hash(row) != row.get("hash"):
            return position
        prev = row["hash"]
    return None
