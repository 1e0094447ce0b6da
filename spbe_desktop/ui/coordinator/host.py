"""The coordinator inside the main window: when a coordinator workspace is opened (welcome
screen, recent, Open, command line) the main window hands it here, and this shows the
CoordinatorWindow page and the Coordinator menu instead of the OPD pages."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from spbe_desktop import APP_NAME
from spbe_desktop.core.instrument.pack import pack_by_id
from spbe_desktop.ui.operations import Operation
from spbe_desktop.ui.session import WorkspaceSession

if TYPE_CHECKING:
    from .window import CoordinatorWindow


def _screen() -> ModuleType:
    """The coordinator's screen, imported when a coordinator workspace is first shown: it brings
    the chart, PDF and workbook libraries, which an OPD's start-up does without."""
    from . import window

    return window


def _opd_only(action: QAction) -> bool:
    spec = action.data()
    needs = getattr(spec, "needs_workspace", False) or getattr(spec, "needs_writable", False)
    return needs and not action.isEnabled()


class CoordinatorHost(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: WorkspaceSession | None = None
        self.view: CoordinatorWindow | None = None
        self.hidden: list[QAction] = []
        self.planner = None
        self.menu = QMenu(self.tr("&Coordinator"), window)
        entries = [
            (self.tr("&Import packages…"), "Ctrl+I", self._import),
            (self.tr("&Consolidation"), "Ctrl+1", lambda: self._tab(_screen().TAB_MATRIX)),
            (self.tr("OPD &ranking"), "Ctrl+2", lambda: self._tab(_screen().TAB_RANKING)),
            (self.tr("Re&view"), "Ctrl+3", lambda: self._tab(_screen().TAB_REVIEW)),
            (self.tr("&Monitoring"), "Ctrl+4", lambda: self._tab(_screen().TAB_MONITOR)),
            (self.tr("Evidence &items"), "Ctrl+5", lambda: self._tab(_screen().TAB_ITEMS)),
            (self.tr("Save the consolidated &PDF report…"), "Ctrl+P", self._pdf),
            (self.tr("Save the &Excel workbook…"), "", self._workbook),
            (self.tr("Write the p&ortal folder…"), "", self._portal),
            (self.tr("&Plan the target index…"), "", self._plan),
        ]
        for label, shortcut, slot in entries:
            action = QAction(label, self.menu)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.menu.addAction(action)
        bar = window.menuBar()
        last = bar.actions()[-1] if bar.actions() else None  # before Help
        self.menu_action = bar.insertMenu(last, self.menu) if last else bar.addMenu(self.menu)
        self.menu_action.setVisible(False)

    def show(self, session: WorkspaceSession) -> bool:
        """Take a coordinator workspace (True), or leave an OPD workspace to the window."""
        if session.ws.info.kind != "coordinator":
            return False
        window = self.window
        self.session = session
        self.view = _screen().CoordinatorWindow(session.ws, window.lang)
        self.view.refreshed.connect(self._status)
        window.ui.stack.addWidget(self.view)
        window.ui.stack.setCurrentWidget(self.view)
        ws = session.ws
        window.ui.bannerLabel.setVisible(ws.read_only)
        window.ui.bannerLabel.setText(
            self.tr("Read-only: this workspace is open elsewhere or cannot be written to.")
        )
        suffix = self.tr(" [read-only]") if ws.read_only else ""
        window.setWindowTitle(
            self.tr("{0} (coordinator) — {1}{2} — {3}").format(
                ws.info.opd_name, ws.path.name, suffix, APP_NAME
            )
        )
        window.actions_by_key["close_workspace"].setEnabled(True)
        # The OPD's own commands have nothing to act on here: out of sight until it closes.
        self.hidden = [a for a in window.actions_by_key.values() if _opd_only(a)]
        for action in self.hidden:
            action.setVisible(False)
        self.menu_action.setVisible(True)
        self._status()
        return True

    def _status(self) -> None:
        view = self.view
        if view is None or view.result is None:
            return
        self.window.progress_label.setText(
            self.tr("{0} OPDs · consolidated value for {1} of {2} indicators").format(
                len(view.result.ranking), view.result.score.answered, view.result.score.total
            )
        )
        self.window.index_label.setText(view.index_text())
        from .common import index_tip  # with the coordinator's screen, not at start-up

        self.window.index_label.setToolTip(index_tip(view.result.score, view.lang))

    def take(self) -> WorkspaceSession | None:
        """Hand the open coordinator workspace over (to a rebuilt window) without closing it."""
        session = self.session
        self._teardown()
        return session

    def close(self) -> None:
        session = self.session
        self._teardown()
        if session is not None:
            session.close()

    def _teardown(self) -> None:
        if self.view is not None:
            self.view.dispose()
            self.window.ui.stack.removeWidget(self.view)
            self.view.setParent(None)
            self.view.deleteLater()
        self.view = self.session = None
        self.menu_action.setVisible(False)
        for action in self.hidden:
            action.setVisible(True)
        self.hidden = []

    def new_workspace(self) -> None:
        """The welcome screen's "new coordinator workspace"."""
        last = self.window.settings.last_workspace()
        folder = Path(last).parent if last and Path(last).parent.is_dir() else Path.home()
        from .new_dialog import NewCoordinatorDialog  # when asked for, not at start-up

        request = NewCoordinatorDialog.ask(self.window, folder, self.window.lang)
        if request is None:
            return
        from spbe_desktop.core.coordinator.store import create_coordinator

        def create(_progress, _cancel):
            return create_coordinator(
                request.path,
                pemda_name=request.pemda_name,
                instrument=pack_by_id(request.instrument_id),
                period=request.period,
            )

        def created(ws) -> None:
            self.window.settings.add_recent(request.path)
            self.window.set_session(WorkspaceSession(ws))

        Operation(self.window, create).success(created).run_now()

    # Menu commands -----------------------------------------------------------------------------

    def _tab(self, index: int) -> None:
        if self.view is not None:
            self.view.ui.tabs.setCurrentIndex(index)

    def _import(self) -> None:
        if self.view is not None and not self.view.ws.read_only:
            self._tab(_screen().TAB_IMPORT)
            self.view.importer.choose()

    def _pdf(self) -> None:
        if self.view is not None:
            self._tab(_screen().TAB_REPORTS)
            self.view.reports.save_pdf()

    def _workbook(self) -> None:
        if self.view is not None:
            self._tab(_screen().TAB_REPORTS)
            self.view.reports.save_workbook()

    def _portal(self) -> None:
        if self.view is not None:
            from spbe_desktop.ui.portal_command import write_portal_folder

            write_portal_folder(self.window, self.view.ws, self.window.lang, self.window.settings)

    def _plan(self) -> None:
        if self.view is None:
            return
        from spbe_desktop.ui.planner_dialog import PlannerDialog

        ws = self.view.ws
        values = {v.id: v.value for v in self.view.result.indicators if v.value is not None}
        self.planner = PlannerDialog(self.window, ws.instrument, values, self.window.lang)
        self.planner.open()
