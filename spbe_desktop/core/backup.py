"""Rotating backups of a workspace, made with SQLite's online backup API.

A backup is a consistent copy taken while the workspace stays open. Backups live in the user data
folder (beside the app in portable mode), one folder per workspace id, the newest few kept.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .errors import WorkspaceError
from .files import written_in_place
from .jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from .paths import backup_dir
from .workspace import WORKSPACE_SUFFIX, Workspace

KEEP = 7
MIN_INTERVAL = timedelta(hours=12)
PAGES_PER_STEP = 512


def backups_of(workspace_id: str, root: Path | None = None) -> list[Path]:
    """The backups of one workspace, newest first."""
    folder = (root or backup_dir()) / workspace_id
    return sorted(folder.glob(f"*{WORKSPACE_SUFFIX}"), reverse=True)


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
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}{WORKSPACE_SUFFIX}"

    def step(status: int, remaining: int, total: int) -> None:
        check_cancel(cancel)
        progress(total - remaining, total, target.name)

    try:
        with written_in_place(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                with ws._writer:  # no transaction may start halfway through the copy
                    ws.conn.backup(dest, pages=PAGES_PER_STEP, progress=step)
            finally:
                dest.close()
    except sqlite3.Error as exc:
        raise WorkspaceError(
            f"Cadangan tidak bisa dibuat ({exc}); ruang kerja tidak berubah.",
            f"The backup could not be made ({exc}); the workspace is unchanged.",
            code="BACKUP_FAILED",
        ) from exc
    for old in backups_of(ws.info.workspace_id, root)[keep:]:
        old.unlink(missing_ok=True)
    return target


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
