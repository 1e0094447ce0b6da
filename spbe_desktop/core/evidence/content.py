"""The content store: each piece of evidence content kept once per SHA-256, in chunks of the
`blob_chunks` table, streamed in and out so that memory stays flat whatever its size. Content is
written inside the caller's transaction, hashed on the way (or handed to a hasher that checks it
before the transaction counts); reading it back checks it against its SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple, Protocol

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

if TYPE_CHECKING:
    import sqlite3

CHUNK_SIZE = 1024 * 1024


class StoredContent(NamedTuple):
    id: int
    sha256: str
    size: int


class HashSink(Protocol):
    """Where chunks are hashed for a caller that checks the digest itself, later."""

    def update(self, chunk: bytes | memoryview, /) -> None: ...


class ContentMismatch(Exception):
    """Content read for storing did not hash to the SHA-256 it was announced with."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(f"{actual} != {expected}")
        self.expected = expected
        self.actual = actual


def store_content(
    ws: Workspace,
    chunks: Iterable[bytes | memoryview],
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
    chunks: Iterable[bytes | memoryview],
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


def _insert_chunk(
    conn: sqlite3.Connection, blob_id: int, seq: int, chunk: bytes | memoryview
) -> None:
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
    dest = Path(dest)
    with written_in_place(dest) as partial, partial.open("wb") as out:
        write_content(ws, sha256, out, lambda done: progress(done, 0, dest.name), cancel)
    return dest


def write_content(
    ws: Workspace,
    sha256: str,
    out: BinaryIO,
    written: Callable[[int], None],
    cancel: CancelFlag | None = None,
) -> None:
    """Stored content into an open file, checked against its SHA-256 on the way (a mismatch is
    EVIDENCE_CORRUPT; each chunk is hashed on a helper thread while it is written); `written`
    hears the bytes written so far."""

    def write(_seq: int, chunk: bytes) -> None:
        out.write(chunk)

    digest, _size = _hash_while(iter_content(ws, sha256), write, written, cancel)
    if digest != sha256:
        raise InputError(
            "Isi bukti dukung di ruang kerja tidak cocok dengan sidik jarinya.",
            "The stored evidence does not match its fingerprint.",
            code="EVIDENCE_CORRUPT",
        )
