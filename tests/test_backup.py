import threading
from datetime import UTC, datetime, timedelta

import pytest

from spbe_desktop.core.errors import Cancelled
from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.workspace.backup import (
    backup_due,
    backup_workspace,
    backups_of,
    restore_backup,
)
from spbe_desktop.core.workspace.workspace import Workspace


def test_backup_is_a_consistent_workspace(workspace, tmp_path):
    from evidence_files import make_pdf

    workspace.set_answer(1, level=4, justification="SK sudah ditetapkan")
    attach_file(workspace, 1, make_pdf(tmp_path / "sk.pdf"))
    target = backup_workspace(workspace, tmp_path / "b")
    with Workspace.open(target, read_only=True) as copy:
        assert copy.answer(1).level == 4
        assert len(list_evidence(copy)) == 1
        assert copy.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rotation_keeps_the_newest(workspace, tmp_path, monkeypatch):
    from spbe_desktop.core.workspace import backup

    stamps = iter(f"2026010{n}-000000" for n in range(1, 10))

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.strptime(next(stamps), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)

    monkeypatch.setattr(backup, "datetime", Clock)
    for _ in range(5):
        backup_workspace(workspace, tmp_path / "b", keep=3)
    kept = backups_of(workspace.info.workspace_id, tmp_path / "b")
    assert [p.name[:8] for p in kept] == ["20260105", "20260104", "20260103"]


def test_backup_due(workspace, tmp_path):
    root = tmp_path / "b"
    assert backup_due(workspace, root)
    backup_workspace(workspace, root)
    assert not backup_due(workspace, root)
    assert backup_due(workspace, root, now=datetime.now(UTC) + timedelta(hours=13))


def test_cancelled_backup_leaves_nothing(workspace, tmp_path):
    flag = threading.Event()
    flag.set()
    with pytest.raises(Cancelled):
        backup_workspace(workspace, tmp_path / "b", cancel=flag)
    assert backups_of(workspace.info.workspace_id, tmp_path / "b") == []
    assert not list((tmp_path / "b").rglob("*.part"))


def test_restore_replaces_a_damaged_file_and_keeps_it(workspace, tmp_path):
    workspace.set_answer(2, level=3)
    saved = backup_workspace(workspace, tmp_path / "b")
    path = workspace.path
    workspace.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    restore_backup(saved, path)
    with Workspace.open(path) as ws:
        assert ws.answer(2).level == 3
    assert list(path.parent.glob("*.rusak-*"))


def test_all_backups_lists_every_workspace_newest_first(workspace, tmp_path, spbe2020):
    from spbe_desktop.core.workspace.backup import all_backups

    other = Workspace.create(
        tmp_path / "bappeda.spbews", opd_name="Bappeda", instrument=spbe2020, period=2025
    )
    root = tmp_path / "b"
    backup_workspace(workspace, root)
    backup_workspace(other, root)
    (root / "rusak").mkdir()
    (root / "rusak" / "x.spbews").write_bytes(b"not a workspace")
    entries = all_backups(root)
    assert {e.opd_name for e in entries} == {"Dinas Komunikasi dan Informatika", "Bappeda"}
    assert {e.origin for e in entries} == {workspace.path.resolve(), other.path.resolve()}
    other.close()
