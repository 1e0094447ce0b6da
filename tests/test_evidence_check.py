"""The evidence linter: each rule, with indicator, severity, code and both languages."""

from __future__ import annotations

from evidence_files import make_docx, make_encrypted_pdf, make_image, make_pdf, make_xlsx

from spbe_desktop.core.evidence import check as evidence_check
from spbe_desktop.core.evidence.check import check_workspace
from spbe_desktop.core.evidence.store import attach_file


def _codes(ws):
    return {(f.indicator, f.code, f.severity) for f in check_workspace(ws)}


def test_clean_evidence_has_no_findings(workspace, tmp_path):
    workspace.set_answer(1, level=3)
    attach_file(workspace, 1, make_pdf(tmp_path / "perbup.pdf"), level=1)
    attach_file(workspace, 1, make_image(tmp_path / "layar.png"), level=2)
    attach_file(workspace, 1, make_xlsx(tmp_path / "daftar.xlsx"), level=3)
    attach_file(workspace, 1, make_docx(tmp_path / "notulen.docx"), level=3)
    assert check_workspace(workspace) == []


def test_level_without_evidence(workspace):
    workspace.set_answer(4, level=2)
    [finding] = check_workspace(workspace)
    assert (finding.indicator, finding.code, finding.severity) == (
        4,
        "LEVEL_WITHOUT_EVIDENCE",
        "error",
    )
    assert "tanpa bukti" in finding.message_id and "without" in finding.message_en


def test_bad_pdfs(workspace, tmp_path):
    attach_file(workspace, 2, make_encrypted_pdf(tmp_path / "terkunci.pdf"))
    corrupt = tmp_path / "rusak.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + b"sampah" * 50)
    attach_file(workspace, 2, corrupt)
    not_pdf = tmp_path / "palsu.pdf"
    not_pdf.write_text("ini teks biasa, bukan PDF")
    attach_file(workspace, 3, not_pdf)
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    attach_file(workspace, 3, empty)
    found = _codes(workspace)
    assert (2, "PDF_ENCRYPTED", "error") in found
    assert (2, "PDF_CORRUPT", "error") in found
    assert (3, "PDF_CORRUPT", "error") in found
    assert (3, "FILE_EMPTY", "error") in found


def test_type_size_and_image_rules(workspace, tmp_path, monkeypatch):
    exe = tmp_path / "aplikasi.exe"
    exe.write_bytes(b"MZ" + bytes(100))
    attach_file(workspace, 5, exe)
    attach_file(workspace, 6, make_image(tmp_path / "kecil.png", (320, 200)))
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 bukan gambar")
    attach_file(workspace, 6, broken)
    bad_office = tmp_path / "rusak.xlsx"
    bad_office.write_bytes(b"PK bukan xlsx")
    attach_file(workspace, 7, bad_office)
    monkeypatch.setattr(evidence_check, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "video.mp4"
    big.write_bytes(bytes(5000))
    attach_file(workspace, 8, big)
    found = _codes(workspace)
    assert (5, "FILE_TYPE_NOT_ACCEPTED", "error") in found
    assert (6, "IMAGE_TOO_SMALL", "warning") in found
    assert (6, "IMAGE_CORRUPT", "error") in found
    assert (7, "OFFICE_CORRUPT", "error") in found
    assert (8, "FILE_TOO_LARGE", "error") in found
    assert (8, "FILE_TYPE_NOT_ACCEPTED", "error") not in found  # MP4 is accepted


def test_same_content_under_different_names(workspace, tmp_path):
    pdf = make_pdf(tmp_path / "SK Tim SPBE.pdf")
    attach_file(workspace, 1, pdf)
    attach_file(workspace, 9, pdf, display_name="SK Tim Koordinasi.pdf")
    dupes = [f for f in check_workspace(workspace) if f.code == "DUPLICATE_CONTENT"]
    assert {(f.indicator, f.evidence_name) for f in dupes} == {
        (1, "SK Tim SPBE.pdf"),
        (9, "SK Tim Koordinasi.pdf"),
    }
    assert all(f.severity == "warning" for f in dupes)
    assert "SK Tim Koordinasi.pdf" in dupes[0].message_id


def test_accepted_types_are_stated_once():
    accepted = evidence_check.ACCEPTED_EXTENSIONS
    for ext in ("pdf", "jpg", "png", "xlsx", "docx", "pptx", "odt", "csv", "mp4"):
        assert ext in accepted
    assert evidence_check.MAX_FILE_BYTES == 100 * 1024 * 1024
