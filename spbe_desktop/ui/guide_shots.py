"""The user guide's screenshots, taken from the running app on the guide's demo data: a main window
that is laid out and painted but never shown on screen (Qt's WA_DontShowOnScreen), walked through
the screens and dialogs the guide describes, each grabbed into a PNG. Runs on the GUI thread."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from spbe_desktop.core.coordinator.store import list_opds, owners
from spbe_desktop.core.evidence.check import check_workspace
from spbe_desktop.core.guide_data import WARNED_INDICATOR, GuideData
from spbe_desktop.core.jobs import ProgressFn, no_progress
from spbe_desktop.core.report.guide_texts import shot_keys

from . import tasks
from .settings import AppSettings

SIZE = (1200, 760)
TALL = (1200, 1400)  # the whole indicator page at once: the check's findings to the evidence


class GuideCamera:
    """One off-screen main window (of `window_class`, the app's MainWindow, given by the caller)
    and the folder its pictures go to."""

    def __init__(self, folder: Path, lang: str, window_class: type) -> None:
        self.folder = folder
        self.lang = lang
        self.settings = AppSettings(folder / "settings.ini")
        self.window = window_class(self.settings, lang)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.window.resize(*SIZE)
        self.window.show()
        self.shots: dict[str, Path] = {}

    def settle(self, timeout: float = 30.0) -> None:
        """Let background work deliver and every widget paint."""
        deadline = time.monotonic() + timeout
        while tasks.busy() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            QApplication.processEvents()

    def take(self, key: str, widget: QWidget | None = None) -> None:
        self.settle()
        path = self.folder / f"{key}.png"
        (widget or self.window).grab().save(str(path))
        self.shots[key] = path

    def take_dialog(self, key: str, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        dialog.show()
        self.take(key, dialog)
        dialog.close()
        dialog.deleteLater()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.settle()


def take_screenshots(
    data: GuideData,
    folder: Path,
    lang: str,
    window_class: type,
    progress: ProgressFn = no_progress,
) -> dict[str, Path]:
    """Every screenshot the guide shows, as PNG files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    camera = GuideCamera(folder, lang, window_class)
    scenes = (_welcome, _opd, _reviewed, _coordinator)
    try:
        for done, scene in enumerate(scenes):
            progress(done, len(scenes), "")
            scene(camera, data)
        progress(len(scenes), len(scenes), "")
    finally:
        camera.close()
    missing = [key for key in shot_keys() if key not in camera.shots]
    if missing:
        raise RuntimeError(f"no screenshot taken for {', '.join(missing)}")
    return camera.shots


def _welcome(camera: GuideCamera, data: GuideData) -> None:
    from .welcome import NewWorkspaceDialog

    window = camera.window
    window.show_welcome()
    camera.take("welcome")
    dialog = NewWorkspaceDialog(window, Path.home() / "Documents", camera.lang)
    dialog.ui.opdEdit.setText("Dinas Kesehatan Kabupaten Sukamaju")
    camera.take_dialog("new_workspace", dialog)


def _opd(camera: GuideCamera, data: GuideData) -> None:
    window = camera.window
    window.open_path(data.opd)
    session = window.session
    window.navigator.select(session.ws.instrument.indicators[0].id)
    camera.take("indicator")
    warned = _known(session, WARNED_INDICATOR)
    window.navigator.select(warned)
    camera.settle()
    window.page.guidance.set_open(True)
    camera.settle()
    _scroll_to(window.page, window.page.guidance)
    camera.take("guidance", window.page)
    evidence = window.page.evidence.ui.list
    if evidence.topLevelItemCount():
        evidence.setCurrentItem(evidence.topLevelItem(evidence.topLevelItemCount() - 1))
    window.resize(*TALL)
    camera.settle()
    _scroll_to(window.page, window.page.ui.nameLabel)
    camera.take("evidence", window.page)
    window.resize(*SIZE)
    window.actions_by_key["overview"].trigger()
    camera.take("overview")
    camera.take_dialog("export", _export_dialog(window))
    window.actions_by_key["close_workspace"].trigger()


def _export_dialog(window) -> QWidget:
    from .export_dialog import ExportDialog, suggested_name

    ws = window.session.ws
    suggested = Path.home() / "Documents" / suggested_name(ws)
    dialog = ExportDialog(window, ws, check_workspace(ws), window.lang, suggested)
    dialog.ui.nameEdit.setText("Drs. Bambang Wicaksono, M.Si.")
    dialog.ui.nipEdit.setText("19700512 199403 1 007")
    dialog.ui.placeEdit.setText("Sukamaju")
    dialog.ui.passphraseEdit.setText("kata-sandi-contoh")
    return dialog


def _reviewed(camera: GuideCamera, data: GuideData) -> None:
    window = camera.window
    window.open_path(data.reviewed)
    session = window.session
    noted = [i for i, (status, _note) in session.reviews.items() if status != "diterima"]
    window.navigator.select(noted[0] if noted else session.ws.instrument.indicators[0].id)
    camera.take("review")
    from .help_browser import HelpBrowser

    browser = HelpBrowser(window)
    browser.show_topic("indicator")
    browser.resize(700, 640)
    camera.take_dialog("help", browser)
    window.actions_by_key["close_workspace"].trigger()


def _coordinator(camera: GuideCamera, data: GuideData) -> None:
    from .coordinator.window import (
        TAB_IMPORT,
        TAB_MATRIX,
        TAB_OPD,
        TAB_RANKING,
        TAB_REPORTS,
        TAB_REVIEW,
    )

    window = camera.window
    window.open_path(data.coordinator)
    view = window.coordinator.view
    tab: Callable[[int], None] = view.ui.tabs.setCurrentIndex
    tab(TAB_OPD)
    camera.take("coord_opd")
    camera.take_dialog("coord_assign", _assign_dialog(view))
    tab(TAB_IMPORT)
    packages = sorted(data.coordinator.parent.glob("koordinator-contoh/kiriman-*.spbe"))
    view.importer.import_files([str(p) for p in packages])
    camera.take("coord_import")
    tab(TAB_MATRIX)
    conflicts = [v for v in view.matrix.rows if v.source == "conflict"]
    if conflicts:
        view.matrix.select(conflicts[0])
    camera.take("coord_matrix")
    _decision(camera, view)
    tab(TAB_REVIEW)
    combo = view.ui.reviewOpdCombo
    noted = [n for n in range(combo.count()) if "Penanaman" in combo.itemText(n)]
    combo.setCurrentIndex(noted[0] if noted else 0)
    camera.take("coord_review")
    tab(TAB_RANKING)
    camera.take("coord_ranking")
    tab(TAB_REPORTS)
    camera.take("coord_reports")
    window.actions_by_key["close_workspace"].trigger()


def _assign_dialog(view) -> QWidget:
    from .coordinator.assign_dialog import AssignmentDialog

    opds = list_opds(view.ws)
    waiting = [o for o in opds if o.name.startswith("Badan Pengelolaan")] or opds
    return AssignmentDialog(view, view.ws, waiting[0], opds, owners(view.ws), view.lang)


def _decision(camera: GuideCamera, view) -> None:
    """The matrix's own "record a decision" on the selected conflict, with the dialog it asks
    (filled in) photographed instead of waited for."""
    from .coordinator.prompts import CoordDialogs
    from .coordinator.small_dialogs import DecisionDialog

    def photograph(parent, instrument, heading, answers, current):
        dialog = DecisionDialog(parent, instrument, heading, answers, current)
        dialog.ui.reasonEdit.setPlainText(
            QCoreApplication.translate(
                "GuideShots",
                "Agreed in the coordination team's meeting: the portal serves every service.",
            )
        )
        camera.take_dialog("coord_decision", dialog)

    asked = CoordDialogs.__dict__["decision"]
    CoordDialogs.decision = staticmethod(photograph)
    try:
        view.matrix.decide()
    finally:
        CoordDialogs.decision = asked


def _known(session, indicator_id: str) -> str:
    known = {i.id for i in session.ws.instrument.indicators}
    return indicator_id if indicator_id in known else session.ws.instrument.indicators[0].id


def _scroll_to(page, widget: QWidget) -> None:
    """Scroll the indicator page so that `widget` starts near the top."""
    bar = page.ui.scrollArea.verticalScrollBar()
    bar.setValue(max(0, widget.y() - 60))
