"""The result of checking a package, in plain words: what it is and who signed it when it is
valid; each problem's own sentence (in the interface language) when it is not."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the package modules load pydantic; the window starts without them
    from spbe_desktop.core.bundle.verify import VerifyResult


def kind_name(kind: str | None) -> str:
    names = {
        "submission": QCoreApplication.translate("Verify", "Self-assessment submission"),
        "assignment": QCoreApplication.translate("Verify", "Assignment from the coordinator"),
        "receipt": QCoreApplication.translate("Verify", "Receipt from the coordinator"),
        "review": QCoreApplication.translate("Verify", "Review notes from the coordinator"),
    }
    return names.get(kind or "", kind or "–")


def error_lines(result: VerifyResult, lang: str) -> list[str]:
    """Each error's plain sentence; the stable code only as a small reference behind it."""
    lines = []
    for error in result.errors:
        message = error.get("message_en") if lang == "en" else error.get("message_id")
        message = message or error.get("message") or error.get("message_en") or ""
        lines.append(f"{message} ({error.get('code', '')})" if message else error.get("code", ""))
    return lines


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, result: VerifyResult, lang: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Package check"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if result.valid:
            heading = self.tr("The package is valid ✓")
            colour = "#2e7d32"
        else:
            heading = self.tr("The package is not valid ✗")
            colour = "#b3261e"
        self.headingLabel = QLabel(heading, self)
        self.headingLabel.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {colour};")
        layout.addWidget(self.headingLabel)
        self.detailsLabel = QLabel(self)
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailsLabel.setText(self._details(path, result, lang))
        layout.addWidget(self.detailsLabel)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def _details(self, path: Path, result: VerifyResult, lang: str) -> str:
        file_row = (self.tr("File"), html.escape(path.name))
        if not result.valid:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in error_lines(result, lang))
            intro = self.tr(
                "Do not use this package: it is damaged, incomplete or was changed after it "
                "was signed. Ask the sender for a new copy."
            )
            return (
                f"<p><b>{file_row[0]}:</b> {file_row[1]}</p><p>{html.escape(intro)}</p>"
                f"<ul style='margin-left:-20px'>{items}</ul>"
            )
        rows = [
            file_row,
            (self.tr("Kind"), html.escape(kind_name(result.kind))),
            (self.tr("OPD"), html.escape(result.opd or "–")),
            (self.tr("Period"), html.escape(str(result.period or "–"))),
            (self.tr("Revision"), str(result.revision if result.revision is not None else "–")),
            (
                self.tr("Signed with key"),
                f"<tt><b>{html.escape(result.signer_fingerprint or '–')}</b></tt>",
            ),
        ]
        table = "".join(
            f"<tr><td style='color:#555; padding-right:12px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        note = self.tr(
            "Every file is complete and unchanged since it was signed. Compare the key "
            "fingerprint with the one printed on the signed summary."
        )
        return f"<table cellspacing='3'>{table}</table><p>{html.escape(note)}</p>"

    @classmethod
    def show_result(
        cls, parent: QWidget | None, path: Path, result: VerifyResult, lang: str
    ) -> None:
        cls(parent, path, result, lang).exec()
