"""The workspace: one SQLite file holding an OPD's answers, evidence and history.

Every change is one transaction with `synchronous=FULL`, so a crash or power cut loses nothing
that was committed and never leaves half a change. One running instance writes; another one that
opens the same file gets it read-only and is told why (opening: `opening`; answers: `answers`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.errors import InputError, WorkspaceError
from spbe_desktop.core.instrument.pack import Instrument

from . import audit
from .answers import Answer, AnswersMixin
from .audit import now_utc
from .opening import open_file, read_failure, remove_scratch
from .schema import create_schema
from .sqlite_file import WORKSPACE_SUFFIX, check_is_workspace_file, connect, storage_error

__all__ = ["WORKSPACE_SUFFIX", "Answer", "Workspace", "WorkspaceInfo", "new_id", "now_utc"]


def new_id() -> str:
    import uuid  # imported here: it is slow to load and only creating needs it

    return str(uuid.uuid4())


class WorkspaceInfo(NamedTuple):
    workspace_id: str
    kind: str
    opd_name: str
    period: str
    instrument_id: str
    instrument_sha256: str
    created_at: str
    app_version: str


class Workspace(AnswersMixin):
    """An open workspace file. Use `Workspace.create` or `Workspace.open`; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, reason: str | None):
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.read_only_reason = reason
        self._lock = None
        self._scratch: Path | None = None  # a migrated copy read in place of an older file
        self._depth = 0
        self._dirty = False  # written in this session: close() marks the shutdown clean
        # One writer at a time: a GUI worker thread and the UI thread share this connection.
        self._writer = threading.RLock()
        self._meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.instrument = Instrument.from_data(
            _json_loads(self._meta["instrument_json"]), self._meta["instrument_sha256"]
        )
        self.info = WorkspaceInfo(
            workspace_id=self._meta["workspace_id"],
            kind=self._meta.get("kind", "opd"),
            opd_name=self._meta.get("opd_name", ""),
            period=self._meta.get("period", ""),
            instrument_id=self._meta["instrument_id"],
            instrument_sha256=self._meta["instrument_sha256"],
            created_at=self._meta.get("created_at", ""),
            app_version=self._meta.get("app_version", ""),
        )

    # Creating and opening --------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        opd_name: str,
        instrument: Instrument,
        period: int | str,
        kind: str = "opd",
        extra_meta: dict[str, str] | None = None,
    ) -> Workspace:
        """Create a new workspace file; refuses to overwrite an existing file."""
        from spbe_desktop import __version__

        path = Path(path)
        if not opd_name.strip():
            raise InputError("Nama OPD tidak boleh kosong.", "The OPD name must not be empty.")
        if path.exists():
            raise WorkspaceError(
                f"Berkas {path} sudah ada; pilih nama lain agar isinya tidak tertimpa.",
                f"The file {path} already exists; choose another name so it is not overwritten.",
                code="WORKSPACE_EXISTS",
            )
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise WorkspaceError(
                f"Folder {folder} tidak ada.",
                f"The folder {folder} does not exist.",
                code="FOLDER_MISSING",
            )
        if not os.access(folder, os.W_OK):
            raise WorkspaceError(
                f"Tidak bisa menulis di folder {folder}; pilih folder lain (misalnya Dokumen).",
                f"Cannot write in the folder {folder}; choose another one (e.g. Documents).",
                code="READ_ONLY_LOCATION",
            )
        partial = path.with_name(path.name + ".part")
        partial.unlink(missing_ok=True)
        conn = connect(partial)
        try:
            create_schema(conn)
            meta = {
                "workspace_id": new_id(),
                "kind": kind,
                "opd_name": opd_name.strip(),
                "period": str(period),
                "instrument_id": instrument.id,
                "instrument_sha256": instrument.sha256,
                "instrument_json": instrument.to_json(),
                "created_at": now_utc(),
                "app_version": __version__,
                "clean_shutdown": "1",
                **(extra_meta or {}),
            }
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            audit.append(
                conn,
                "workspace.created",
                None,
                {
                    "opd": meta["opd_name"],
                    "period": meta["period"],
                    "instrument": instrument.id,
                    "instrument_sha256": instrument.sha256,
                },
                meta["created_at"],
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        os.replace(partial, path)
        return cls.open(path)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Workspace:
        """Open a workspace. `read_only` asks for reading only: no lock is kept and nothing is
        written, except that a killed writer's rollback journal is recovered first."""
        path = Path(path)
        check_is_workspace_file(path)
        try:
            opened = open_file(path, read_only)
            try:
                ws = cls(path, opened.conn, opened.read_only, opened.reason)
            except BaseException:
                opened.close()
                raise
        except sqlite3.DatabaseError as exc:
            raise read_failure(exc, path) from exc
        ws._lock = opened.lock
        ws._scratch = opened.scratch
        return ws

    def close(self) -> None:
        if self.conn is None:
            return
        try:
            if self._dirty:
                self.conn.execute("PRAGMA incremental_vacuum")
                self.conn.execute("UPDATE meta SET value = '1' WHERE key = 'clean_shutdown'")
        finally:
            self.conn.close()
            self.conn = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            remove_scratch(self._scratch)
            self._scratch = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Transactions ----------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        """Whether anything was written since this workspace was opened."""
        return self._dirty

    def require_writable(self) -> None:
        if not self.read_only:
            return
        if self.read_only_reason == "in_use":
            raise WorkspaceError(
                "Ruang kerja ini sedang dibuka oleh SPBE Desktop lain; tutup jendela itu dulu, "
                "lalu coba lagi.",
                "This workspace is open in another SPBE Desktop window; close that window first, "
                "then try again.",
                code="WORKSPACE_IN_USE",
            )
        raise WorkspaceError(
            f"Ruang kerja {self.path.name} hanya bisa dibaca di lokasi ini; salin ke folder "
            "yang bisa ditulisi (misalnya Dokumen).",
            f"The workspace {self.path.name} is read-only in this location; copy it to a folder "
            "you can write to (e.g. Documents).",
            code="READ_ONLY_LOCATION",
        )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic change. Nested use (same thread) joins the outer transaction; another
        thread waits until the running transaction ends."""
        self.require_writable()
        with self._writer:
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise storage_error(exc) from exc
        self._depth = 1
        try:
            if not self._dirty:
                # Until close() says otherwise, a crash from here on is an unclean shutdown.
                self.conn.execute("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'")
            yield self.conn
            self.conn.execute("COMMIT")
            self._dirty = True
        except BaseException as exc:
            self._roll_back()
            if isinstance(exc, sqlite3.Error):
                raise storage_error(exc) from exc
            raise
        finally:
            self._depth = 0

    def _roll_back(self) -> None:
        """Undo a failed change completely. After a failed write (a full disk) SQLite has often
        rolled back already but leaves its journal for the next read: that read is done here, so
        the file is whole again at once, even if this process ends now."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            pass  # the journal stays; the next open of the file rolls it back

    def log(self, action: str, indicator_id: str | None, data: dict[str, Any]) -> None:
        """Append to the audit log; call inside a transaction."""
        audit.append(self.conn, action, indicator_id, data, now_utc())

    # Meta ------------------------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        return self._meta.get(key, default)

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            self.log("meta.changed", None, {"key": key, "value": value})
        self._meta[key] = value


# Helpers ---------------------------------------------------------------------------------------


def _json_loads(text: str) -> Any:
    import json

    return json.loads(text)
