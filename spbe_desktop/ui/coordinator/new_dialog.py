"""Creating a coordinator workspace: Pemda name, period, instrument, file."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from spbe_desktop.ui.forms.ui_coord_new import Ui_NewCoordinatorDialog
from spbe_desktop.ui.new_workspace_form import NewWorkspaceForm


class NewCoordinatorRequest(NamedTuple):
    pemda_name: str
    period: int
    instrument_id: str
    path: Path


class NewCoordinatorDialog(NewWorkspaceForm):
    file_prefix = "koordinator-"
    fallback_name = "pemda"
    missing_name = (
        "NewCoordinatorDialog",
        QT_TRANSLATE_NOOP(
            "NewCoordinatorDialog", "Enter the name of the regional government (Pemda)."
        ),
    )

    def __init__(self, parent: QWidget | None, folder: Path, lang: str) -> None:
        super().__init__(parent, Ui_NewCoordinatorDialog(), "pemdaEdit", folder, lang)

    def request(self) -> NewCoordinatorRequest:
        return NewCoordinatorRequest(*self.chosen())

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, lang: str) -> NewCoordinatorRequest | None:
        dialog = cls(parent, folder, lang)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
