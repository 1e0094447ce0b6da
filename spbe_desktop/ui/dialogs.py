"""Every modal question the app asks, in one place: plain messages, confirmations and file
choosers. Tests replace these static methods so that nothing ever blocks. Qt's message box and
file dialog classes are imported when one is shown, not at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.errors import SpbeError

from .i18n import current_lang


class Dialogs:
    @staticmethod
    def error(parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            parent, QCoreApplication.translate("Dialogs", "Something went wrong"), text
        )

    @staticmethod
    def info(parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    @staticmethod
    def about(parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(parent, title, text)

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def open_workspace(parent: QWidget | None, folder: str = "") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Open a workspace"),
            folder,
            QCoreApplication.translate("Dialogs", "SPBE workspaces (*.spbews);;All files (*)"),
        )
        return path or None

    @staticmethod
    def save_workspace(parent: QWidget | None, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Save the new workspace as"),
            suggested,
            QCoreApplication.translate("Dialogs", "SPBE workspaces (*.spbews)"),
        )
        if path and not path.endswith(".spbews"):
            path += ".spbews"
        return path or None

    @staticmethod
    def evidence_files(parent: QWidget | None, folder: str = "") -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("Dialogs", "Attach evidence"),
            folder,
            QCoreApplication.translate(
                "Dialogs",
                "Documents and images (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx *.pptx);;All files (*)",
            ),
        )
        return list(paths)

    @staticmethod
    def document_dates(parent: QWidget | None, paths: list[Path]) -> dict[Path, str] | None:
        """The document date of each file to attach (each starts at the file's own date); None
        when the person cancels."""
        from .document_dates import DocumentDatesDialog

        return DocumentDatesDialog.ask(parent, paths)

    @staticmethod
    def save_file(parent: QWidget | None, title: str, suggested: str, filter_: str) -> str | None:
        """Where to write a package or a PDF; the suffix of `suggested` is kept when omitted."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
        suffix = Path(suggested).suffix
        if path and suffix and not path.lower().endswith(suffix):
            path += suffix
        return path or None

    @staticmethod
    def open_sheet(parent: QWidget | None, title: str, folder: str = "") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            folder,
            QCoreApplication.translate("Dialogs", "Sheets (*.xlsx *.csv);;All files (*)"),
        )
        return path or None

    @staticmethod
    def open_package(parent: QWidget | None, title: str, folder: str = "") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            folder,
            QCoreApplication.translate("Dialogs", "SPBE packages (*.spbe);;All files (*)"),
        )
        return path or None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A plain message for an expected failure; anything else is a bug for the crash handler."""
    if isinstance(exc, SpbeError):
        Dialogs.error(parent, exc.message(current_lang()))
    elif isinstance(exc, OSError):
        where = f" ({Path(exc.filename).name})" if getattr(exc, "filename", None) else ""
        Dialogs.error(
            parent,
            QCoreApplication.translate(
                "Dialogs",
                "The file could not be read or written{0}: {1}. Check that it exists and that "
                "you may use it, then try again.",
            ).format(where, exc.strerror or exc),
        )
    else:
        raise exc
