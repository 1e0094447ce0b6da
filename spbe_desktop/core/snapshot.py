"""One consistent view of an OPD workspace, read once: what an export, the summary PDF and the
evidence check all work from.

Everything is read inside one read transaction, so the package's JSON, its summary PDF and the
linter's findings describe the same moment even if the workspace changes while they are built.
Evidence content itself is not part of the view: it is stored once per SHA-256 and never changes,
so it is streamed later by hash.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.evidence.items import ItemNote, LevelItem, all_items, item_notes
from spbe_desktop.core.evidence.store import EvidenceItem, list_evidence
from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.core.instrument.scoring import Score, score
from spbe_desktop.core.keys import META_CREATED, META_PUBLIC, KeyInfo, fingerprint
from spbe_desktop.core.workspace.workspace import Answer, Workspace, WorkspaceInfo

META_REVISION = "package_revision"
META_SIGNATORY = ("signatory_name", "signatory_nip", "signatory_place")
META_SIGNING_DATE = "signatory_date"


class Signatory(NamedTuple):
    """The Kepala OPD who signs the summary: name, NIP and the place written before the date."""

    name: str
    nip: str
    place: str


def signing_date_from(stored: str | None) -> date:
    """The date printed above the signature: the one chosen (ISO), else today."""
    try:
        return date.fromisoformat(stored or "")
    except ValueError:
        return date.today()


@dataclass(frozen=True)
class Snapshot:
    """An OPD workspace at one moment. Build it with `read_snapshot`."""

    info: WorkspaceInfo
    instrument: Instrument
    meta: Mapping[str, str]
    answers: Mapping[str, Answer]
    values: Mapping[str, Decimal]
    score: Score
    evidence: tuple[EvidenceItem, ...]
    reviews: Mapping[str, str]  # indicator id → the coordinator's latest verdict
    key: KeyInfo | None
    audit_head: int  # the last audit log row this view includes
    # Evidence items per indicator and level (pack and own, retired ones marked) and their notes.
    items: Mapping[str, Mapping[int, list[LevelItem]]] = field(default_factory=dict)
    item_notes: Mapping[tuple[str, int, int], ItemNote] = field(default_factory=dict)
    evidence_counts: Mapping[str, int] = field(init=False)

    def __post_init__(self) -> None:
        counts: dict[str, int] = {}
        for item in self.evidence:
            counts[item.indicator_id] = counts.get(item.indicator_id, 0) + 1
        object.__setattr__(self, "evidence_counts", counts)

    @property
    def opd_id(self) -> str:
        """The OPD's id as the coordinator knows it (from the assignment), else the workspace's."""
        return self.meta.get("opd_id") or self.info.workspace_id

    @property
    def revision(self) -> int:
        """The revision of the last package exported (0 before the first)."""
        return int(self.meta.get(META_REVISION) or "0")

    @property
    def signatory(self) -> Signatory:
        return Signatory(*(self.meta.get(k) or "" for k in META_SIGNATORY))

    @property
    def signing_date(self) -> date:
        return signing_date_from(self.meta.get(META_SIGNING_DATE))


def read_snapshot(ws: Workspace) -> Snapshot:
    """Read the view in one read transaction (answers once, evidence listed once)."""
    with _read_transaction(ws.conn):
        meta = dict(ws.conn.execute("SELECT key, value FROM meta"))
        answers = ws.answers()
        evidence = tuple(list_evidence(ws))
        items = all_items(ws)
        notes = item_notes(ws)
        reviews = _reviews(ws.conn)
        head = ws.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_log").fetchone()[0]
    values = ws.values(answers)
    return Snapshot(
        info=ws.info,
        instrument=ws.instrument,
        meta=meta,
        answers=answers,
        values=values,
        score=score(ws.instrument, values),
        evidence=evidence,
        reviews=reviews,
        key=_key(meta),
        audit_head=head,
        items=items,
        item_notes=notes,
    )


@contextmanager
def _read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A read transaction, or the caller's transaction when one is open already."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def _key(meta: Mapping[str, str]) -> KeyInfo | None:
    public = meta.get(META_PUBLIC)
    return KeyInfo(public, fingerprint(public), meta.get(META_CREATED) or "") if public else None


def _reviews(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT indicator_id, status FROM review_notes"))
    except sqlite3.OperationalError:  # a workspace from before reviews existed, read-only
        return {}
