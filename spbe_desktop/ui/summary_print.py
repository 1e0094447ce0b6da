"""Printing the summary PDF where Qt's print support is installed: each page rendered by QtPdf
onto the printer chosen in the system print dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def _print_support():
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:  # a trimmed build may ship without printing or PDF rendering
        return None
    return QPdfDocument, QPrintDialog, QPrinter


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
        from PySide6.QtGui import QPainter

        QPdfDocument, QPrintDialog, QPrinter = support
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        document = QPdfDocument(parent)
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return False
        pages = document.pageCount()
        printer.setFromTo(1, pages)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        first = max(1, printer.fromPage() or 1)
        last = min(pages, printer.toPage() or pages)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                target = painter.viewport()
                image = document.render(number - 1, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True
