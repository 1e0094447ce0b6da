"""Answers to the portal folder's settings dialog in tests: the real dialog, filled in by the
test and confirmed with its OK button, without a modal event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox


def answer_portal_dialog(monkeypatch, fill: Callable) -> list:
    """Every portal dialog shown from now on is handed to `fill(dialog)`, then OK is pressed;
    returns the list of dialogs shown."""
    from spbe_desktop.ui.portal_dialog import PortalFolderDialog

    shown: list = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PortalFolderDialog, "exec", exec_)
    return shown
