"""The document date of each file being attached, asked once for all of them: each starts at the
file's own date (what the core takes when nothing is said) and is corrected with a date editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QHeaderView, QTableWidgetItem, QWidget

from spbe_desktop.core.evidence.dates import file_date
from spbe_desktop.ui.forms.ui_document_dates import Ui_DocumentDatesDialog

ISO = "yyyy-MM-dd"


class DocumentDatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, paths: list[Path]) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentDatesDialog()
        self.ui.setupUi(self)
        self.paths = [p for p in paths if p.is_file()]
        table = self.ui.table
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Document date")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setRowCount(len(self.paths))
        self.editors: list[QDateEdit] = []
        for row, path in enumerate(self.paths):
            name = QTableWidgetItem(path.name)
            name.setToolTip(str(path))
            table.setItem(row, 0, name)
            editor = QDateEdit(QDate.fromString(file_date(path), ISO))
            editor.setDisplayFormat(ISO)
            editor.setCalendarPopup(True)
            editor.setMaximumDate(QDate(2100, 12, 31))
            table.setCellWidget(row, 1, editor)
            self.editors.append(editor)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def dates(self) -> dict[Path, str]:
        return {
            path: editor.date().toString(ISO)
            for path, editor in zip(self.paths, self.editors, strict=True)
        }

    @classmethod
    def ask(cls, parent: QWidget | None, paths: list[Path]) -> dict[Path, str] | None:
        """The date per file, or None when the person cancels (nothing is attached)."""
        dialog = cls(parent, paths)
        if not dialog.paths:
            return {}  # nothing readable: the attach itself says why
        return dialog.dates() if dialog.exec() == QDialog.DialogCode.Accepted else None
