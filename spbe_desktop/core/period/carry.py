"""The next period of an OPD (`spbe init NEW --from OLD.spbews --period YEAR`).

What carries over: the OPD's name and coordinator id, the signing key (so the coordinator's pin
stays valid), the pinned coordinator key, the signatory, the target, the services named for the
indicators that take one, the OPD's own items with their numbers, retirements and notes, and all
evidence, placed or not, each file's content stored once with its original dates (so the
freshness warnings apply). Levels start empty: last period's answers are kept beside each
indicator (`previous_answers`) and `take_over_previous` copies them in on request.

Under another instrument the evidence content is carried too, with where it was last period
(`carried_evidence`); nothing is attached to a new indicator until the person confirms it
(`core.period.crosswalk`). The old file is only read (`source.old_workspace`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.instrument.pack import Instrument, pack_by_id
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

from . import META_CARRIED, META_PREVIOUS, META_PREVIOUS_INSTRUMENT, META_PREVIOUS_PERIOD
from .source import old_workspace

# The signing key, the signatory and the target: kept from period to period by an OPD and by
# a coordinator alike.
KEY_AND_SIGNATORY_META = (
    "signing_key_pkcs8",
    "signing_key_public",
    "signing_key_kdf",
    "signing_key_created",
    "signatory_name",
    "signatory_nip",
    "signatory_place",
    "target_index",
)
# What belongs to the OPD rather than to one period.
CARRIED_META = ("opd_id", "pemda", *KEY_AND_SIGNATORY_META)


class Carried(NamedTuple):
    path: Path
    period: str
    instrument: str
    same_instrument: bool
    evidence: int  # evidence rows carried (attached, or kept for confirmation)
    contents: int  # distinct files stored
    left_out: int
    items: int  # own items carried
    previous: int  # indicators with last period's answer kept


class PreviousAnswer(NamedTuple):
    indicator_id: str
    level: int | None
    justification: str
    external_score: str | None
    service_name: str | None


def next_period(
    old_path: str | Path,
    new_path: str | Path,
    period: int | str,
    instrument_id: str | None = None,
    leave_out: Iterable[str] = (),
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> Carried:
    """Make NEW for `period` from last period's OLD. `leave_out` names evidence files (their
    original names or SHA-256 prefixes of 8+ characters) not to carry."""
    wanted = set(leave_out)
    with old_workspace(old_path, "opd") as old:
        if str(period) == old.info.period:
            raise InputError(
                f"{Path(old_path).name} sudah periode {period}; pilih periode berikutnya.",
                f"{Path(old_path).name} is already period {period}; choose the next period.",
                code="SAME_PERIOD",
            )
        instrument = pack_by_id(instrument_id or old.instrument.id)
        same = instrument.id == old.instrument.id
        evidence = _evidence_rows(old.conn)
        kept = [e for e in evidence if not _left_out(e, wanted)]
        meta = {k: old.meta(k) for k in CARRIED_META if old.meta(k)}
        previous = _previous_answers(old)
        meta |= {
            META_PREVIOUS: json.dumps(previous, ensure_ascii=False, sort_keys=True),
            META_PREVIOUS_PERIOD: old.info.period,
            META_PREVIOUS_INSTRUMENT: old.instrument.id,
        }
        if not same:
            meta[META_CARRIED] = json.dumps([_carried(e) for e in kept], ensure_ascii=False)
        new = Workspace.create(
            new_path,
            opd_name=old.info.opd_name,
            instrument=instrument,
            period=period,
            extra_meta=meta,
        )
        try:
            with new.transaction() as conn:
                contents = _copy_contents(old.conn, conn, kept, progress, cancel)
                items = _copy_own(old.conn, conn, instrument) if same else 0
                if same:
                    _attach(conn, kept, contents)
                    _copy_services(conn, previous, instrument)
                _copy_trusted_keys(old.conn, conn)
                new.log(
                    "period.carried",
                    None,
                    {
                        "from_workspace": old.info.workspace_id,
                        "from_period": old.info.period,
                        "from_instrument": old.instrument.id,
                        "evidence": len(kept),
                        "left_out": len(evidence) - len(kept),
                        "items": items,
                    },
                )
        except BaseException:
            new.close()
            Path(new_path).unlink(missing_ok=True)
            raise
        new.close()
    return Carried(
        Path(new_path),
        str(period),
        instrument.id,
        same,
        len(kept),
        len(contents),
        len(evidence) - len(kept),
        items,
        sum(1 for p in previous.values() if p["level"] is not None),
    )


# What is read from last period ------------------------------------------------------------------

EVIDENCE_COLUMNS = (
    "e.indicator_id, e.level, e.item, b.sha256, b.size, e.original_name, e.media_type, "
    "e.added_at, e.document_date, b.id, b.created_at"
)


def _evidence_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    keys = [c.strip().split(".")[1] for c in EVIDENCE_COLUMNS.split(",")]
    keys[-2:] = ["blob_id", "blob_created_at"]
    rows = conn.execute(
        f"SELECT {EVIDENCE_COLUMNS} FROM evidence e JOIN blobs b ON b.id = e.blob_id ORDER BY e.id"
    )
    return [dict(zip(keys, r, strict=True)) for r in rows]


def _left_out(row: dict[str, Any], wanted: set[str]) -> bool:
    return row["original_name"] in wanted or any(
        len(w) >= 8 and row["sha256"].startswith(w.lower()) for w in wanted
    )


def _carried(row: dict[str, Any]) -> dict[str, Any]:
    """A carried file kept for confirmation under a new instrument."""
    return {k: v for k, v in row.items() if k not in ("blob_id", "blob_created_at")}


def _previous_answers(old: Workspace) -> dict[str, dict[str, Any]]:
    return {
        a.indicator_id: {
            "level": a.level,
            "justification": a.justification,
            "external_score": None if a.external_score is None else str(a.external_score),
            "service_name": a.service_name,
        }
        for a in old.answers().values()
        if a.level is not None or a.justification or a.service_name or a.external_score is not None
    }


# What is written into the new period -------------------------------------------------------------


def _copy_contents(
    old: sqlite3.Connection,
    new: sqlite3.Connection,
    rows: list[dict[str, Any]],
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> dict[str, int]:
    """Each distinct content once, chunk by chunk; returns SHA-256 → the new blob id."""
    blobs: dict[str, int] = {}
    unique = {r["sha256"]: r for r in rows}
    total = sum(r["size"] for r in unique.values())
    done = 0
    for sha, row in unique.items():
        check_cancel(cancel)
        progress(done, total, row["original_name"])
        blob_id = new.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
            (sha, row["size"], row["blob_created_at"]),
        ).lastrowid
        chunks = old.execute(
            "SELECT seq, data FROM blob_chunks WHERE blob_id = ? ORDER BY seq", (row["blob_id"],)
        )
        for seq, data in chunks:
            new.execute(
                "INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)",
                (blob_id, seq, data),
            )
        blobs[sha] = blob_id
        done += row["size"]
    progress(total, total, "")
    return blobs


def _attach(conn: sqlite3.Connection, rows: list[dict[str, Any]], blobs: dict[str, int]) -> None:
    conn.executemany(
        "INSERT INTO evidence (indicator_id, level, item, blob_id, original_name, media_type, "
        "size, added_at, document_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r["indicator_id"],
                r["level"],
                r["item"],
                blobs[r["sha256"]],
                r["original_name"],
                r["media_type"],
                r["size"],
                r["added_at"],
                r["document_date"],
            )
            for r in rows
        ],
    )


def _copy_own(old: sqlite3.Connection, new: sqlite3.Connection, instrument: Instrument) -> int:
    """The OPD's own items (same numbers), retirements and item notes."""
    known = {i.id for i in instrument.indicators}
    items = [
        r
        for r in old.execute(
            "SELECT indicator_id, level, number, text, code, origin, added_at, max_age_months "
            "FROM items"
        )
        if r[0] in known
    ]
    new.executemany(
        "INSERT INTO items (indicator_id, level, number, text, code, origin, added_at, "
        "max_age_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        items,
    )
    for table, columns in (
        ("retired_items", "indicator_id, level, number, retired_at"),
        ("item_notes", "indicator_id, level, number, note, pages, updated_at"),
    ):
        rows = [r for r in old.execute(f"SELECT {columns} FROM {table}") if r[0] in known]
        marks = ", ".join("?" * len(columns.split(",")))
        new.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    return len(items)


def _copy_services(
    conn: sqlite3.Connection, previous: dict[str, dict[str, Any]], instrument: Instrument
) -> None:
    """The services named for the indicators that take one (the level stays empty)."""
    known = {i.id for i in instrument.indicators}
    conn.executemany(
        "INSERT INTO answers (indicator_id, level, note, slot_name) VALUES (?, NULL, '', ?)",
        [(k, p["service_name"]) for k, p in previous.items() if p["service_name"] and k in known],
    )


def _copy_trusted_keys(old: sqlite3.Connection, new: sqlite3.Connection) -> None:
    columns = "subject, name, fingerprint, public_key, pinned_at, reason, active"
    rows = old.execute(f"SELECT {columns} FROM trusted_keys ORDER BY id").fetchall()
    new.executemany(f"INSERT INTO trusted_keys ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


# Last period's answers in the new one ----------------------------------------------------------


def previous_answers(ws: Workspace) -> dict[str, PreviousAnswer]:
    """Last period's answers, by indicator id of this workspace's instrument (empty when the
    workspace was not made from an earlier one, or was made under another instrument)."""
    if (ws.meta(META_PREVIOUS_INSTRUMENT) or "") != ws.instrument.id:
        return {}
    raw = json.loads(ws.meta(META_PREVIOUS) or "{}")
    return {
        k: PreviousAnswer(k, v["level"], v["justification"], v["external_score"], v["service_name"])
        for k, v in raw.items()
    }


def take_over_previous(ws: Workspace, refs: Iterable[str | int] | None = None) -> list[str]:
    """Copy last period's level and justification into the given indicators (default: every
    indicator still without a level that had one). Returns the indicator ids changed."""
    previous = previous_answers(ws)
    if not previous:
        raise InputError(
            "Ruang kerja ini tidak dibuat dari periode sebelumnya dengan instrumen yang sama.",
            "This workspace was not made from last period under the same instrument.",
            code="NO_PREVIOUS",
        )
    answers = ws.answers()
    if refs is None:
        known = {i.id for i in ws.instrument.indicators}
        ids = [
            k
            for k, p in previous.items()
            if k in known and p.level is not None and (k not in answers or answers[k].level is None)
        ]
    else:
        ids = [ws.instrument.indicator(r).id for r in refs]
    rows = []
    for ind_id in dict.fromkeys(ids):
        old = previous.get(ind_id)
        if old is None or old.level is None:
            number = ws.instrument.indicator(ind_id).number
            raise InputError(
                f"Indikator {number} tidak memiliki jawaban periode sebelumnya.",
                f"Indicator {number} has no answer from last period.",
                code="NO_PREVIOUS",
            )
        rows.append({"indicator": ind_id, "level": old.level, "justification": old.justification})
    if rows:
        ws.set_answers(rows)
    return [r["indicator"] for r in rows]
