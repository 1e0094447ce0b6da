"""Printing the summary PDF from the app: the system print dialog, then each page rendered by
the core (PDFium) at the printer's resolution and drawn onto the chosen printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from spbe_desktop.core.evidence.pdf_pages import page_count, render_page

PRINT_DPI = 300


def _print_support():
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:  # a trimmed build may ship without print support
        return None
    return QPrintDialog, QPrinter


class SummaryPrint:
    @staticmethod
    def available() -> bool:
        return _print_support() is not None

    @staticmethod
    def print_pdf(parent: QWidget | None, path: Path) -> bool:
        """Show the print dialog and print `path`; False when cancelled or not possible."""
        support = _print_support()
        if support is None:
            return False
        QPrintDialog, QPrinter = support
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        pages = page_count(path)
        printer.setFromTo(1, pages)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return print_pages(printer, path, pages)


def print_pages(printer, path: Path, pages: int) -> bool:
    """Draw the pages the printer asks for (all by default), each fitted to the printable area."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

    from .evidence_panel import to_qimage

    # Rendered at most at PRINT_DPI and scaled up by the printer: sharp on paper, while a page
    # at a printer's native 1200 dpi would take hundreds of megabytes.
    shrink = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
    first = max(1, printer.fromPage() or 1)
    last = min(pages, printer.toPage() or pages)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            area = painter.viewport()
            page = render_page(
                path, number - 1, int(area.width() * shrink), int(area.height() * shrink)
            )
            target = QRect(0, 0, round(page.width / shrink), round(page.height / shrink))
            painter.drawImage(target, to_qimage(page))
    finally:
        painter.end()
    return True
