"""Evidence files (bukti dukung) stored inside the workspace, once per SHA-256.

A file is streamed in chunks into the database inside one transaction, hashed on the way: memory
stays flat whatever its size, and a crash leaves the attachment either wholly present or absent.
The same content attached twice (to other indicators, under other names) is stored once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

if TYPE_CHECKING:
    import sqlite3

CHUNK_SIZE = 1024 * 1024


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
    with ws.transaction() as conn, path.open("rb") as fh:
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


class StoredContent(NamedTuple):
    id: int
    sha256: str
    size: int


class HashSink(Protocol):
    """Where chunks are hashed for a caller that checks the digest itself, later."""

    def update(self, chunk: bytes, /) -> None: ...


class ContentMismatch(Exception):
    """Content read for storing did not hash to the SHA-256 it was announced with."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(f"{actual} != {expected}")
        self.expected = expected
        self.actual = actual


def store_content(
    ws: Workspace,
    chunks: Iterable[bytes],
    *,
    expected_sha256: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: CancelFlag | None = None,
    hash_into: HashSink | None = None,
) -> StoredContent:
    """Stream content into the store, inside the caller's transaction; kept once per SHA-256.

    The bytes are read once: hashed while they are written (the hash overlaps with SQLite's
    work, both release the GIL). With `expected_sha256` (from a verified package manifest)
    content already stored is only hashed, not written again, and content that hashes to
    anything else raises ContentMismatch: the caller's transaction then rolls back, so nothing
    of it stays.

    With `hash_into` as well, the chunks go there to be hashed (on another thread, while the
    next file is stored) and the content is stored under `expected_sha256` at once: the caller
    compares the digest before its transaction counts, and rolls it back if they differ.
    """
    if hash_into is not None and expected_sha256 is not None:
        return _store_checked_later(ws, chunks, expected_sha256, hash_into, cancel)
    conn = ws.conn
    known = None
    if expected_sha256 is not None:
        known = conn.execute(
            "SELECT id, size FROM blobs WHERE sha256 = ?", (expected_sha256,)
        ).fetchone()
    blob_id = None
    if known is None:
        blob_id = conn.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES (NULL, 0, ?)", (now_utc(),)
        ).lastrowid

    def write(seq: int, chunk: bytes) -> None:
        if blob_id is not None:
            _insert_chunk(conn, blob_id, seq, chunk)

    sha, done = _hash_while(chunks, write, progress, cancel)
    if expected_sha256 is not None and sha != expected_sha256:
        raise ContentMismatch(expected_sha256, sha)
    if known is not None:
        return StoredContent(known[0], sha, known[1])
    existing = conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
    if existing:
        conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", (blob_id,))
        conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
        return StoredContent(existing[0], sha, done)
    conn.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", (sha, done, blob_id))
    return StoredContent(blob_id, sha, done)


def _store_checked_later(
    ws: Workspace,
    chunks: Iterable[bytes],
    sha256: str,
    hash_into: HashSink,
    cancel: CancelFlag | None,
) -> StoredContent:
    conn = ws.conn
    known = conn.execute("SELECT id, size FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    blob_id = None
    if known is None:
        blob_id = conn.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES (?, 0, ?)", (sha256, now_utc())
        ).lastrowid
    done = 0
    for seq, chunk in enumerate(chunks):
        check_cancel(cancel)
        hash_into.update(chunk)
        if blob_id is not None:
            _insert_chunk(conn, blob_id, seq, chunk)
        done += len(chunk)
    if known is not None:
        return StoredContent(known[0], sha256, known[1])
    conn.execute("UPDATE blobs SET size = ? WHERE id = ?", (done, blob_id))
    return StoredContent(blob_id, sha256, done)


def _insert_chunk(conn: sqlite3.Connection, blob_id: int, seq: int, chunk: bytes) -> None:
    """One chunk written straight into the pages of its row (SQLite's incremental BLOB I/O).
    Bound as a parameter, each chunk would first be copied into a buffer of its own, and a
    megabyte taken from and given back to the system per chunk costs more in page faults than
    the copy itself: an import of 50 packages took about a sixth longer so."""
    row = conn.execute(
        "INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, zeroblob(?))",
        (blob_id, seq, len(chunk)),
    ).lastrowid
    with conn.blobopen("blob_chunks", "data", row) as blob:
        blob.write(chunk)


def _hash_while(
    chunks: Iterable[bytes],
    write: Callable[[int, bytes], None],
    progress: Callable[[int], None] | None,
    cancel: CancelFlag | None,
) -> tuple[str, int]:
    """(SHA-256, size) of `chunks`, each hashed on a helper thread while `write` stores it."""
    # Imported here, not at the top: reading commands start faster without them.
    import hashlib
    import itertools
    from concurrent.futures import ThreadPoolExecutor

    digest = hashlib.sha256()
    done = 0
    chunks = iter(chunks)
    first = next(chunks, None)
    second = None if first is None else next(chunks, None)
    if second is None:  # one chunk at most: nothing to overlap, no thread to start
        for seq, chunk in enumerate(c for c in (first,) if c is not None):
            check_cancel(cancel)
            digest.update(chunk)
            write(seq, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
        return digest.hexdigest(), done
    chunks = itertools.chain((first, second), chunks)
    with ThreadPoolExecutor(max_workers=1) as hasher:
        hashed = None
        for seq, chunk in enumerate(chunks):
            check_cancel(cancel)
            if hashed is not None:
                hashed.result()
            hashed = hasher.submit(digest.update, chunk)
            write(seq, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
        if hashed is not None:
            hashed.result()
    return digest.hexdigest(), done


def drop_content_if_unused(ws: Workspace, blob_id: int) -> None:
    """Delete stored content that no evidence item (own or submitted) refers to any more."""
    used = ws.conn.execute(
        "SELECT 1 FROM evidence WHERE blob_id = ?1 UNION ALL "
        "SELECT 1 FROM submitted_evidence WHERE blob_id = ?1 LIMIT 1",
        (blob_id,),
    ).fetchone()
    if not used:
        ws.conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", (blob_id,))
        ws.conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))


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


def iter_content(ws: Workspace, sha256: str) -> Iterator[bytes]:
    """The stored bytes of one piece of content, chunk by chunk."""
    row = ws.conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        raise InputError(
            "Isi bukti dukung tidak ditemukan.",
            "The evidence content was not found.",
            code="UNKNOWN_EVIDENCE",
        )
    last = -1
    while True:
        chunk = ws.conn.execute(
            "SELECT seq, data FROM blob_chunks WHERE blob_id = ? AND seq > ? ORDER BY seq LIMIT 1",
            (row[0], last),
        ).fetchone()
        if chunk is None:
            return
        last = chunk[0]
        yield chunk[1]


def save_content(
    ws: Workspace,
    sha256: str,
    dest: str | Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> Path:
    """Write stored content to a file (to open it with the system viewer, or to export it)."""
    import hashlib

    dest = Path(dest)
    hasher = hashlib.sha256()
    done = 0
    with written_in_place(dest) as partial:
        with partial.open("wb") as out:
            for chunk in iter_content(ws, sha256):
                check_cancel(cancel)
                hasher.update(chunk)
                out.write(chunk)
                done += len(chunk)
                progress(done, 0, dest.name)
        if hasher.hexdigest() != sha256:
            raise InputError(
                "Isi bukti dukung di ruang kerja tidak cocok dengan sidik jarinya.",
                "The stored evidence does not match its fingerprint.",
                code="EVIDENCE_CORRUPT",
            )
    return dest


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
