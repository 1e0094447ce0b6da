import hashlib
import threading

import pytest
from evidence_files import make_docx, make_image, make_large_file, make_pdf, make_xlsx

from spbe_desktop.core.errors import Cancelled, InputError
from spbe_desktop.core.evidence.content import iter_content, save_content
from spbe_desktop.core.evidence.store import (
    attach_file,
    evidence_counts,
    list_evidence,
    remove_evidence,
)


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_real_office_files_round_trip(workspace, tmp_path):
    files = [
        make_pdf(tmp_path / "SK Bupati Arsitektur SPBE.pdf"),
        make_image(tmp_path / "tangkapan-layar.png"),
        make_image(tmp_path / "foto rapat.jpg"),
        make_xlsx(tmp_path / "daftar aplikasi.xlsx"),
        make_docx(tmp_path / "notulen.docx"),
    ]
    for f in files:
        item = attach_file(workspace, 11, f, level=3)
        assert item.sha256 == sha256(f)
        assert item.size == f.stat().st_size
        out = save_content(workspace, item.sha256, tmp_path / ("out-" + f.name))
        assert out.read_bytes() == f.read_bytes()
    items = list_evidence(workspace, 11)
    assert [i.original_name for i in items] == [f.name for f in files]
    assert items[0].media_type == "application/pdf"
    assert items[1].media_type == "image/png"
    assert evidence_counts(workspace) == {"I11": 5}


def test_same_content_is_stored_once(workspace, tmp_path):
    pdf = make_pdf(tmp_path / "sk.pdf")
    copy = tmp_path / "sk-salinan.pdf"
    copy.write_bytes(pdf.read_bytes())
    a = attach_file(workspace, 1, pdf)
    b = attach_file(workspace, 2, copy)
    again = attach_file(workspace, 1, pdf)
    assert a.sha256 == b.sha256 and again.id == a.id
    assert workspace.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 1
    remove_evidence(workspace, a.id)
    assert workspace.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 1
    remove_evidence(workspace, b.id)
    assert workspace.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 0
    assert workspace.conn.execute("SELECT COUNT(*) FROM blob_chunks").fetchone()[0] == 0
    actions = [r[0] for r in workspace.conn.execute("SELECT action FROM audit_log")]
    assert actions.count("evidence.added") == 2 and actions.count("evidence.removed") == 2


def test_bad_inputs_change_nothing(workspace, tmp_path):
    before = workspace.path.read_bytes()
    for bad in (tmp_path / "missing.pdf", tmp_path):
        with pytest.raises(InputError):
            attach_file(workspace, 1, bad)
    with pytest.raises(InputError):
        attach_file(workspace, 99, make_pdf(tmp_path / "x.pdf"))
    with pytest.raises(InputError):
        attach_file(workspace, 1, tmp_path / "x.pdf", level=6)
    assert workspace.path.read_bytes() == before


def test_cancel_leaves_nothing_behind(workspace, tmp_path):
    big = make_large_file(tmp_path / "video.mp4", 8 * 1024 * 1024)
    flag = threading.Event()
    seen = []

    def progress(done, total, name):
        seen.append(done)
        if done >= 3 * 1024 * 1024:
            flag.set()

    with pytest.raises(Cancelled):
        attach_file(workspace, 40, big, progress=progress, cancel=flag)
    assert list_evidence(workspace) == []
    assert workspace.conn.execute("SELECT COUNT(*) FROM blob_chunks").fetchone()[0] == 0
    assert seen[0] == 0


def test_large_file_streams_in_chunks(workspace, tmp_path):
    big = make_large_file(tmp_path / "rekaman.bin", 20 * 1024 * 1024 + 17)
    item = attach_file(workspace, 3, big)
    chunks = list(iter_content(workspace, item.sha256))
    assert len(chunks) == 21 and max(len(c) for c in chunks) == 1024 * 1024
    assert hashlib.sha256(b"".join(chunks)).hexdigest() == sha256(big)


def test_empty_file_is_stored(workspace, tmp_path):
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    item = attach_file(workspace, 4, empty)
    assert item.size == 0 and item.sha256 == hashlib.sha256(b"").hexdigest()


def test_disk_full_is_a_plain_error_and_nothing_changes(workspace, tmp_path, monkeypatch):
    """SQLite's max_page_count makes the database behave like a full disk."""
    big = make_large_file(tmp_path / "besar.bin", 6 * 1024 * 1024)
    workspace.set_answer(5, level=2)
    pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
    workspace.conn.execute(f"PRAGMA max_page_count = {pages + 100}")
    from spbe_desktop.core.errors import WorkspaceError

    with pytest.raises(WorkspaceError) as info:
        attach_file(workspace, 5, big)
    assert info.value.code == "DISK_FULL"
    assert "full" in info.value.message_en
    assert list_evidence(workspace) == []
    assert workspace.answer(5).level == 2
    assert workspace.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_stored_content_that_no_longer_matches_its_fingerprint_is_not_handed_out(
    workspace, tmp_path
):
    """A workspace file damaged on disk: the copy for a viewer (and the portal folder, through the
    same function) stops with EVIDENCE_CORRUPT and leaves no file behind."""
    pdf = make_pdf(tmp_path / "sk.pdf")
    item = attach_file(workspace, 11, pdf, level=1)
    with workspace.transaction() as conn:
        row, data = conn.execute(
            "SELECT rowid, data FROM blob_chunks ORDER BY rowid LIMIT 1"
        ).fetchone()
        damaged = bytes([data[0] ^ 0xFF]) + data[1:]
        conn.execute("UPDATE blob_chunks SET data = ? WHERE rowid = ?", (damaged, row))
    dest = tmp_path / "out.pdf"
    with pytest.raises(InputError) as refused:
        save_content(workspace, item.sha256, dest)
    assert refused.value.code == "EVIDENCE_CORRUPT"
    assert not dest.exists() and list(tmp_path.glob("out.pdf*")) == []
