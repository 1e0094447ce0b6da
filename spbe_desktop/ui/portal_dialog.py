"""The portal folder's settings, asked before it is written: the new folder, the portal's file
size limit (the instrument pack's value until the user sets another, marked uncertain because the
portal does not publish it; the user's value is remembered), whether images in files over it are
scaled down, and for a coordinator whether only the items sent back for revision are written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QDialog, QWidget

from spbe_desktop.core.instrument.marks import UNCERTAIN, printable
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.portal.naming import slug
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_portal_dialog import Ui_PortalFolderDialog

from .dialogs import Dialogs
from .i18n import number
from .settings import AppSettings


class PortalRequest(NamedTuple):
    folder: Path
    max_mb: Decimal
    downscale_images: bool
    only_revisi: bool


def suggested_folder(ws: Workspace, parent: Path) -> Path:
    return parent / f"portal-{slug(ws.info.opd_name, 40) or 'opd'}-{ws.info.period}"


def _megabytes(value: float) -> Decimal:
    """The spin box's value as written: 2 for 2.0, 2.5 for 2.5 (never 1E+2)."""
    shown = Decimal(f"{value:.1f}")
    return shown.to_integral_value() if shown == shown.to_integral_value() else shown


def _new_or_empty(path: Path) -> bool:
    try:
        return not path.exists() or (path.is_dir() and not any(path.iterdir()))
    except OSError:
        return False


class PortalFolderDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ws: Workspace, settings: AppSettings, lang: str
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PortalFolderDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.lang = lang
        self.coordinator = ws.info.kind == "coordinator"
        portal = ws.instrument.portal
        self.pack_limit = portal.max_file_mb
        folder = Path(settings.folder("portal") or ws.path.parent)
        self.ui.folderEdit.setText(str(suggested_folder(ws, folder)))
        own = settings.portal_max_mb()
        self.ui.limitSpin.setValue(float(self.pack_limit if own is None else own))
        self.ui.downscaleCheck.setChecked(settings.portal_downscale())
        self.ui.revisiCheck.setVisible(self.coordinator)
        self.uncertain = portal.confidence in UNCERTAIN
        shown = number(self.pack_limit, lang)
        self.ui.packLimitButton.setText(self.tr("Use the pack's &value ({0} MB)").format(shown))
        if self.uncertain:
            tip = self.tr(
                "The portal does not publish its file size limit: {0} MB is what the instrument "
                "pack assumes. Set your own limit if the portal refuses smaller files."
            ).format(shown)
            if portal.note:
                tip += "\n\n" + text(portal.note, lang)
            self.ui.limitMark.setText(printable(portal.confidence))
            self.ui.limitMark.setToolTip(tip)
            self.ui.limitSpin.setToolTip(tip)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.packLimitButton.clicked.connect(self._pack_limit)
        self.ui.limitSpin.valueChanged.connect(self._limit_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._limit_changed()

    def limit(self) -> Decimal:
        return _megabytes(self.ui.limitSpin.value())

    def _limit_changed(self, *_args) -> None:
        own = self.limit() != self.pack_limit
        shown = number(self.pack_limit, self.lang)
        if own:
            note = self.tr("Your own limit; the instrument pack assumes {0} MB.").format(shown)
        else:
            note = self.tr("The instrument pack's limit, {0} MB.").format(shown)
        if self.uncertain:
            note += " " + self.tr("Uncertain: the portal does not publish its limit.")
        self.ui.limitNote.setText(note)
        self.ui.packLimitButton.setEnabled(own)

    def _pack_limit(self) -> None:
        self.ui.limitSpin.setValue(float(self.pack_limit))

    def _browse(self) -> None:
        chosen = Dialogs.save_file(
            self,
            self.tr("Write the portal folder as (a new folder)"),
            self.ui.folderEdit.text(),
            self.tr("Folders (*)"),
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def accept(self) -> None:
        folder = self.ui.folderEdit.text().strip()
        if not folder:
            Dialogs.error(self, self.tr("Choose the folder to write the portal folder into."))
            return
        path = Path(folder).expanduser()
        if not _new_or_empty(path):
            Dialogs.error(
                self,
                self.tr("{0} is not a new or empty folder: choose another name.").format(path),
            )
            return
        limit = self.limit()
        self.settings.set_portal_max_mb(None if limit == self.pack_limit else limit)
        self.settings.set_portal_downscale(self.ui.downscaleCheck.isChecked())
        if path.parent.is_dir():
            self.settings.set_folder("portal", path.parent)
        self.request = PortalRequest(
            path,
            limit,
            self.ui.downscaleCheck.isChecked(),
            self.coordinator and self.ui.revisiCheck.isChecked(),
        )
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ws: Workspace, settings: AppSettings, lang: str
    ) -> PortalRequest | None:
        dialog = cls(parent, ws, settings, lang)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None
