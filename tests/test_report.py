"""The PDF summary: opens, counts its pages on every page, embeds its fonts, speaks both languages."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from test_bundle_support import filled_workspace

from spbe_desktop.core.report.summary import set_signatory, shorten, write_summary
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture(scope="module")
def complete_ws(tmp_path_factory):
    return filled_workspace(tmp_path_factory.mktemp("full"), answer_all=True)


def _pages(path):
    reader = PdfReader(path)
    return reader, [page.extract_text() for page in reader.pages]


def test_summary_pages_fonts_and_content(complete_ws, tmp_path):
    with Workspace.open(complete_ws, read_only=True) as ws:
        out = write_summary(ws, tmp_path / "ringkasan.pdf")
    reader, texts = _pages(out)
    total = len(texts)
    assert total >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "SPBE Desktop 0" in text
    whole = "\n".join(texts)
    assert "Dinas Komunikasi dan Informatika" in whole
    assert "Predikat" in whole and "Indeks SPBE" in whole
    assert "Drs. Ahmad Sutrisno, M.Si." in whole and "NIP. 19700101 199503 1 001" in whole
    assert "Sleman," in whole
    assert "Perbup SPBE.pdf" in whole
    assert "Sidik jari kunci" in whole
    assert "sementara" not in whole.split("Domain")[0]  # every indicator answered
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert "DejaVuSans" in fonts


def test_provisional_and_english(tmp_path, spbe2020):
    with Workspace.create(
        tmp_path / "w.spbews", opd_name="Badan Kepegawaian", instrument=spbe2020, period=2026
    ) as ws:
        ws.set_answer(1, level=3, justification="Penjelasan " + "sangat panjang " * 40)
        out = write_summary(ws, tmp_path / "draft.pdf")
        english = write_summary(ws, tmp_path / "en.pdf", lang="en")
    _reader, texts = _pages(out)
    whole = "\n".join(texts)
    assert "sementara" in whole
    assert "Draf" in whole
    assert "…" in whole  # the long justification is shortened
    _reader, texts = _pages(english)
    assert f"Page 1 of {len(texts)}" in texts[0]
    assert "Self-assessment Summary" in texts[0]


def test_signatory_is_stored(workspace):
    set_signatory(workspace, "  Ir.  Budi   Santoso ", "19751212 200003 1 002", "Bantul")
    assert workspace.meta("signatory_name") == "Ir. Budi Santoso"
    assert workspace.meta("signatory_place") == "Bantul"


def test_shorten():
    assert shorten("a b c") == "a b c"
    long = "kata " * 100
    short = shorten(long, 50)
    assert len(short) <= 50 and short.endswith("…")
    assert re.fullmatch(r"(kata )+…", short)


def test_signing_date_is_stored_and_printed(tmp_path, workspace):
    from datetime import date

    from pypdf import PdfReader

    from spbe_desktop.core.report.summary import set_signing_date, signing_date, write_summary

    assert signing_date(workspace) == date.today()
    set_signing_date(workspace, date(2026, 5, 31))
    assert signing_date(workspace) == date(2026, 5, 31)
    out = write_summary(workspace, tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "31 Mei 2026" in text
