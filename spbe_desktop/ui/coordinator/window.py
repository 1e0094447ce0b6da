"""The coordinator's screen: one tab per job (OPD, import, consolidation, ranking, review,
reports, monitoring, the assessors' verdicts, the evidence items) over a coordinator workspace.
Every write goes through the operation layer and ends in one `changed` signal (`CoordChanges`);
the tabs share one consolidation, recomputed before the signal when the change moves it, and
each tab shows itself again only when the change concerns it: at once when it is in front, when
it is next brought to the front otherwise (charts and tables of forty OPDs are not redrawn
unseen after every write)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.coordinator.store import Consolidation, consolidation, require_coordinator
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_coord_window import Ui_CoordinatorWindow
from spbe_desktop.ui.operations import ReadOp, WorkspaceWork, WriteOp
from spbe_desktop.ui.tasks import TaskHandle

from .assessor_tab import AssessorTab
from .changes import CoordChanges
from .common import index_line
from .import_tab import ImportTab
from .items_tab import ItemsTab
from .matrix_tab import MatrixTab
from .monitor_tab import MonitorTab
from .opd_tab import OpdTab
from .ranking_tab import RankingTab
from .reports_tab import ReportsTab
from .review_tab import ReviewTab

TAB_OPD, TAB_IMPORT, TAB_MATRIX, TAB_RANKING, TAB_REVIEW, TAB_REPORTS, TAB_MONITOR = range(7)
TAB_ASSESSOR, TAB_ITEMS = 7, 8


class CoordinatorWindow(QWidget):
    """Hosted by the main window in place of the OPD pages while a coordinator workspace is open."""

    refreshed = Signal()  # the consolidation was recomputed
    changed = Signal(object)  # CoordChanges: emitted once per write, after `result` is current

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require_coordinator(ws)
        self.ui = Ui_CoordinatorWindow()
        self.ui.setupUi(self)
        self.ws = ws
        self.lang = lang
        self.result: Consolidation | None = None
        self._temp: Path | None = None
        self._stale: set[int] = set()  # tabs a change concerned while they were behind others
        self.opds = OpdTab(self)
        self.importer = ImportTab(self)
        self.matrix = MatrixTab(self)
        self.ranking = RankingTab(self)
        self.review = ReviewTab(self)
        self.reports = ReportsTab(self)
        self.monitor = MonitorTab(self)
        self.assessor = AssessorTab(self)
        self.items = ItemsTab(self)
        self._tabs = (
            self.opds,
            self.importer,
            self.matrix,
            self.ranking,
            self.review,
            self.reports,
            self.monitor,
            self.assessor,
            self.items,
        )
        inst = ws.instrument
        self.ui.headerLabel.setText(
            self.tr("{0} · period {1}").format(ws.info.opd_name, ws.info.period)
        )
        self.ui.headerLabel.setToolTip(text(inst.title, lang))
        if ws.read_only:
            for button in (
                self.ui.addOpdButton,
                self.ui.assignButton,
                self.ui.importButton,
                self.ui.decisionButton,
                self.ui.clearDecisionButton,
                self.ui.ownerButton,
                self.ui.addEarlierButton,
                self.ui.acceptAllButton,
                self.ui.sendReviewButton,
            ):
                button.setEnabled(False)
            self.ui.reviewTable.setEnabled(False)
        self.refresh()
        self.ui.tabs.setCurrentIndex(TAB_MATRIX if self.result.ranking else TAB_IMPORT)
        self.ui.tabs.currentChanged.connect(self._brought_to_front)

    def refresh(self) -> None:
        """Recompute the consolidation and show it everywhere."""
        self.result = consolidation(self.ws)
        self._stale.clear()
        for tab in self._tabs:
            tab.refresh(self.result)
        self.refreshed.emit()

    def notify(self, changes: CoordChanges) -> None:
        """Bring the consolidation up to date with what a write changed, then tell the tabs."""
        moved = changes.moves_consolidation()
        if moved:
            self.result = consolidation(self.ws)
        self.changed.emit(changes)
        if moved:
            self.refreshed.emit()

    def refresh_on(self, tab: Any, *names: str) -> None:
        """`tab.refresh(result)` after a change that touches one of `names` (CoordChanges): now
        when the tab is in front, else when it is next brought to the front."""

        def changed(changes: CoordChanges) -> None:
            if not changes.touches(*names):
                return
            index = self._tabs.index(tab)
            if self.ui.tabs.currentIndex() == index:
                tab.refresh(self.result)
            else:
                self._stale.add(index)

        self.changed.connect(changed)

    def _brought_to_front(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self._tabs[index].refresh(self.result)

    def index_text(self) -> str:
        return index_line(self.result.score, self.result.provisional, self.lang)

    def temp_folder(self) -> Path:
        """Where opened evidence is copied out; removed when the workspace closes."""
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="spbe-koordinator-"))
        return self._temp

    def dispose(self) -> None:
        if self._temp is not None:
            # A viewer may still hold a copy open (Windows): what is left goes with %TEMP%.
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def message(self, text: str) -> None:
        """A passing note in the main window's status bar."""
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def write(
        self,
        title: str,
        work: WorkspaceWork,
        changes: CoordChanges,
        done: Callable[[Any], None] | None = None,
    ) -> TaskHandle | None:
        """`work(ws, progress, cancel)` writes on the workspace on the writer thread, with
        progress and cancel; the tabs hear of `changes` when it ends."""
        op = WriteOp(self, self.ws, work).notify(self, changes).success(done or _nothing)
        return op.with_progress(title).run()

    def write_now(
        self, work: WorkspaceWork, changes: CoordChanges, done: Callable[[Any], None] | None = None
    ) -> bool:
        """A quick write done at once (a click, a typed note); True when it succeeded. `done`
        runs after the tabs have heard of `changes`; a refusal is the one plain message."""
        return (
            WriteOp(self, self.ws, work).notify(self, changes).success(done or _nothing).run_now()
        )

    def read(
        self, title: str, work: WorkspaceWork, done: Callable[[Any], None] | None = None
    ) -> TaskHandle | None:
        """`work(reader, progress, cancel)` reads the workspace: a read operation."""
        return ReadOp(self, self.ws.path, work).success(done or _nothing).with_progress(title).run()


def _nothing(_result: object) -> None:
    """A result nobody needs to see."""
