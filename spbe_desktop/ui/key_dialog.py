"""The workspace's signing key: making it (passphrase twice, then the fingerprint in large type)
and changing its passphrase. The key itself is handled by the core; this only asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from spbe_desktop.core import keys
from spbe_desktop.core.errors import KeyStoreError, SpbeError
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_key_dialog import Ui_KeyDialog

CREATE, CHANGE = "create", "change"


class KeyDialog(QDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, lang: str, mode: str = CREATE):
        super().__init__(parent)
        self.ui = Ui_KeyDialog()
        self.ui.setupUi(self)
        self.ws = ws
        self.lang = lang
        self.mode = mode
        self.made: keys.KeyInfo | None = None
        self.ui.pages.setCurrentWidget(self.ui.passphrasePage)
        self.ui.problemLabel.hide()
        self.ui.hintLabel.setText(
            self.tr(
                "At least {0} characters. A short sentence you can remember works well, "
                "e.g. “Kantor kami di lantai 3”."
            ).format(keys.MIN_PASSPHRASE)
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        if mode == CREATE:
            self.setWindowTitle(self.tr("Create the signing key"))
            self.ui.introLabel.setText(
                self.tr(
                    "Packages are signed with this workspace's own key, so the coordinator can "
                    "tell they come from your OPD and were not changed on the way. Choose a "
                    "passphrase that protects the key; you will type it for every package."
                )
            )
            self.ui.passphraseForm.setRowVisible(0, False)
            ok.setText(self.tr("&Create key"))
        else:
            self.setWindowTitle(self.tr("Change the key passphrase"))
            self.ui.introLabel.setText(
                self.tr(
                    "The key stays the same (and so does its fingerprint); only the passphrase "
                    "that protects it changes."
                )
            )
            self.ui.newCaption.setText(self.tr("&New passphrase:"))
            ok.setText(self.tr("&Change passphrase"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _problem(self, message: str, focus: QWidget) -> None:
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.show()
        focus.setFocus()
        if hasattr(focus, "selectAll"):
            focus.selectAll()

    def _accept(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.fingerprintPage:
            self.accept()
            return
        new, repeat = self.ui.newEdit.text(), self.ui.repeatEdit.text()
        if len(new) < keys.MIN_PASSPHRASE:
            self._problem(
                self.tr("The passphrase is too short: use at least {0} characters.").format(
                    keys.MIN_PASSPHRASE
                ),
                self.ui.newEdit,
            )
            return
        if new != repeat:
            self._problem(
                self.tr("The two passphrases differ. Type the same one twice."), self.ui.repeatEdit
            )
            return
        # scrypt takes a moment by design; short enough to wait for with a busy cursor.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.mode == CREATE:
                self.made = keys.generate_key(self.ws, new)
            else:
                keys.change_passphrase(self.ws, self.ui.oldEdit.text(), new)
        except KeyStoreError as exc:
            wrong = exc.code == "KEY_PASSPHRASE_WRONG"
            self._problem(exc.message(self.lang), self.ui.oldEdit if wrong else self.ui.newEdit)
            return
        except SpbeError as exc:
            self._problem(exc.message(self.lang), self.ui.newEdit)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.mode == CHANGE:
            self.accept()
            return
        self.ui.fingerprintLabel.setText(self.made.fingerprint)
        self.ui.pages.setCurrentWidget(self.ui.fingerprintPage)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&ontinue"))

    @classmethod
    def create_key(cls, parent: QWidget | None, ws: Workspace, lang: str) -> keys.KeyInfo | None:
        """Ask for a passphrase and make the key; None when the person cancelled."""
        dialog = cls(parent, ws, lang, CREATE)
        dialog.exec()
        return dialog.made

    @classmethod
    def change(cls, parent: QWidget | None, ws: Workspace, lang: str) -> bool:
        return cls(parent, ws, lang, CHANGE).exec() == QDialog.DialogCode.Accepted
