"""The hash-chained audit log: every change to an answer or its evidence, in order.

Each row carries the SHA-256 of the previous row, so removing, reordering or editing any row of
the history (in the workspace or in a package) breaks the chain and is detected; the chain's rule
lives in core/hashchain.py, which the package verifier shares.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from typing import Any

from spbe_desktop.core.hashchain import GENESIS, canonical, first_broken, record_hash

__all__ = ["GENESIS", "append", "canonical", "first_broken", "now_utc", "record_hash", "records"]


def now_utc() -> str:
    """The time stamp of a change, as the log and the tables record it."""
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
