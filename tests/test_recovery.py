"""Opening a workspace after a crash: a hot journal is recovered, never called damage.

A killed writer leaves a rollback journal beside the file. Whoever opens the file next, even only
to read, finishes the recovery when nobody else holds the workspace and the folder may be written;
otherwise the message says what happened and what to do. "Damaged" is said only when SQLite's own
checks fail, and then the message names the newest backup and its time.
"""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest
from crashing import crash_mid_write, is_hot, journal_of

from spbe_desktop.cli import main as cli_main
from spbe_desktop.core.errors import WorkspaceError
from spbe_desktop.core.workspace import opening, sqlite_file
from spbe_desktop.core.workspace.backup import backup_workspace
from spbe_desktop.core.workspace.file_lock import try_lock
from spbe_desktop.core.workspace.workspace import Workspace

HOLD_LOCK = """
import sys
from spbe_desktop.core.workspace.file_lock import try_lock
lock = try_lock(__import__("pathlib").Path(sys.argv[1]))
print("held" if lock else "busy", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def crashed(tmp_path, spbe2020):
    """A workspace with two committed answers whose writer was killed in a transaction."""
    path = tmp_path / "dinas.spbews"
    with Workspace.create(path, opd_name="Dinas", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(1, level=2, justification="sudah ditetapkan")
        ws.set_answer(2, level=3)
    crash_mid_write(path)
    return path


@pytest.fixture
def other_program(crashed):
    """Another process holding the workspace's lock (as an editing window would)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(crashed)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.stdin.close()
    proc.wait(timeout=30)


def assert_committed(ws):
    assert ws.answer(1).level == 2 and ws.answer(1).justification == "sudah ditetapkan"
    assert ws.answer(2).level == 3
    assert ws.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 0


def test_read_only_open_finishes_the_recovery(crashed):
    with Workspace.open(crashed, read_only=True) as ws:
        assert ws.read_only
        assert_committed(ws)
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not journal_of(crashed).exists()
    with Workspace.open(crashed) as ws:  # and it is at once usable for editing
        assert not ws.read_only
        ws.set_answer(3, level=4)


def test_status_json_is_the_first_command_after_a_crash(crashed, capsys):
    assert cli_main(["status", str(crashed), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    levels = {i["number"]: i["level"] for i in data["indicators"]}
    assert levels[1] == 2 and levels[2] == 3 and data["answered"] == 2


def test_backup_of_a_crashed_workspace(crashed, capsys):
    assert cli_main(["backup", str(crashed)]) == 0
    assert not journal_of(crashed).exists()


def test_held_by_another_program_is_said_so(crashed, other_program, monkeypatch):
    monkeypatch.setattr(opening, "RECOVERY_WAIT", 0.3)
    for read_only in (True, False):  # a reader, and a second window that falls back to reading
        with pytest.raises(WorkspaceError) as info:
            Workspace.open(crashed, read_only=read_only)
        error = info.value
        assert error.code == "WORKSPACE_IN_USE"
        assert "program lain" in error.message("id") and "another program" in error.message("en")
        assert "rusak" not in error.message("id") and "damaged" not in error.message("en")
    assert is_hot(crashed)  # nothing was touched while the other program holds it
    other_program.stdin.close()
    other_program.wait(timeout=30)
    with Workspace.open(crashed, read_only=True) as ws:
        assert_committed(ws)


def test_recovery_waits_for_a_holder_that_lets_go(crashed, monkeypatch):
    lock = try_lock(crashed)
    calls = []

    def release_soon(seconds):
        calls.append(seconds)
        if len(calls) == 3:
            lock.release()

    monkeypatch.setattr(opening, "_sleep", release_soon)
    with Workspace.open(crashed, read_only=True) as ws:
        assert_committed(ws)
    assert len(calls) == 3


def test_folder_that_cannot_be_written_is_said_so(crashed, monkeypatch):
    monkeypatch.setattr(opening, "can_write", lambda path: False)
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(crashed, read_only=True)
    error = info.value
    assert error.code == "WORKSPACE_NOT_CLOSED"
    assert "tidak ditutup dengan benar" in error.message("id")
    assert "not closed cleanly" in error.message("en")
    assert "open it for editing" in error.message("en")
    assert "rusak" not in error.message("id")
    assert is_hot(crashed)


def test_cli_exit_code_and_one_sentence(crashed, other_program, monkeypatch, capsys):
    monkeypatch.setattr(opening, "RECOVERY_WAIT", 0.2)
    assert cli_main(["--lang", "en", "status", str(crashed), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "another program" in captured.err


def test_a_writer_in_the_middle_of_a_change_is_busy_not_damaged(tmp_path, spbe2020, monkeypatch):
    path = tmp_path / "sibuk.spbews"
    Workspace.create(path, opd_name="Dinas", instrument=spbe2020, period=2025).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 100)
    try:
        with pytest.raises(WorkspaceError) as info:
            Workspace.open(path, read_only=True)
        assert info.value.code == "WORKSPACE_BUSY"
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def damage(path):
    data = bytearray(path.read_bytes())
    for offset in range(16384 * 2, len(data), 97):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damage_names_the_newest_backup_and_its_time(tmp_path, spbe2020):
    path = tmp_path / "rusak.spbews"
    with Workspace.create(path, opd_name="Dinas", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(1, level=2)
        older = backup_workspace(ws)
        older = older.rename(older.with_name("20200101-000000.spbews"))
        os.utime(older, (1577836800, 1577836800))
        ws.set_answer(2, level=2)
        newer = backup_workspace(ws)
    damage(path)
    made = datetime.fromtimestamp(newer.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    for read_only in (True, False):
        with pytest.raises(WorkspaceError) as info:
            Workspace.open(path, read_only=read_only)
        error = info.value
        assert error.code == "WORKSPACE_CORRUPT"
        for lang in ("id", "en"):
            assert str(newer) in error.message(lang) and made in error.message(lang)
            assert older.name not in error.message(lang)
    # A file too damaged to tell its id is matched through the origin its backups record.
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    assert str(newer) in opening.corrupt(path).message("en")


def test_damage_without_any_backup_says_so(tmp_path, spbe2020):
    path = tmp_path / "rusak.spbews"
    with Workspace.create(path, opd_name="Dinas", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(1, level=2)
    damage(path)
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path, read_only=True)
    assert info.value.code == "WORKSPACE_CORRUPT"
    assert "no backup" in info.value.message("en")
    assert "tidak ada cadangan" in info.value.message("id").lower()


def test_damage_found_after_the_recovery_is_damage(crashed):
    damage(crashed)
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(crashed, read_only=True)
    assert info.value.code == "WORKSPACE_CORRUPT"


def test_earlier_period_read_from_a_crashed_coordinator_workspace(tmp_path, spbe2020, pemdi2026):
    from opd_cycle import coordinator_with_levels

    from spbe_desktop.core.coordinator.store import create_coordinator, earlier_from_workspace

    old = tmp_path / "kab-2025.spbews"
    coordinator_with_levels(old, spbe2020, 2025, {"Diskominfo": 3})
    crash_mid_write(old)
    with create_coordinator(
        tmp_path / "kab-2026.spbews", pemda_name="Kab", instrument=pemdi2026, period=2026
    ) as ws:
        result = earlier_from_workspace(ws, old)
    assert (result.period, str(result.index)) == ("2025", "3.00")
    assert not journal_of(old).exists()


def test_second_window_after_a_crash_is_told_the_truth(
    main_window, dialogs, crashed, other_program, monkeypatch
):
    monkeypatch.setattr(opening, "RECOVERY_WAIT", 0.2)
    assert not main_window.open_path(crashed)
    assert len(dialogs.errors) == 1
    assert "program lain" in dialogs.errors[0] and "rusak" not in dialogs.errors[0]


def test_window_opening_a_crashed_workspace_recovers_it(main_window, dialogs, crashed):
    assert main_window.open_path(crashed)
    assert dialogs.errors == []
    assert main_window.session.ws.answer(1).level == 2 and not main_window.session.read_only


def test_earlier_period_through_the_ranking_view_after_a_crash(
    main_window, dialogs, monkeypatch, tmp_path, spbe2020, pemdi2026
):
    from opd_cycle import coordinator_with_levels

    from spbe_desktop.core.coordinator.store import create_coordinator, earlier_results
    from spbe_desktop.ui.dialogs import Dialogs

    old = coordinator_with_levels(tmp_path / "lama.spbews", spbe2020, 2025, {"Diskominfo": 3})
    crash_mid_write(old)
    create_coordinator(
        tmp_path / "baru.spbews", pemda_name="Kab", instrument=pemdi2026, period=2026
    ).close()
    assert main_window.open_path(tmp_path / "baru.spbews")
    monkeypatch.setattr(Dialogs, "open_workspace", staticmethod(lambda *a: str(old)))
    view = main_window.coordinator.view
    view.ranking.add_earlier_from_workspace()
    assert dialogs.errors == []
    assert [(e.period, str(e.index)) for e in earlier_results(view.ws)] == [("2025", "3.00")]
