import pytest
from evidence_files import make_encrypted_pdf, make_pdf

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.pdf_pages import page_count, render_page


def test_first_page_fits_the_box_and_keeps_a4_proportions(tmp_path):
    pdf = make_pdf(tmp_path / "sk.pdf", pages=3)
    assert page_count(pdf) == 3
    page = render_page(pdf, 0, 240, 180)
    assert page.height == 180 and 125 <= page.width <= 129  # A4 is 1 : 1.414
    assert len(page.rgb) == page.width * page.height * 3
    assert len(set(page.rgb)) > 2  # text was drawn, not a blank page


def test_unreadable_pdfs_are_a_plain_error(tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(make_pdf(tmp_path / "ok.pdf").read_bytes()[:300])
    locked = make_encrypted_pdf(tmp_path / "terkunci.pdf")
    for path in (broken, locked):
        with pytest.raises(InputError) as info:
            render_page(path, 0, 100, 100)
        assert info.value.code == "PDF_UNREADABLE"
