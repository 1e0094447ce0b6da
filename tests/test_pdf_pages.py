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


def test_pages_rendered_on_several_threads_at_once(tmp_path):
    """PDFium is not thread-safe: previews made on two workers at once used to crash the process."""
    from concurrent.futures import ThreadPoolExecutor

    from evidence_files import make_pdf

    from spbe_desktop.core.evidence.pdf_pages import page_count, render_page

    files = [make_pdf(tmp_path / f"bukti-{n}.pdf", pages=2) for n in range(4)]

    def work(n: int) -> tuple[int, int]:
        path = files[n % len(files)]
        return page_count(path), render_page(path, n % 2, 240, 180).width

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(work, range(80)))
    assert all(count == 2 and 0 < width <= 240 for count, width in results)
