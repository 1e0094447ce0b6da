"""The workspace file itself: opening SQLite safely, recognising a workspace, integrity checks,
and plain words for storage failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from spbe_desktop.core.errors import WorkspaceError

from .schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".spbews"
BUSY_TIMEOUT_MS = 5000  # how long a connection waits for another one's change to end


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        # Built by hand (Path.as_uri would load urllib on every start): file:///home/… on POSIX,
        # file:///C:/… on Windows, with the characters that mean something in a URI escaped.
        absolute = path.resolve().as_posix()
        if not absolute.startswith("/"):
            absolute = "/" + absolute
        escaped = absolute.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
        uri = f"file://{escaped}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")  # reads the file: may meet a hot journal
        # A savepoint's undo copies (one per package of an import) stay in memory, not in a
        # temporary file written and thrown away.
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def check_is_workspace_file(path: Path) -> None:
    if not path.exists():
        raise WorkspaceError(
            f"Berkas ruang kerja {path} tidak ditemukan.",
            f"The workspace file {path} was not found.",
            code="WORKSPACE_NOT_FOUND",
        )
    if path.is_dir():
        raise WorkspaceError(
            f"{path} adalah folder, bukan berkas ruang kerja (.spbews).",
            f"{path} is a folder, not a workspace file (.spbews).",
            code="NOT_A_WORKSPACE",
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(
            f"Berkas {path} tidak bisa dibaca: {exc.strerror}.",
            f"The file {path} cannot be read: {exc.strerror}.",
            code="WORKSPACE_UNREADABLE",
        ) from exc
    app_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if not header.startswith(SQLITE_HEADER) or app_id != APPLICATION_ID:
        raise WorkspaceError(
            f"{path.name} bukan berkas ruang kerja SPBE Desktop.",
            f"{path.name} is not an SPBE Desktop workspace file.",
            code="NOT_A_WORKSPACE",
        )


def check_version(conn: sqlite3.Connection, path: Path) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            f"{path.name} dibuat oleh versi SPBE Desktop yang lebih baru (skema {version}); "
            "perbarui aplikasi untuk membukanya.",
            f"{path.name} was made by a newer version of SPBE Desktop (schema {version}); "
            "update the app to open it.",
            code="WORKSPACE_TOO_NEW",
        )
    return version


class IntegrityFailed(sqlite3.DatabaseError):
    """SQLite's own check found the file damaged."""


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own full check, run after an unclean shutdown."""
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    fk_problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if result != ["ok"] or fk_problems:
        raise IntegrityFailed(f"{path.name}: {result[:3]}, {len(fk_problems)} foreign key problems")


def storage_error(exc: sqlite3.Error) -> WorkspaceError:
    text = str(exc).lower()
    if "full" in text:
        return WorkspaceError(
            "Disk penuh: perubahan tidak disimpan dan isi ruang kerja tetap seperti sebelumnya. "
            "Kosongkan ruang disk, lalu coba lagi.",
            "The disk is full: the change was not saved and the workspace is as it was. "
            "Free some disk space, then try again.",
            code="DISK_FULL",
        )
    if "locked" in text or "busy" in text:
        return WorkspaceError(
            "Ruang kerja sedang dipakai proses lain; coba lagi sebentar lagi.",
            "The workspace is busy in another process; try again in a moment.",
            code="WORKSPACE_BUSY",
        )
    if "readonly" in text or "read-only" in text:
        return WorkspaceError(
            "Ruang kerja hanya bisa dibaca; perubahan tidak disimpan.",
            "The workspace is read-only; the change was not saved.",
            code="READ_ONLY_LOCATION",
        )
    return WorkspaceError(
        f"Gagal menyimpan ke ruang kerja ({exc}); isinya tetap seperti sebelumnya.",
        f"Could not save to the workspace ({exc}); it is unchanged.",
        code="STORAGE_ERROR",
    )


def keep_copy_before_migrating(path: Path, version: int) -> Path | None:
    """An older app can still open this copy if the person has to go back. The copy is whole or
    not there (a full disk); returns it when it was made now, None when it was there already."""
    import shutil

    from spbe_desktop.core.files import written_in_place

    copy = path.with_name(f"{path.stem}.skema-{version}{path.suffix}")
    existed = copy.exists()
    with written_in_place(copy) as partial:
        shutil.copy2(path, partial)
    return None if existed else copy
