"""Rotating backups of a workspace, made with SQLite's online backup API.

A backup is a consistent copy taken while the workspace stays open. Backups live in the user data
folder (beside the app in portable mode), one folder per workspace id, the newest few kept.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.errors import SpbeError, WorkspaceError, is_disk_full
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.paths import backup_dir

from .backup_folder import ORIGIN, backups_of
from .workspace import WORKSPACE_SUFFIX, Workspace

KEEP = 7
MIN_INTERVAL = timedelta(hours=12)
PAGES_PER_STEP = 512


def backup_due(ws: Workspace, root: Path | None = None, now: datetime | None = None) -> bool:
    existing = backups_of(ws.info.workspace_id, root)
    if not existing:
        return True
    newest = datetime.fromtimestamp(existing[0].stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - newest >= MIN_INTERVAL


def backup_workspace(
    ws: Workspace,
    root: Path | None = None,
    *,
    keep: int = KEEP,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> Path:
    """Copy the workspace into its backup folder and drop the oldest copies beyond `keep`."""
    folder = (root or backup_dir()) / ws.info.workspace_id
    made_folder = not folder.exists()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}{WORKSPACE_SUFFIX}"

    def step(status: int, remaining: int, total: int) -> None:
        check_cancel(cancel)
        progress(total - remaining, total, target.name)

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with written_in_place(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                with ws._writer:  # no transaction may start halfway through the copy
                    ws.conn.backup(dest, pages=PAGES_PER_STEP, progress=step)
            finally:
                dest.close()
        with written_in_place(folder / ORIGIN) as partial:
            partial.write_text(str(ws.path.resolve()), encoding="utf-8")
    except (sqlite3.Error, OSError, SpbeError) as exc:
        if made_folder:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)
        if is_disk_full(exc) or getattr(exc, "code", None) == "DISK_FULL":
            raise WorkspaceError(
                f"Disk penuh: cadangan {ws.path.name} tidak bisa dibuat dan ruang kerja tidak "
                "berubah. Kosongkan ruang disk, lalu coba lagi.",
                f"The disk is full: the backup of {ws.path.name} could not be made and the "
                "workspace is unchanged. Free some disk space, then try again.",
                code="DISK_FULL",
            ) from exc
        if isinstance(exc, sqlite3.Error):
            raise WorkspaceError(
                f"Cadangan tidak bisa dibuat ({exc}); ruang kerja tidak berubah.",
                f"The backup could not be made ({exc}); the workspace is unchanged.",
                code="BACKUP_FAILED",
            ) from exc
        raise
    for old in backups_of(ws.info.workspace_id, root)[keep:]:
        old.unlink(missing_ok=True)
    return target


class BackupEntry(NamedTuple):
    path: Path
    opd_name: str
    period: str
    made_at: datetime
    size: int
    origin: Path | None


def all_backups(root: Path | None = None) -> list[BackupEntry]:
    """Every backup of every workspace, newest first (what a restore offers to choose from)."""
    entries = []
    for path in (root or backup_dir()).glob(f"*/*{WORKSPACE_SUFFIX}"):
        try:
            with Workspace.open(path, read_only=True) as copy:
                name, period = copy.info.opd_name, copy.info.period
        except SpbeError:
            continue  # a damaged copy is not offered
        origin_file = path.parent / ORIGIN
        origin = Path(origin_file.read_text(encoding="utf-8")) if origin_file.is_file() else None
        made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        entries.append(BackupEntry(path, name, period, made, path.stat().st_size, origin))
    return sorted(entries, key=lambda e: e.made_at, reverse=True)


def restore_backup(backup: Path, target: Path) -> Path:
    """Put a backup in place of a (damaged) workspace; the damaged file is kept beside it."""
    source = Workspace.open(backup, read_only=True)  # refuses anything that is not a workspace
    try:
        if target.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            target.replace(target.with_name(f"{target.stem}.rusak-{stamp}{target.suffix}"))
        with written_in_place(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                source.conn.backup(dest)
            finally:
                dest.close()
    finally:
        source.close()
    return target
