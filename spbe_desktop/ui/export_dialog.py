"""The export dialog (passphrase, signature block, where to save, the evidence check's findings)
and the result dialog shown once the written package has verified."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core import keys
from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.files import safe_name
from spbe_desktop.core.report import summary as report
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_export_dialog import Ui_ExportDialog

from .dialogs import Dialogs
from .i18n import file_size
from .system_open import open_with_system

if TYPE_CHECKING:  # the package and report modules load pydantic and reportlab: on demand
    from spbe_desktop.core.evidence.check import Finding
    from spbe_desktop.core.export.submission import ExportResult

SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5300"}


class ExportRequest(NamedTuple):
    path: Path | None  # None: the person chose to fix the findings first
    passphrase: str
    fix_indicator: int | None = None
    key: object = None  # the signing key, unlocked here with the passphrase


def next_revision(ws: Workspace) -> int:
    from spbe_desktop.core.export.submission import META_REVISION

    return int(ws.meta(META_REVISION) or "0") + 1


def suggested_name(ws: Workspace) -> str:
    """`<opd>-<period>-rev<N>.spbe`, safe on every file system."""
    name = safe_name(ws.info.opd_name, "opd")
    return f"{name}-{ws.info.period}-rev{next_revision(ws)}.spbe"


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ws: Workspace,
        findings: list[Finding],
        lang: str,
        suggested: Path,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ws = ws
        self.lang = lang
        self.findings = findings
        self.fix_indicator: int | None = None
        self._key = None
        info = keys.key_info(ws)
        self.ui.introLabel.setText(
            self.tr(
                "The package for <b>{0}</b>, period {1}, becomes revision {2}. It is signed with "
                "the key <b>{3}</b> and holds the answers, the evidence and the summary PDF."
            ).format(
                html.escape(ws.info.opd_name),
                ws.info.period,
                next_revision(ws),
                info.fingerprint if info else "–",
            )
        )
        name, nip, place = report.signatory(ws)
        self.ui.nameEdit.setText(name)
        self.ui.nipEdit.setText(nip)
        self.ui.placeEdit.setText(place)
        day = report.signing_date(ws)
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.locationEdit.setText(str(suggested))
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.problemLabel.hide()
        self._fill_findings()
        self._buttons()
        self.ui.passphraseEdit.setFocus()

    def _fill_findings(self) -> None:
        tree = self.ui.findingsList
        errors = sum(1 for f in self.findings if f.severity == "error")
        warnings = len(self.findings) - errors
        if not self.findings:
            self.ui.findingsSummary.setText(
                self.tr("No problems found: assessors should be able to open every file.")
            )
            tree.hide()
            return
        self.ui.findingsSummary.setText(
            self.tr(
                "{0} error(s) and {1} warning(s). Assessors would likely send these back. "
                "Double-click one to go to its indicator. If you send anyway, the findings "
                "are recorded in the package."
            ).format(errors, warnings)
        )
        kinds = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        for f in self.findings:
            where = str(f.indicator) if f.indicator is not None else "–"
            item = QTreeWidgetItem([where, kinds.get(f.severity, f.severity), f.message(self.lang)])
            item.setForeground(1, QBrush(QColor(SEVERITY_COLOURS.get(f.severity, "#333"))))
            item.setToolTip(2, f.message(self.lang))
            item.setData(0, Qt.ItemDataRole.UserRole, f.indicator)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = tree.sizeHintForRow(0) or 22
        tree.setMinimumHeight(
            tree.header().sizeHint().height() + 8 + rows * min(len(self.findings), 6)
        )
        tree.itemDoubleClicked.connect(self._jump)

    def _buttons(self) -> None:
        box = self.ui.buttonBox
        role = QDialogButtonBox.ButtonRole
        if self.findings:
            fix = box.addButton(self.tr("&Fix first"), role.RejectRole)
            fix.clicked.connect(self._fix_first)
            send = box.addButton(self.tr("Send &anyway"), role.AcceptRole)
        else:
            send = box.addButton(self.tr("&Send package"), role.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        send.setDefault(True)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number = item.data(0, Qt.ItemDataRole.UserRole)
        if number is not None:
            self.fix_indicator = int(number)
            self.reject()

    def _fix_first(self) -> None:
        current = self.ui.findingsList.currentItem()
        first = next((f.indicator for f in self.findings if f.indicator is not None), None)
        chosen = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.fix_indicator = chosen if chosen is not None else first
        self.reject()

    def _browse(self) -> None:
        chosen = Dialogs.save_file(
            self,
            self.tr("Save the package as"),
            self.ui.locationEdit.text(),
            self.tr("SPBE packages (*.spbe)"),
        )
        if chosen:
            self.ui.locationEdit.setText(chosen)

    def _problem(self, message: str, focus: QWidget) -> None:
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.show()
        focus.setFocus()

    def target(self) -> Path | None:
        raw = self.ui.locationEdit.text().strip()
        if not raw:
            return None
        path = Path(raw).expanduser()
        return path if path.suffix == ".spbe" else path.with_name(path.name + ".spbe")

    def _accept(self) -> None:
        target = self.target()
        if target is None or not target.parent.is_dir():
            self._problem(
                self.tr("Choose a folder that exists to save the package in."),
                self.ui.locationEdit,
            )
            return
        if not self.ui.nameEdit.text().strip():
            self._problem(
                self.tr("Enter the name of the head of OPD who signs the summary."),
                self.ui.nameEdit,
            )
            return
        passphrase = self.ui.passphraseEdit.text()
        # Checked here so a wrong passphrase costs a retry, not a closed dialog.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._key = keys.load_private_key(self.ws, passphrase)
            wanted = tuple(
                e.text().strip() for e in (self.ui.nameEdit, self.ui.nipEdit, self.ui.placeEdit)
            )
            if wanted != report.signatory(self.ws):
                report.set_signatory(self.ws, *wanted)
            chosen = self.ui.dateEdit.date().toPython()
            if chosen != report.signing_date(self.ws):
                report.set_signing_date(self.ws, chosen)
        except SpbeError as exc:
            self._problem(exc.message(self.lang), self.ui.passphraseEdit)
            self.ui.passphraseEdit.selectAll()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def request(self) -> ExportRequest:
        return ExportRequest(self.target(), self.ui.passphraseEdit.text(), None, self._key)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ws: Workspace,
        findings: list[Finding],
        lang: str,
        suggested: Path,
    ) -> ExportRequest | None:
        """The person's choice: a request to export, to fix an indicator first, or None."""
        dialog = cls(parent, ws, findings, lang, suggested)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.request()
        if dialog.fix_indicator is not None:
            return ExportRequest(None, "", dialog.fix_indicator)
        return None


class ExportResultDialog(QDialog):
    """ "Package verified ✓": what was written, and a way to its folder."""

    def __init__(self, parent: QWidget | None, result: ExportResult) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(self.tr("Package sent"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Package verified ✓"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #2e7d32;")
        layout.addWidget(title)
        rows = [
            (self.tr("File"), html.escape(result.path.name)),
            (self.tr("Folder"), html.escape(str(result.path.parent))),
            (self.tr("Size"), file_size(result.size)),
            (self.tr("Revision"), str(result.revision)),
            (self.tr("Key fingerprint"), f"<tt><b>{html.escape(result.fingerprint)}</b></tt>"),
        ]
        if result.findings:
            rows.append(
                (
                    self.tr("Evidence check"),
                    self.tr("{0} finding(s), recorded in the package").format(len(result.findings)),
                )
            )
        table = "".join(
            f"<tr><td style='color:#555; padding-right:12px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        details = QLabel(f"<table cellspacing='3'>{table}</table>", self)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        layout.addWidget(details)
        hint = QLabel(
            self.tr(
                "The package was read back and its signature checked. Send this file to the "
                "coordinator (Diskominfo), and have the head of OPD sign the printed summary: "
                "the same fingerprint is printed on it."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.folderButton: QPushButton = buttons.addButton(
            self.tr("Open &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folderButton.clicked.connect(self.open_folder)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def open_folder(self) -> None:
        open_with_system(self.result.path.parent)

    @classmethod
    def show_result(cls, parent: QWidget | None, result: ExportResult) -> None:
        cls(parent, result).exec()
