"""Where a workspace's backups are: one folder per workspace id under the backup root, each folder
recording where its workspace lives. Found by listing files, without opening any backup, so that
the message about a damaged workspace can name its newest backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from spbe_desktop.core.paths import backup_dir

from .sqlite_file import WORKSPACE_SUFFIX, connect

ORIGIN = "origin.txt"  # where the workspace itself lives, to offer it back on restore


def backups_of(workspace_id: str, root: Path | None = None) -> list[Path]:
    """The backups of one workspace, newest first."""
    folder = (root or backup_dir()) / workspace_id
    return sorted(folder.glob(f"*{WORKSPACE_SUFFIX}"), reverse=True)


def newest_backup(path: Path, root: Path | None = None) -> Path | None:
    """The newest backup of the workspace file at `path` (even a damaged one): found by the id
    the file still tells, and by the origin each backup folder records."""
    root = root or backup_dir()
    found = []
    workspace_id = _workspace_id(path)
    if workspace_id:
        found += backups_of(workspace_id, root)
    target = path.resolve()
    for origin in root.glob(f"*/{ORIGIN}"):
        try:
            if Path(origin.read_text(encoding="utf-8").strip()) == target:
                found += backups_of(origin.parent.name, root)
        except OSError:
            continue
    return max(found, key=lambda copy: copy.name, default=None)


def _workspace_id(path: Path) -> str | None:
    try:
        conn = connect(path, read_only=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row and row[0] else None
