"""PDF pages as pictures (PDFium through pypdfium2): the first page of a PDF evidence file as a
preview, every page of the summary for printing. Pixels out, no GUI toolkit in here.

PDFium is not thread-safe: two previews rendered at once on two workers (a person clicking from
one PDF to the next) crash the process, so every call into it holds one lock."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.errors import InputError

PDFIUM = threading.Lock()


class PageImage(NamedTuple):
    width: int
    height: int
    rgb: bytes  # rows of width × 3 bytes, top to bottom


def _open(path: str | Path):
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise InputError(
            f"PDF {Path(path).name} tidak bisa dibaca (rusak atau terkunci kata sandi).",
            f"The PDF {Path(path).name} cannot be read (damaged or password-protected).",
            code="PDF_UNREADABLE",
        ) from exc


def page_count(path: str | Path) -> int:
    with PDFIUM:
        document = _open(path)
        try:
            return len(document)
        finally:
            document.close()


def render_page(path: str | Path, index: int, width: int, height: int) -> PageImage:
    """Page `index` scaled to fit width × height pixels, keeping its proportions."""
    with PDFIUM:
        document = _open(path)
        try:
            page = document[index]
            points_w, points_h = page.get_size()
            scale = min(width / points_w, height / points_h)
            image = page.render(scale=scale).to_pil().convert("RGB")
            page.close()
        finally:
            document.close()
    return PageImage(image.width, image.height, image.tobytes())
