"""Opening a workspace file: one editor at a time, a killed writer's recovery, older schemas.

A writer killed in the middle of a change (SIGKILL, a power cut, a full disk) leaves a hot rollback
journal beside the file. SQLite rolls it back on the next read-write open, but a read-only
connection cannot: it reports "attempt to write a readonly database". So a reader that meets a hot
journal takes the workspace's lock for a moment, lets a read-write connection roll the journal
back, lets go, and then reads. When that is not possible it says why in plain words; a file is
called damaged only when SQLite's own checks fail.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.errors import SpbeError, WorkspaceError, is_disk_full

from .backup_folder import newest_backup
from .file_lock import try_lock
from .schema import SCHEMA_VERSION, migrate
from .sqlite_file import (
    IntegrityFailed,
    check_integrity,
    check_version,
    connect,
    keep_copy_before_migrating,
    storage_error,
)

RECOVERY_WAIT = 3.0  # seconds a reader waits for whoever holds the lock to finish the recovery
_RETRY = 0.1
_sleep = time.sleep

# SQLite result codes (https://sqlite.org/rescode.html); extended codes keep the primary in the
# low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_READONLY_ROLLBACK = SQLITE_READONLY | (3 << 8)


class Opened(NamedTuple):
    conn: sqlite3.Connection
    read_only: bool
    reason: str | None  # why an editing open became read-only: in_use | read_only_location
    lock: Any
    scratch: Path | None = None  # a migrated copy read in place of an older file

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
        remove_scratch(self.scratch)


def open_file(path: Path, read_only: bool) -> Opened:
    """Open for editing when asked and possible (taking the lock), else for reading."""
    reason = None
    lock = None
    if read_only:
        pass
    elif not can_write(path):
        reason = "read_only_location"
    else:
        lock = try_lock(path)
        if lock is None:
            reason = "in_use"
    writable = not read_only and reason is None
    try:
        conn = connect(path) if writable else connect_for_reading(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    opened = Opened(conn, not writable, reason, lock)
    try:
        version = check_version(conn, path)
        if writable:
            check_after_unclean_shutdown(conn, path)
            if version < SCHEMA_VERSION:
                migrate_keeping_a_copy(conn, path, version)
        elif version < SCHEMA_VERSION:
            copy, scratch = migrated_copy(conn, version)
            conn.close()
            opened = Opened(copy, True, reason, lock, scratch)
    except BaseException:
        opened.close()
        raise
    return opened


def migrated_copy(source: sqlite3.Connection, version: int) -> tuple[sqlite3.Connection, Path]:
    """An older workspace opened only for reading: its bytes stay as they are, and a temporary
    copy brought up to the current schema is read instead. Returns a read-only connection to the
    copy and the scratch folder holding it (removed when the workspace is closed)."""
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="spbe-baca-"))
    copy = scratch / "ruang-kerja.spbews"
    try:
        target = connect(copy)
        try:
            source.backup(target)
            migrate(target, version)
        finally:
            target.close()
        return connect(copy, read_only=True), scratch
    except BaseException:
        remove_scratch(scratch)
        raise


def remove_scratch(folder: Path | None) -> None:
    if folder is not None:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def can_write(path: Path) -> bool:
    """Whether this process may write the file and create files beside it (the journal)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection; a hot journal left by a killed writer is rolled back first."""
    deadline = time.monotonic() + RECOVERY_WAIT
    while True:
        conn = _reader(path)
        if conn is not None:
            return conn
        if not can_write(path):
            raise not_closed_cleanly(path)
        held_elsewhere = not finish_recovery(path)
        if time.monotonic() >= deadline:
            raise open_elsewhere(path) if held_elsewhere else not_closed_cleanly(path)
        if held_elsewhere:
            _sleep(_RETRY)


def _reader(path: Path) -> sqlite3.Connection | None:
    """A read-only connection, or None while a hot journal stands in the way."""
    conn = None
    try:
        conn = connect(path, read_only=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.OperationalError) and _code(exc) == SQLITE_READONLY_ROLLBACK:
            return None
        raise
    return conn


def finish_recovery(path: Path) -> bool:
    """Roll back a killed writer's journal under the lock; False when someone else holds it."""
    lock = try_lock(path)
    if lock is None:
        return False
    try:
        conn = connect(path)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # SQLite rolls back here
            check_after_unclean_shutdown(conn, path)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if _code(exc) & 0xFF == SQLITE_READONLY:
            raise not_closed_cleanly(path) from exc
        raise
    finally:
        lock.release()
    return True


def check_after_unclean_shutdown(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's full check when the last session that wrote did not end cleanly; then mark the
    file clean (only an editing connection, which holds the lock, calls this)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'clean_shutdown'").fetchone()
    if row is not None and row[0] != "1":
        check_integrity(conn, path)
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'clean_shutdown'")


def migrate_keeping_a_copy(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring an older file up to date, keeping a copy an older app can open; when that fails
    (a full disk), the file stays as it was and no copy made now is left behind."""
    try:
        copy = keep_copy_before_migrating(path, version)
    except SpbeError as exc:
        if exc.code == "DISK_FULL":
            raise migration_disk_full(path) from exc
        raise
    try:
        migrate(conn, version)
    except BaseException as exc:
        if copy is not None:
            copy.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise migration_disk_full(path) from exc
        raise


def read_failure(exc: sqlite3.DatabaseError, path: Path) -> WorkspaceError:
    """Plain words for what SQLite reported while opening; "damaged" only for its own checks."""
    code = _code(exc)
    primary = code & 0xFF
    if isinstance(exc, IntegrityFailed) or primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return corrupt(path)
    if code == SQLITE_READONLY_ROLLBACK:
        return not_closed_cleanly(path)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_READONLY):
        return storage_error(exc)
    return WorkspaceError(
        f"Berkas {path.name} tidak bisa dibaca ({exc}).",
        f"The file {path.name} cannot be read ({exc}).",
        code="WORKSPACE_UNREADABLE",
    )


def _code(exc: sqlite3.Error) -> int:
    return getattr(exc, "sqlite_errorcode", None) or 0


def corrupt(path: Path) -> WorkspaceError:
    """SQLite's own checks failed: say so, and name the newest backup and when it was made."""
    from datetime import datetime

    try:
        backup = newest_backup(path)
    except OSError:  # the backup folder cannot be read: say what is known
        backup = None
    if backup is None:
        return WorkspaceError(
            f"Berkas {path.name} rusak (pemeriksaan SQLite gagal) dan tidak ada cadangan untuknya "
            "di komputer ini; pakai salinan lain bila ada.",
            f"The file {path.name} is damaged (SQLite's own check failed) and there is no backup "
            "of it on this computer; use another copy if you have one.",
            code="WORKSPACE_CORRUPT",
        )
    made = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    command = f'spbe restore "{backup}" --to "{path}"'
    return WorkspaceError(
        f"Berkas {path.name} rusak (pemeriksaan SQLite gagal). Cadangan terbaru: {backup} "
        f"({made}); pulihkan lewat menu Berkas → Pulihkan cadangan… atau {command}.",
        f"The file {path.name} is damaged (SQLite's own check failed). The newest backup is "
        f"{backup} ({made}); restore it with File → Restore a backup… or {command}.",
        code="WORKSPACE_CORRUPT",
    )


def migration_disk_full(path: Path) -> WorkspaceError:
    return WorkspaceError(
        f"Disk penuh: {path.name} perlu diperbarui ke skema {SCHEMA_VERSION}, dengan salinan "
        "berkas lamanya di sampingnya, dan itu tidak muat; isinya tidak berubah. Kosongkan ruang "
        "disk, lalu buka lagi.",
        f"The disk is full: {path.name} must be brought up to schema {SCHEMA_VERSION}, keeping "
        "a copy of the old file beside it, and that does not fit; its content is unchanged. "
        "Free some disk space, then open it again.",
        code="DISK_FULL",
    )


def not_closed_cleanly(path: Path) -> WorkspaceError:
    journal = path.name + "-journal"
    return WorkspaceError(
        f"Ruang kerja {path.name} tidak ditutup dengan benar dan pemulihannya tidak bisa selesai "
        f"di sini karena foldernya tidak bisa ditulisi; buka untuk diedit di tempat yang bisa "
        f"ditulisi (salin bersama berkas {journal} di sampingnya) agar pemulihan selesai.",
        f"The workspace {path.name} was not closed cleanly and the recovery cannot finish here "
        f"because its folder cannot be written to; open it for editing where it can be written "
        f"(copy it together with the file {journal} beside it) to finish the recovery.",
        code="WORKSPACE_NOT_CLOSED",
    )


def open_elsewhere(path: Path) -> WorkspaceError:
    return WorkspaceError(
        f"Ruang kerja {path.name} tidak ditutup dengan benar dan kini sedang dibuka program lain "
        "yang akan memulihkannya; tutup program itu atau tunggu sebentar, lalu coba lagi.",
        f"The workspace {path.name} was not closed cleanly and is now open in another program, "
        "which will recover it; close that program or wait a moment, then try again.",
        code="WORKSPACE_IN_USE",
    )
