"""The page furniture every PDF of the app shares: a footer with the app and document on the
left and "Halaman X dari Y" on the right, the page count known only once the last page is laid out."""

from __future__ import annotations

from typing import Any

from .fonts import REGULAR, register_fonts


def numbered_canvas(footer_left: str, page_text: str):
    """A reportlab canvas class for `doc.build(..., canvasmaker=…)`; `page_text` has `{n}` and
    `{total}` placeholders ("Halaman {n} dari {total}")."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: the page preamble names the initial font, which is never embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setStrokeColorRGB(0.6, 0.6, 0.6)
            self.setLineWidth(0.4)
            self.line(18 * mm, 13 * mm, width - 18 * mm, 13 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColorRGB(0.3, 0.3, 0.3)
            self.drawString(18 * mm, 9 * mm, footer_left[:110])
            page = page_text.format(n=self._pageNumber, total=total)
            self.drawRightString(width - 18 * mm, 9 * mm, page)
            self.restoreState()

    return NumberedCanvas


def build_numbered_a4(
    target: str,
    story: list,
    *,
    title: str,
    footer_left: str,
    page_text: str,
    margins_mm: tuple[float, float, float, float] = (18, 18, 16, 18),
) -> None:
    """Lay `story` out on A4 pages (margins left, right, top, bottom in mm) into the file
    `target`, each page with the shared footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from spbe_desktop import APP_NAME

    left, right, top, bottom = (m * mm for m in margins_mm)
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=APP_NAME,
    )
    doc.build(story, canvasmaker=numbered_canvas(footer_left, page_text))
