"""The workspace file's schema and its forward migrations.

The schema version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the file as an
SPBE Desktop workspace so that any other SQLite file is refused. Tables are created through
sqlite-utils; each migration moves the schema one version forward inside one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x53504245  # "SPBE"
SCHEMA_VERSION = 6
PAGE_SIZE = 16384


def create_schema(conn: sqlite3.Connection) -> None:
    """Lay out an empty workspace (version SCHEMA_VERSION) on a fresh connection."""
    import sqlite_utils

    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["answers"].create(
        {
            "indicator_id": str,
            "level": int,
            "external_score": str,
            "note": str,
            "slot_name": str,
            "updated_at": str,
        },
        pk="indicator_id",
        not_null={"note"},
        defaults={"note": ""},
    )
    db["blobs"].create(
        {"id": int, "sha256": str, "size": int, "created_at": str},
        pk="id",
    )
    db["blobs"].create_index(["sha256"], unique=True)
    db["blob_chunks"].create(
        {"blob_id": int, "seq": int, "data": bytes},
        foreign_keys=[("blob_id", "blobs", "id")],
    )
    db["blob_chunks"].create_index(["blob_id", "seq"], unique=True)
    db["evidence"].create(
        {
            "id": int,
            "indicator_id": str,
            "level": int,
            "blob_id": int,
            "original_name": str,
            "media_type": str,
            "size": int,
            "added_at": str,
        },
        pk="id",
        not_null={"indicator_id", "blob_id", "original_name", "size", "added_at"},
        foreign_keys=[("blob_id", "blobs", "id")],
    )
    db["evidence"].create_index(["indicator_id"])
    db["evidence"].create_index(["blob_id"])
    db["audit_log"].create(
        {
            "seq": int,
            "at": str,
            "action": str,
            "indicator_id": str,
            "data": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={"at", "action", "data", "prev_hash", "hash"},
    )
    _create_trusted_keys(conn)
    _create_exchange_tables(conn)
    _add_evidence_items(conn)
    _add_assessor_verdicts(conn)
    _add_item_freshness(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_trusted_keys(conn: sqlite3.Connection) -> None:
    """Version 2: the public keys this workspace trusts (pinned per subject, with history)."""
    import sqlite_utils

    sqlite_utils.Database(conn)["trusted_keys"].create(
        {
            "id": int,
            "subject": str,
            "name": str,
            "fingerprint": str,
            "public_key": str,
            "pinned_at": str,
            "reason": str,
            "active": int,
        },
        pk="id",
        not_null={"subject", "fingerprint", "public_key", "pinned_at", "active"},
    )
    conn.execute("CREATE INDEX idx_trusted_keys_subject ON trusted_keys (subject, active)")


def _create_exchange_tables(conn: sqlite3.Connection) -> None:
    """Version 3: what travels between OPDs and the coordinator.

    A coordinator workspace keeps its OPDs, the packages imported, the latest submitted answers
    and evidence of each OPD, indicator owners, decisions, reviews and earlier results; an OPD
    workspace keeps the review notes it received. Evidence content stays in `blobs`, once per
    SHA-256 across all OPDs.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["opds"].create(
        {"id": str, "name": str, "created_at": str}, pk="id", not_null={"name", "created_at"}
    )
    db["opds"].create_index(["name"], unique=True)
    db["packages"].create(
        {
            "package_id": str,
            "kind": str,
            "direction": str,
            "opd_id": str,
            "period": str,
            "revision": int,
            "fingerprint": str,
            "file_name": str,
            "manifest_sha256": str,
            "at": str,
        },
        pk="package_id",
        not_null={"kind", "direction", "at"},
    )
    db["assignments"].create(
        {"opd_id": str, "indicators": str, "deadline": str, "package_id": str, "at": str},
        pk="opd_id",
    )
    db["owners"].create({"indicator_id": str, "opd_id": str}, pk="indicator_id")
    db["submitted_answers"].create(
        {
            "opd_id": str,
            "indicator_id": str,
            "level": int,
            "external_score": str,
            "value": str,
            "note": str,
            "slot_name": str,
            "package_id": str,
        },
        pk=("opd_id", "indicator_id"),
    )
    db["submitted_evidence"].create(
        {
            "id": int,
            "opd_id": str,
            "indicator_id": str,
            "level": int,
            "blob_id": int,
            "original_name": str,
            "media_type": str,
            "size": int,
            "package_id": str,
        },
        pk="id",
        foreign_keys=[("blob_id", "blobs", "id")],
    )
    db["submitted_evidence"].create_index(["opd_id", "indicator_id"])
    db["submitted_evidence"].create_index(["blob_id"])
    db["decisions"].create(
        {"indicator_id": str, "value": str, "reason": str, "at": str}, pk="indicator_id"
    )
    db["reviews"].create(
        {"opd_id": str, "indicator_id": str, "status": str, "note": str, "at": str},
        pk=("opd_id", "indicator_id"),
    )
    db["earlier_results"].create(
        {"period": str, "index_value": str, "predicate": str, "source": str}, pk="period"
    )
    db["review_notes"].create(
        {"indicator_id": str, "status": str, "note": str, "package_id": str, "at": str},
        pk="indicator_id",
    )


def _add_evidence_items(conn: sqlite3.Connection) -> None:
    """Version 4: evidence items ("butir data dukung") per level, as the national portal has them.

    The instrument's own items are data (its stored pack); `items` holds the ones a workspace
    adds, numbered after them within their level. Numbers never change: an item is retired
    (`retired_items`, pack items included), never renumbered. Evidence is placed on
    (indicator, level, item) and has a document date; evidence that had a level lands on item 1
    of it, evidence without a level stays unplaced. A coordinator keeps each OPD's items, notes
    and placements as submitted.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["items"].create(
        {
            "id": int,
            "indicator_id": str,
            "level": int,
            "number": int,
            "text": str,
            "code": str,
            "origin": str,
            "added_at": str,
        },
        pk="id",
        not_null={"indicator_id", "level", "number", "text", "origin", "added_at"},
    )
    db["items"].create_index(["indicator_id", "level", "number"], unique=True)
    db["retired_items"].create(
        {"indicator_id": str, "level": int, "number": int, "retired_at": str},
        pk=("indicator_id", "level", "number"),
        not_null={"retired_at"},
    )
    db["item_notes"].create(
        {
            "indicator_id": str,
            "level": int,
            "number": int,
            "note": str,
            "pages": str,
            "updated_at": str,
        },
        pk=("indicator_id", "level", "number"),
        not_null={"note", "pages", "updated_at"},
        defaults={"note": "", "pages": ""},
    )
    for table in ("evidence", "submitted_evidence"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN item INTEGER")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN document_date TEXT")
        conn.execute(f"UPDATE {table} SET item = 1 WHERE level IS NOT NULL")
    db["submitted_items"].create(
        {
            "opd_id": str,
            "indicator_id": str,
            "level": int,
            "number": int,
            "text": str,
            "code": str,
            "origin": str,
            "retired": int,
            "note": str,
            "pages": str,
        },
        pk=("opd_id", "indicator_id", "level", "number"),
        not_null={"text", "origin", "retired", "note", "pages"},
    )


def _add_assessor_verdicts(conn: sqlite3.Connection) -> None:
    """Version 5: the assessors' verdicts, round by round (self-assessment, document assessment,
    interview, visit), each round with its date. A verdict names an item (indicator, level,
    number) and says diterima or a kind of revisi; a round may also give an indicator its value.
    Rounds are never overwritten: the latest verdict per item counts, earlier ones are history.
    An OPD workspace keeps its internal team's rounds and the verdicts its coordinator sent back.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["assessor_rounds"].create(
        {"id": int, "kind": str, "date": str, "source": str, "created_at": str},
        pk="id",
        not_null={"kind", "date", "source", "created_at"},
    )
    db["item_verdicts"].create(
        {
            "round_id": int,
            "indicator_id": str,
            "level": int,
            "number": int,
            "status": str,
            "note": str,
        },
        pk=("round_id", "indicator_id", "level", "number"),
        not_null={"status", "note"},
        foreign_keys=[("round_id", "assessor_rounds", "id")],
    )
    db["indicator_verdicts"].create(
        {"round_id": int, "indicator_id": str, "value": str, "note": str},
        pk=("round_id", "indicator_id"),
        not_null={"value", "note"},
        foreign_keys=[("round_id", "assessor_rounds", "id")],
    )


def _add_item_freshness(conn: sqlite3.Connection) -> None:
    """Version 6: an item a workspace adds may say how recent its evidence must be, in months
    (as the instrument's own items may), so that the evidence check warns about older evidence."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    if "max_age_months" not in columns:
        conn.execute("ALTER TABLE items ADD COLUMN max_age_months INTEGER")


# Each entry moves a workspace from version N-1 to N. Version 1 is the first layout.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _create_trusted_keys,
    3: _create_exchange_tables,
    4: _add_evidence_items,
    5: _add_assessor_verdicts,
    6: _add_item_freshness,
}


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring an older workspace up to SCHEMA_VERSION in one transaction: every step, or (a full
    disk, a crash) none."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (disk full)
            conn.execute("ROLLBACK")
        raise
