import os
import sqlite3
import stat
import subprocess
import sys
from decimal import Decimal

import pytest

from spbe_desktop.core.errors import InputError, WorkspaceError
from spbe_desktop.core.workspace import audit
from spbe_desktop.core.workspace.schema import SCHEMA_VERSION
from spbe_desktop.core.workspace.workspace import Workspace


def file_bytes(path):
    return path.read_bytes()


def test_create_records_instrument_and_meta(workspace, spbe2020):
    assert workspace.info.instrument_id == "spbe-2020"
    assert workspace.info.instrument_sha256 == spbe2020.sha256
    assert workspace.info.period == "2025"
    assert workspace.instrument == spbe2020
    assert workspace.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_answers_survive_reopen(workspace, tmp_path):
    workspace.set_answer(7, level=3, justification="SK Bupati No. 12/2024 sudah ditetapkan.")
    workspace.set_answer("I08", level=2)
    path = workspace.path
    workspace.close()
    with Workspace.open(path) as ws:
        assert ws.answer(7).level == 3
        assert ws.answer(7).justification.startswith("SK Bupati")
        assert ws.answer(8).level == 2
        assert ws.score().answered == 2


def test_every_change_is_in_the_hash_chained_log(workspace):
    workspace.set_answer(1, level=2)
    workspace.set_answer(1, level=3, justification="naik")
    rows = list(audit.records(workspace.conn))
    assert [r["action"] for r in rows] == ["workspace.created", "answer.changed", "answer.changed"]
    assert rows[2]["data"]["level"] == {"from": 2, "to": 3}
    assert audit.first_broken(rows) is None
    rows[1]["data"]["level"]["to"] = 5
    assert audit.first_broken(rows) == 1
    rows = list(audit.records(workspace.conn))
    del rows[1]
    assert audit.first_broken(rows) == 1


def test_unchanged_answer_writes_nothing(workspace):
    workspace.set_answer(1, level=2)
    before = workspace.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    workspace.set_answer(1, level=2)
    assert workspace.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == before


@pytest.mark.parametrize("level", [0, 6, -1])
def test_level_out_of_range_changes_nothing(workspace, level):
    before = file_bytes(workspace.path)
    with pytest.raises(InputError):
        workspace.set_answer(1, level=level)
    assert file_bytes(workspace.path) == before


def test_unknown_indicator(workspace):
    with pytest.raises(InputError, match="48"):
        workspace.set_answer(48, level=2)


def test_bulk_answers_are_all_or_nothing(workspace):
    rows = [
        {"indicator": 1, "level": 2},
        {"indicator": 2, "level": 3},
        {"indicator": 3, "level": 9},
    ]
    with pytest.raises(InputError):
        workspace.set_answers(rows)
    assert workspace.answers() == {}


def test_second_instance_gets_read_only(workspace):
    code = (
        "import sys; from spbe_desktop.core.workspace.workspace import Workspace;"
        f"ws = Workspace.open({str(workspace.path)!r});"
        "print(ws.read_only, ws.read_only_reason)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "in_use"]
    workspace.close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "None"]


def test_read_only_workspace_refuses_changes(workspace):
    path = workspace.path
    workspace.close()
    with Workspace.open(path, read_only=True) as ws, pytest.raises(WorkspaceError):
        ws.set_answer(1, level=2)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_location(workspace):
    path = workspace.path
    workspace.close()
    path.chmod(stat.S_IREAD)
    try:
        with Workspace.open(path) as ws:
            assert ws.read_only and ws.read_only_reason == "read_only_location"
    finally:
        path.chmod(stat.S_IREAD | stat.S_IWRITE)


def test_not_a_workspace(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    text = tmp_path / "notes.spbews"
    text.write_text("hello")
    for path in (other, text, tmp_path, tmp_path / "missing.spbews"):
        with pytest.raises(WorkspaceError) as info:
            Workspace.open(path)
        assert info.value.code in ("NOT_A_WORKSPACE", "WORKSPACE_NOT_FOUND")


def test_newer_schema_is_refused_clearly(workspace):
    path = workspace.path
    workspace.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    workspace.close()
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path)
    assert info.value.code == "WORKSPACE_TOO_NEW"
    assert "newer version" in info.value.message_en


def test_create_refuses_to_overwrite(workspace, spbe2020):
    with pytest.raises(WorkspaceError) as info:
        Workspace.create(workspace.path, opd_name="X", instrument=spbe2020, period=2025)
    assert info.value.code == "WORKSPACE_EXISTS"


def test_unclean_shutdown_runs_integrity_check(workspace, monkeypatch):
    workspace.set_answer(1, level=4)
    path = workspace.path
    workspace.conn.close()  # as if the process died: clean_shutdown stays 0
    workspace._lock.release()
    workspace.conn = None
    calls = []
    from spbe_desktop.core.workspace import opening as module

    real = module.check_integrity
    monkeypatch.setattr(module, "check_integrity", lambda c, p: calls.append(p) or real(c, p))
    with Workspace.open(path) as ws:
        assert ws.answer(1).level == 4
    assert calls == [path]
    with Workspace.open(path):
        pass
    assert calls == [path]


def test_damaged_file_is_reported_not_crashed(workspace):
    workspace.set_answer(1, level=4)
    path = workspace.path
    workspace.close()
    data = bytearray(path.read_bytes())
    page = 16384
    for offset in range(page * 2, len(data), 97):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path)
    assert info.value.code == "WORKSPACE_CORRUPT"


def test_external_score_converts_by_bands(tmp_path, pemdi2026):
    with Workspace.create(
        tmp_path / "w.spbews", opd_name="Bappeda", instrument=pemdi2026, period=2026
    ) as ws:
        ws.set_answer(5, external_score=Decimal(25))
        assert ws.values()["I05"] == Decimal("2.00")
        with pytest.raises(InputError):
            ws.set_answer(1, external_score=Decimal(3))
        with pytest.raises(InputError):
            ws.set_answer(5, external_score=Decimal(101))


def test_sectoral_service_name(workspace):
    workspace.set_answer(45, service_name="Perizinan online (SiCantik)", level=3)
    assert workspace.answer(45).service_name == "Perizinan online (SiCantik)"


def test_older_workspace_is_migrated_and_a_copy_kept(workspace):
    workspace.set_answer(3, level=2)
    path = workspace.path
    newer = [
        "trusted_keys",
        "opds",
        "packages",
        "assignments",
        "owners",
        "submitted_answers",
        "submitted_evidence",
        "decisions",
        "reviews",
        "earlier_results",
        "review_notes",
        "items",
        "retired_items",
        "item_notes",
        "submitted_items",
        "item_verdicts",
        "indicator_verdicts",
        "assessor_rounds",
    ]
    for table in newer:
        workspace.conn.execute(f"DROP TABLE {table}")
    for column in ("item", "document_date"):
        workspace.conn.execute(f"ALTER TABLE evidence DROP COLUMN {column}")
    workspace.conn.execute("PRAGMA user_version = 1")
    workspace.close()
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master")}
        assert set(newer) <= tables
        assert ws.answer(3).level == 2
    copy = path.with_name(f"{path.stem}.skema-1{path.suffix}")
    with sqlite3.connect(copy) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    kept = copy.read_bytes()
    with Workspace.open(copy, read_only=True) as old:  # read through a migrated copy
        assert old.answer(3).level == 2
    assert copy.read_bytes() == kept


def test_read_only_open_of_a_path_with_uri_characters(tmp_path, spbe2020):
    folder = tmp_path / "Data 100% #1 ?"
    folder.mkdir()
    path = folder / "dinas kesehatan.spbews"
    with Workspace.create(path, opd_name="Dinas Kesehatan", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(1, level=2)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.answer(1).level == 2
