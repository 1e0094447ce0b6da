"""Every modal question of the coordinator's screens, in one place, so that tests can replace
them and nothing ever blocks."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from spbe_desktop.core.coordinator.store import Opd
from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.core.workspace.workspace import Workspace

from .assign_dialog import AssignmentDialog, AssignmentRequest
from .small_dialogs import DecisionDialog, EarlierResultDialog, PassphraseDialog, TrustKeyDialog

Accepted = QDialog.DialogCode.Accepted


class CoordDialogs:
    @staticmethod
    def packages(parent: QWidget | None) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("Coordinator", "Import OPD packages"),
            "",
            QCoreApplication.translate("Coordinator", "SPBE packages (*.spbe);;All files (*)"),
        )
        return list(paths)

    @staticmethod
    def open_sheet(parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Coordinator", "Import the assessors' sheet"),
            "",
            QCoreApplication.translate("Coordinator", "Sheets (*.xlsx *.csv);;All files (*)"),
        )
        return path or None

    @staticmethod
    def save_as(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    @staticmethod
    def folder(parent: QWidget | None, title: str, suggested: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, suggested)
        return path or None

    @staticmethod
    def number(parent: QWidget | None, title: str, label: str, value: int) -> int | None:
        chosen, ok = QInputDialog.getInt(parent, title, label, value, 1, 99)
        return chosen if ok else None

    @staticmethod
    def passphrase(parent: QWidget | None, new: bool) -> str | None:
        dialog = PassphraseDialog(parent, new)
        return dialog.passphrase() if dialog.exec() == Accepted else None

    @staticmethod
    def trust_new_key(parent: QWidget | None, opd: str, fingerprint: str) -> bool:
        return TrustKeyDialog(parent, opd, fingerprint, changed=False).exec() == Accepted

    @staticmethod
    def accept_changed_key(parent: QWidget | None, opd: str, fingerprint: str) -> str | None:
        """The reason for accepting a changed key, or None to refuse it."""
        dialog = TrustKeyDialog(parent, opd, fingerprint, changed=True)
        return dialog.reason() if dialog.exec() == Accepted else None

    @staticmethod
    def decision(
        parent: QWidget | None,
        instrument: Instrument,
        heading: str,
        answers: str,
        current: Decimal | None,
    ) -> tuple[Decimal, str] | None:
        dialog = DecisionDialog(parent, instrument, heading, answers, current)
        return (dialog.value(), dialog.reason()) if dialog.exec() == Accepted else None

    @staticmethod
    def earlier_result(parent: QWidget | None) -> tuple[str, str, str] | None:
        dialog = EarlierResultDialog(parent)
        return dialog.values() if dialog.exec() == Accepted else None

    @staticmethod
    def text(parent: QWidget | None, title: str, label: str) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label)
        return value.strip() if ok and value.strip() else None

    @staticmethod
    def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
        """The position of the chosen item, or None."""
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(value) if ok and value in items else None

    @staticmethod
    def assignment(
        parent: QWidget | None,
        ws: Workspace,
        opd: Opd,
        opds: list[Opd],
        owners: dict[str, str],
        lang: str,
    ) -> AssignmentRequest | None:
        dialog = AssignmentDialog(parent, ws, opd, opds, owners, lang)
        return dialog.request() if dialog.exec() == Accepted else None
