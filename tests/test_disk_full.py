"""A full disk: attach, export, backup, report, coordinator import and migration.

Each fails with one plain sentence and exit code 1, leaves nothing half-written behind (no
`.part`, no half backup, no half migration copy, no journal) and leaves the workspace's content
exactly as it was (compared through SQL dumps) and usable at once.

Every path is tested twice: with the failure injected where the disk would report it (SQLite's
own "database or disk is full" through `PRAGMA max_page_count`, or `OSError(ENOSPC)` from a file
write), which always runs; and on a real, nearly full filesystem (a small tmpfs), which runs where
this machine allows mounting one and is skipped otherwise.
"""

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from evidence_files import make_large_file

from spbe_desktop.cli import main as cli_main
from spbe_desktop.core.keys import generate_key
from spbe_desktop.core.workspace import audit, opening
from spbe_desktop.core.workspace.workspace import Workspace

PASSPHRASE = "kata-sandi-panjang-2025"
SPBE = [sys.executable, "-m", "spbe_desktop.cli"]


# Helpers ----------------------------------------------------------------------------------------


def dump(path):
    """The workspace's content as SQL (what "unchanged in content" compares)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def files_in(*folders):
    """Every file under the folders, but the lock file the OS lock leaves."""
    return {
        p for folder in folders if folder.exists() for p in folder.rglob("*") if p.suffix != ".lock"
    }


def one_sentence(err, words=("Disk penuh", "disk is full")):
    text = err.strip()
    assert text and "\n" not in text, err
    assert any(w in text for w in words), err
    return text


def make_opd(folder, instrument, evidence_size=1 << 20):
    path = folder / "dinas.spbews"
    with Workspace.create(
        path, opd_name="Dinas Kesehatan", instrument=instrument, period=2025
    ) as ws:
        generate_key(ws, PASSPHRASE)
        for number in (1, 2, 3):
            ws.set_answer(number, level=3, justification=f"Perbup {number}/2024 sudah ditetapkan")
        if evidence_size:
            from spbe_desktop.core.evidence.store import attach_file

            attach_file(ws, 1, make_large_file(folder / "laporan.bin", evidence_size), level=3)
    return path


def make_older(path):
    """Turn a workspace into one of schema 1, as the first release wrote it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table not in ("meta", "answers", "blobs", "blob_chunks", "evidence", "audit_log"):
            conn.execute(f"DROP TABLE {table}")
    for column in ("item", "document_date"):  # added to the evidence table by schema 4
        conn.execute(f"ALTER TABLE evidence DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("VACUUM")
    conn.close()


def user_version(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


# Injected failures -------------------------------------------------------------------------------


def database_full(monkeypatch, spare_pages):
    """Editing connections may grow the file by `spare_pages` pages only: past that SQLite itself
    reports SQLITE_FULL ("database or disk is full"), as on a full disk."""
    real = opening.connect

    def limited(path, read_only=False):
        conn = real(path, read_only=read_only)
        if not read_only:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")
        return conn

    monkeypatch.setattr(opening, "connect", limited)


class _FullFile:
    """A file that takes `room` more bytes, then fails as a full disk does."""

    def __init__(self, fh, room):
        self._fh = fh
        self._room = room

    def write(self, data):
        if len(data) > self._room:
            self._fh.write(data[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self._fh.name)
        self._room -= len(data)
        return self._fh.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()

    def __getattr__(self, name):
        return getattr(self._fh, name)


def files_full(monkeypatch, folder, room=0):
    """Files opened for writing under `folder` take `room` bytes, then raise ENOSPC."""
    real = Path.open

    def open_(self, mode="r", *args, **kwargs):
        fh = real(self, mode, *args, **kwargs)
        if any(m in mode for m in "wax") and Path(self).is_relative_to(folder):
            return _FullFile(fh, room)
        return fh

    monkeypatch.setattr(Path, "open", open_)


@pytest.fixture
def opd(tmp_path, spbe2020, monkeypatch):
    monkeypatch.setenv("SPBE_PASSPHRASE", PASSPHRASE)
    return make_opd(tmp_path, spbe2020)


def run(capsys, *args):
    code = cli_main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_attach_injected(opd, tmp_path, monkeypatch, capsys):
    big = make_large_file(tmp_path / "notulen.bin", 3 << 20, seed=11)
    before, files = dump(opd), files_in(tmp_path)
    database_full(monkeypatch, spare_pages=8)
    code, out, err = run(capsys, "attach", opd, 2, big, "--level", "2")
    assert code == 1 and out == ""
    one_sentence(err)
    assert dump(opd) == before and files_in(tmp_path) == files
    # usable at once, even on the still full disk: a small change fits
    assert run(capsys, "answer", opd, 4, "--level", "2")[0] == 0
    assert run(capsys, "status", opd, "--json")[0] == 0


def test_export_injected(opd, tmp_path, monkeypatch, capsys):
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    before = dump(opd)
    with monkeypatch.context() as patch:
        files_full(patch, out_dir, room=64 * 1024)
        code, out, err = run(capsys, "export", opd, "--out", out_dir / "dinas.spbe")
    assert code == 1 and out == ""
    one_sentence(err)
    assert dump(opd) == before and files_in(out_dir) == set()
    assert run(capsys, "export", opd, "--out", out_dir / "dinas.spbe")[0] == 0


def test_export_whose_revision_cannot_be_recorded(opd, tmp_path, monkeypatch, capsys):
    before = dump(opd)
    real = audit.append

    def full(conn, action, *args):
        if action == "package.exported":
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, action, *args)

    monkeypatch.setattr(audit, "append", full)
    code, out, err = run(capsys, "export", opd, "--out", tmp_path / "dinas.spbe")
    assert code == 1 and out == ""
    one_sentence(err)
    assert dump(opd) == before
    assert not (tmp_path / "dinas.spbe").exists() and not (tmp_path / "dinas.spbe.part").exists()


def test_backup_injected(opd, tmp_path, monkeypatch, capsys):
    from spbe_desktop.core.paths import backup_dir

    before, root = dump(opd), backup_dir()
    real = sqlite3.connect

    def small_copy(target, *args, **kwargs):
        conn = real(target, *args, **kwargs)
        if str(target).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 4")
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", small_copy)
        code, out, err = run(capsys, "backup", opd)
    assert code == 1 and out == ""
    one_sentence(err)
    assert files_in(root) == set() and dump(opd) == before
    with monkeypatch.context() as patch:  # the copy fits, the note of where it came from not
        files_full(patch, root)
        code, out, err = run(capsys, "backup", opd)
    assert code == 1 and out == ""
    one_sentence(err)
    assert files_in(root) == set() and dump(opd) == before
    assert run(capsys, "backup", opd)[0] == 0 and len(files_in(root)) == 3  # folder, copy, origin


def test_report_injected(opd, tmp_path, monkeypatch, capsys):
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    before = dump(opd)
    with monkeypatch.context() as patch:
        files_full(patch, out_dir, room=4096)
        code, out, err = run(capsys, "report", opd, "--out", out_dir / "ringkasan.pdf")
    assert code == 1 and out == ""
    one_sentence(err)
    assert files_in(out_dir) == set() and dump(opd) == before
    assert run(capsys, "report", opd, "--out", out_dir / "ringkasan.pdf")[0] == 0


@pytest.fixture
def submission(opd, tmp_path):
    from spbe_desktop.core.export.submission import export_submission

    with Workspace.open(opd) as ws:
        export_submission(ws, tmp_path / "kiriman.spbe", PASSPHRASE)
    return tmp_path / "kiriman.spbe"


def test_coordinator_import_injected(submission, tmp_path, spbe2020, monkeypatch, capsys):
    from spbe_desktop.core.coordinator.store import create_coordinator

    kab = tmp_path / "kab" / "kabupaten.spbews"
    kab.parent.mkdir()
    create_coordinator(kab, pemda_name="Kab", instrument=spbe2020, period=2025).close()
    before, files = dump(kab), files_in(kab.parent)
    with monkeypatch.context() as patch:
        database_full(patch, spare_pages=8)
        code, out, err = run(capsys, "coord", "import", kab, submission, "--trust-new-keys")
    assert code == 1 and out == ""
    one_sentence(err)
    assert dump(kab) == before and files_in(kab.parent) == files
    code, out, err = run(capsys, "coord", "import", kab, submission, "--trust-new-keys")
    assert code == 0 and "imported" in out


def test_migration_copy_injected(opd, tmp_path, monkeypatch, capsys):
    make_older(opd)
    before, files = dump(opd), files_in(tmp_path)

    def half_copy(source, target, **kwargs):
        Path(target).write_bytes(Path(source).read_bytes()[:50_000])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    with monkeypatch.context() as patch:
        patch.setattr(shutil, "copy2", half_copy)
        code, out, err = run(capsys, "answer", opd, 5, "--level", "2")
    assert code == 1 and out == ""
    assert "schema" in one_sentence(err)
    assert dump(opd) == before and files_in(tmp_path) == files and user_version(opd) == 1
    assert run(capsys, "answer", opd, 5, "--level", "2")[0] == 0
    assert user_version(opd) > 1


def test_migration_step_injected(opd, tmp_path, monkeypatch, capsys):
    make_older(opd)
    before, files = dump(opd), files_in(tmp_path)
    with monkeypatch.context() as patch:  # room for the first step's table, not the next's
        database_full(patch, spare_pages=2)
        code, out, err = run(capsys, "answer", opd, 5, "--level", "2")
    assert code == 1 and out == ""
    one_sentence(err)
    assert dump(opd) == before and files_in(tmp_path) == files and user_version(opd) == 1
    assert run(capsys, "answer", opd, 5, "--level", "2")[0] == 0


# A real, nearly full filesystem ------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 24 MiB tmpfs; skipped where this machine does not allow mounting one."""
    mount = tmp_path / "kecil"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"cannot mount a small filesystem here ({exc})")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, timeout=30)


def fill(folder, leave):
    """Fill the filesystem of `folder` until only about `leave` bytes are free."""
    stat = os.statvfs(folder)
    left = stat.f_bavail * stat.f_frsize - leave
    block = b"\xa5" * (1 << 20)
    with (folder / "pengisi.bin").open("ab") as fh:
        while left > 0:
            left -= fh.write(block[: min(left, len(block))])
    return folder / "pengisi.bin"


def spbe(*args, env=None):
    environment = {**os.environ, "SPBE_PASSPHRASE": PASSPHRASE, **(env or {})}
    return subprocess.run(
        [*SPBE, "--lang", "en", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )


def fails_cleanly(done):
    assert done.returncode == 1, done.stdout + done.stderr
    return one_sentence(done.stderr)


def test_real_full_disk_attach_export_report(small_disk, tmp_path, spbe2020):
    ws = make_opd(small_disk, spbe2020)
    big = make_large_file(tmp_path / "notulen.bin", 3 << 20, seed=12)
    filler = fill(small_disk, leave=512 * 1024)
    before, files = dump(ws), files_in(small_disk)

    fails_cleanly(spbe("attach", ws, 2, big, "--level", "2"))
    assert dump(ws) == before and files_in(small_disk) == files
    assert spbe("status", ws, "--json").returncode == 0  # usable at once
    assert spbe("answer", ws, 4, "--level", "2").returncode == 0
    before, files = dump(ws), files_in(small_disk)

    fails_cleanly(spbe("export", ws, "--out", small_disk / "dinas.spbe"))
    assert dump(ws) == before and files_in(small_disk) == files

    filler.unlink()
    fill(small_disk, leave=16 * 1024)
    files = files_in(small_disk)
    fails_cleanly(spbe("report", ws, "--out", small_disk / "ringkasan.pdf"))
    assert dump(ws) == before and files_in(small_disk) == files

    (small_disk / "pengisi.bin").unlink()
    assert spbe("attach", ws, 2, big, "--level", "2").returncode == 0
    assert spbe("export", ws, "--out", small_disk / "dinas.spbe").returncode == 0


def test_real_full_disk_backup(small_disk, tmp_path, spbe2020):
    ws = make_opd(tmp_path, spbe2020, evidence_size=2 << 20)
    data = small_disk / "data"
    (data / "backups").mkdir(parents=True)  # the app's own folders exist once it ran
    filler = fill(small_disk, leave=256 * 1024)
    before, files = dump(ws), files_in(small_disk)
    fails_cleanly(spbe("backup", ws, env={"SPBE_DATA_DIR": str(data)}))
    assert dump(ws) == before and files_in(small_disk) == files
    filler.unlink()
    assert spbe("backup", ws, env={"SPBE_DATA_DIR": str(data)}).returncode == 0


def test_real_full_disk_coordinator_import(small_disk, tmp_path, spbe2020):
    from spbe_desktop.core.coordinator.store import create_coordinator
    from spbe_desktop.core.export.submission import export_submission

    opd = make_opd(tmp_path, spbe2020, evidence_size=3 << 20)
    with Workspace.open(opd) as ws:
        export_submission(ws, tmp_path / "kiriman.spbe", PASSPHRASE)
    kab = small_disk / "kabupaten.spbews"
    create_coordinator(kab, pemda_name="Kab", instrument=spbe2020, period=2025).close()
    filler = fill(small_disk, leave=512 * 1024)
    before, files = dump(kab), files_in(small_disk)
    fails_cleanly(spbe("coord", "import", kab, tmp_path / "kiriman.spbe", "--trust-new-keys"))
    assert dump(kab) == before and files_in(small_disk) == files
    assert spbe("coord", "status", kab, "--json").returncode == 0
    filler.unlink()
    done = spbe("coord", "import", kab, tmp_path / "kiriman.spbe", "--trust-new-keys")
    assert done.returncode == 0, done.stderr


def test_real_full_disk_migration(small_disk, spbe2020):
    ws = make_opd(small_disk, spbe2020, evidence_size=2 << 20)
    make_older(ws)
    filler = fill(small_disk, leave=256 * 1024)
    before, files = dump(ws), files_in(small_disk)
    assert "schema" in fails_cleanly(spbe("answer", ws, 5, "--level", "2"))
    assert dump(ws) == before and files_in(small_disk) == files and user_version(ws) == 1
    filler.unlink()
    assert spbe("answer", ws, 5, "--level", "2").returncode == 0 and user_version(ws) > 1
