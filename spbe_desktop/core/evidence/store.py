"""Evidence files (bukti dukung) attached to a workspace: listing, attaching and removing them.

A file is attached inside one transaction, its content streamed into the content store
(`content`, once per SHA-256): a crash leaves the attachment either wholly present or absent,
and the same content attached twice (to other indicators, under other names) is stored once.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, no_progress
from spbe_desktop.core.workspace.early_flush import flushing_early
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .content import CHUNK_SIZE, drop_content_if_unused, store_content

# A file this large has its pages written out while it is stored (see early_flush); for a
# smaller one, the helper thread would cost more than the commit's wait it saves.
FLUSH_EARLY_BYTES = 32 * 1024 * 1024


class EvidenceItem(NamedTuple):
    id: int
    indicator_id: str
    level: int | None
    sha256: str
    original_name: str
    media_type: str
    size: int
    added_at: str
    item: int | None = None  # the evidence item of its level it is placed on (none: not placed)
    document_date: str | None = None  # YYYY-MM-DD: the date of the document itself


_SELECT = (
    "SELECT e.id, e.indicator_id, e.level, b.sha256, e.original_name, e.media_type, e.size, "
    "e.added_at, e.item, e.document_date FROM evidence e JOIN blobs b ON b.id = e.blob_id"
)


def list_evidence(ws: Workspace, indicator_ref: str | int | None = None) -> list[EvidenceItem]:
    if indicator_ref is None:
        rows = ws.conn.execute(_SELECT + " ORDER BY e.indicator_id, e.id")
    else:
        ind = ws.instrument.indicator(indicator_ref)
        rows = ws.conn.execute(_SELECT + " WHERE e.indicator_id = ? ORDER BY e.id", (ind.id,))
    return [EvidenceItem(*r) for r in rows]


def get_evidence(ws: Workspace, evidence_id: int) -> EvidenceItem:
    row = ws.conn.execute(_SELECT + " WHERE e.id = ?", (evidence_id,)).fetchone()
    if row is None:
        raise InputError(
            f"Bukti dukung #{evidence_id} tidak ada.",
            f"Evidence #{evidence_id} does not exist.",
            code="UNKNOWN_EVIDENCE",
        )
    return EvidenceItem(*row)


def evidence_counts(ws: Workspace) -> dict[str, int]:
    return dict(
        ws.conn.execute("SELECT indicator_id, COUNT(*) FROM evidence GROUP BY indicator_id")
    )


def guess_media_type(name: str) -> str:
    import mimetypes

    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def attach_file(
    ws: Workspace,
    indicator_ref: str | int,
    path: str | Path,
    *,
    level: int | None = None,
    item: int | None = None,
    document_date: str | None = None,
    display_name: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> EvidenceItem:
    """Store a file as evidence of an indicator, placed on an item of a level (item 1 when
    only the level is given; not placed without a level). `document_date` defaults to the
    file's own date.

    Attaching the same content to the same place again changes nothing and returns the
    existing evidence.
    """
    from .dates import check_document_date, file_date
    from .items import check_placement

    ind = ws.instrument.indicator(indicator_ref)
    item = check_placement(ws, ind, level, item)
    path = Path(path)
    size = check_readable_file(path)
    document_date = check_document_date(document_date) or file_date(path)
    ws.require_writable()
    name = display_name or path.name
    progress(0, size, name)
    early = flushing_early(ws.path.parent) if size >= FLUSH_EARLY_BYTES else nullcontext()
    with ws.transaction() as conn, early, path.open("rb") as fh:
        blob = store_content(
            ws,
            iter(lambda: fh.read(CHUNK_SIZE), b""),
            progress=lambda done: progress(done, max(size, done), name),
            cancel=cancel,
        )
        twin = conn.execute(
            "SELECT id FROM evidence WHERE blob_id = ? AND indicator_id = ? AND level IS ? "
            "AND item IS ?",
            (blob.id, ind.id, level, item),
        ).fetchone()
        if twin:
            return get_evidence(ws, twin[0])
        sha, done, blob_id = blob.sha256, blob.size, blob.id
        evidence_id = conn.execute(
            "INSERT INTO evidence (indicator_id, level, item, blob_id, original_name, media_type, "
            "size, added_at, document_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ind.id,
                level,
                item,
                blob_id,
                name,
                guess_media_type(name),
                done,
                now_utc(),
                document_date,
            ),
        ).lastrowid
        ws.log(
            "evidence.added",
            ind.id,
            {
                "evidence": evidence_id,
                "sha256": sha,
                "name": name,
                "size": done,
                "level": level,
                "item": item,
                "document_date": document_date,
            },
        )
    return get_evidence(ws, evidence_id)


def remove_evidence(ws: Workspace, evidence_id: int) -> None:
    """Unlink one evidence item; its content goes once no other item uses it."""
    item = get_evidence(ws, evidence_id)
    with ws.transaction() as conn:
        blob_id = conn.execute(
            "SELECT blob_id FROM evidence WHERE id = ?", (evidence_id,)
        ).fetchone()[0]
        conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
        drop_content_if_unused(ws, blob_id)
        ws.log(
            "evidence.removed",
            item.indicator_id,
            {"evidence": evidence_id, "sha256": item.sha256, "name": item.original_name},
        )


def check_readable_file(path: Path) -> int:
    if not path.exists():
        raise InputError(
            f"Berkas {path} tidak ditemukan.",
            f"The file {path} was not found.",
            code="FILE_NOT_FOUND",
        )
    if path.is_dir():
        raise InputError(
            f"{path} adalah folder; pilih berkasnya satu per satu.",
            f"{path} is a folder; choose the files inside it.",
            code="IS_A_DIRECTORY",
        )
    if not os.access(path, os.R_OK):
        raise InputError(
            f"Berkas {path} tidak bisa dibaca (izin akses).",
            f"The file {path} cannot be read (permission denied).",
            code="FILE_UNREADABLE",
        )
    return path.stat().st_size
