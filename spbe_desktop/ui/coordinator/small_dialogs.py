"""The coordinator's small questions: passphrase, trusting an OPD key, a decision, an earlier
published result. Each dialog checks its own input before it closes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from spbe_desktop.core.figures import rounded
from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.ui.dialogs import Dialogs
from spbe_desktop.ui.forms.ui_coord_decision import Ui_DecisionDialog
from spbe_desktop.ui.forms.ui_coord_earlier import Ui_EarlierResultDialog
from spbe_desktop.ui.forms.ui_coord_passphrase import Ui_PassphraseDialog
from spbe_desktop.ui.forms.ui_coord_trust import Ui_TrustKeyDialog

Buttons = QDialogButtonBox.StandardButton


class PassphraseDialog(QDialog):
    """Asks the signing key's passphrase; with `new`, makes the key: typed twice."""

    def __init__(self, parent: QWidget | None, new: bool) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.new = new
        if new:
            self.ui.intro.setText(
                self.tr(
                    "This coordinator workspace has no signing key yet. Choose a passphrase "
                    "(at least 8 characters) to protect it: every assignment and review you "
                    "send is signed with it. Keep the passphrase safe; it cannot be recovered."
                )
            )
        else:
            self.ui.intro.setText(
                self.tr("Enter the passphrase of the coordinator's signing key to sign.")
            )
            self.ui.confirmLabel.hide()
            self.ui.confirmEdit.hide()
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        typed = self.ui.passEdit.text()
        if not typed:
            Dialogs.error(self, self.tr("Enter the passphrase."))
            return
        if self.new and typed != self.ui.confirmEdit.text():
            Dialogs.error(self, self.tr("The two passphrases differ; type them again."))
            self.ui.confirmEdit.clear()
            self.ui.confirmEdit.setFocus()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.ui.passEdit.text()


class TrustKeyDialog(QDialog):
    """Shows an OPD's key fingerprint in large type to compare with the signed PDF summary; a
    changed key also needs a typed reason."""

    def __init__(self, parent: QWidget | None, opd: str, fingerprint: str, changed: bool) -> None:
        super().__init__(parent)
        self.ui = Ui_TrustKeyDialog()
        self.ui.setupUi(self)
        self.changed = changed
        self.ui.opdLabel.setText(opd)
        self.ui.fingerprintLabel.setText(fingerprint)
        if changed:
            self.ui.intro.setText(
                self.tr(
                    "<b>The signing key of this OPD has changed.</b> Its earlier packages were "
                    "signed with another key. Accept the new key only after the OPD confirmed it."
                )
            )
        else:
            self.ui.intro.setText(
                self.tr("A package from an OPD whose signing key is not known yet:")
            )
            self.ui.reasonLabel.hide()
            self.ui.reasonEdit.hide()
        self.ui.question.setText(
            self.tr(
                "Compare this fingerprint with the one printed on the OPD's signed PDF summary "
                "(or ask the OPD by telephone). Trust the key only if they are identical."
            )
        )
        self.ui.buttonBox.button(Buttons.Yes).setText(self.tr("&Trust this key"))
        self.ui.buttonBox.button(Buttons.No).setText(self.tr("Do &not import"))
        self.ui.buttonBox.button(Buttons.No).setDefault(True)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        if self.changed and not self.reason():
            Dialogs.error(self, self.tr("Write down why the key changed."))
            self.ui.reasonEdit.setFocus()
            return
        self.accept()

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()


class DecisionDialog(QDialog):
    """The coordinator's value for one indicator, with the reason."""

    def __init__(
        self,
        parent: QWidget | None,
        instrument: Instrument,
        heading: str,
        answers: str,
        current: Decimal | None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.ui.indicatorLabel.setText(heading)
        self.ui.answersLabel.setText(answers)
        self.ui.valueSpin.setRange(instrument.level_min, instrument.level_max)
        self.ui.valueSpin.setValue(float(current) if current is not None else instrument.level_min)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        if not self.reason():
            Dialogs.error(self, self.tr("Write down the reason for the decision."))
            self.ui.reasonEdit.setFocus()
            return
        self.accept()

    def value(self) -> Decimal:
        return rounded(self.ui.valueSpin.value(), 2)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()


class EarlierResultDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = Ui_EarlierResultDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        if not self.ui.periodEdit.text().strip() or not self.ui.indexEdit.text().strip():
            Dialogs.error(self, self.tr("Enter the period and the published index."))
            return
        self.accept()

    def values(self) -> tuple[str, str, str]:
        return (
            self.ui.periodEdit.text().strip(),
            self.ui.indexEdit.text().strip(),
            self.ui.sourceEdit.text().strip(),
        )
