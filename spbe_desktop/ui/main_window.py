"""The main window: welcome screen or the open workspace (navigator, indicator page, overview),
menus and toolbar built from `actions.ACTIONS` over the command objects of `commands`, and the
status area with progress and index."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QWidget

from spbe_desktop import APP_NAME
from spbe_desktop.core.evidence.support import workspace_support
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.ui.forms.ui_main_window import Ui_MainWindow

from . import marks
from .actions import ACTIONS, MENUS
from .assignment_commands import exchange_status
from .backup_commands import backup_before_closing
from .commands import Commands
from .coordinator import CoordinatorHost
from .help_key import has_own_f1, install_f1
from .i18n import figure
from .indicator_page import IndicatorPage
from .navigator import NavigatorPanel
from .opening import open_session
from .session import Changes, WorkspaceSession
from .settings import AppSettings

if TYPE_CHECKING:
    from spbe_desktop.core.instrument.scoring import Score

    from .overview import OverviewPage
    from .welcome import WelcomePage

PAGE_INDICATOR, PAGE_OVERVIEW = 0, 1


class MainWindow(QMainWindow):
    languageRequested = Signal(str)

    def __init__(self, settings: AppSettings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.lang = lang
        self.session: WorkspaceSession | None = None
        self.navigator: NavigatorPanel | None = None
        self.page: IndicatorPage | None = None
        self.overview: OverviewPage | None = None
        self.commands = Commands.of(self)
        self._welcome: WelcomePage | None = None  # built when first shown (see `welcome`)
        self._opening_on_show = False
        self.actions_by_key: dict[str, QAction] = {}
        self._build_actions()
        self._build_status()
        install_f1()
        has_own_f1(self)  # its Help menu's F1
        self.coordinator = CoordinatorHost(self)  # coordinator workspaces open in its page
        self._level_shortcuts: list[QShortcut] = []
        self.ui.stack.setCurrentWidget(self.ui.welcomeHolder)  # filled when shown (showEvent)
        self.ui.bannerLabel.hide()
        self._update_title()
        self._update_actions()
        self.update_status()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page, built on first use: a window started on a workspace never needs
        it, and building it (its form, its list of recent files) would delay the first frame."""
        if self._welcome is None:
            from .welcome import welcome_in

            new_coordinator = self.coordinator.new_workspace
            self._welcome = welcome_in(
                self.ui.welcomeHolder, self, self.commands.files, new_coordinator
            )
        return self._welcome

    def showEvent(self, event: QShowEvent) -> None:
        if not self._opening_on_show:  # a workspace about to open is the first frame instead
            self._welcome_if_blank()
        super().showEvent(event)

    def _welcome_if_blank(self) -> None:
        """The welcome page where nothing was shown yet: a window shown with nothing open, or
        a workspace that did not open as the window appeared (its message then stands over it)."""
        if self._welcome is None and self.ui.stack.currentWidget() is self.ui.welcomeHolder:
            self.show_welcome()

    def show_opening(self, path: str | Path) -> bool:
        """Show the window and open the workspace at `path` in it, so that its first frame is
        that workspace; the welcome page if it does not open (its message over the welcome)."""
        self._opening_on_show = True
        try:
            self.show()
        finally:
            self._opening_on_show = False
        return self.open_path(path)

    # Menus, toolbar, status ----------------------------------------------------------------

    def _build_actions(self) -> None:
        menus = {}
        for spec in MENUS:
            menus[spec.key] = self.menuBar().addMenu(
                QCoreApplication.translate("Actions", spec.title)
            )
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        language_group = QActionGroup(self)
        for spec in ACTIONS:
            menu = menus[spec.menu]
            if spec.key == "-":
                menu.addSeparator()
                continue
            label = (
                QCoreApplication.translate("Actions", spec.text) if spec.translate else spec.text
            )
            if spec.submenu:
                self.recent_menu = QMenu(label, menu)
                self.recent_menu.aboutToShow.connect(self._fill_recent)
                menu.addMenu(self.recent_menu)
                continue
            action = QAction(label, self)
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setData(spec)
            action.triggered.connect(spec.run(self.commands))
            if spec.key.startswith("lang_"):
                action.setCheckable(True)
                action.setChecked(spec.key == f"lang_{self.lang}")
                language_group.addAction(action)
            menu.addAction(action)
            if spec.toolbar:
                self.toolbar.addAction(action)
            self.actions_by_key[spec.key] = action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent()
        for n, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{n} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _update_actions(self) -> None:
        has_ws = self.session is not None
        writable = has_ws and not self.session.read_only
        for action in self.actions_by_key.values():
            spec = action.data()
            if spec.needs_writable:
                action.setEnabled(writable)
            elif spec.needs_workspace:
                action.setEnabled(has_ws)
        if has_ws:
            stack = self.session.undo_stack
            self.actions_by_key["undo"].setEnabled(stack.canUndo())
            self.actions_by_key["redo"].setEnabled(stack.canRedo())

    def _undo_state_changed(self, _available: bool) -> None:
        self._update_actions()

    def _build_status(self) -> None:
        self.progress_label = QLabel()
        self.index_label = QLabel()
        self.index_label.setStyleSheet("font-weight: bold; padding: 0 8px;")
        self.exchange_label = QLabel()  # deadline, receipt by the coordinator
        self.exchange_label.setStyleSheet("color: #1f3a5f; padding: 0 8px;")
        self.statusBar().addWidget(self.progress_label, 1)
        self.statusBar().addPermanentWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.index_label)

    def update_status(self) -> None:
        session = self.session
        if session is None:
            self.progress_label.clear()
            self.index_label.clear()
            self.exchange_label.clear()
            return
        self.exchange_label.setText(exchange_status(session.ws, self.lang))
        score = session.score()
        self.progress_label.setText(
            self.tr("Answered {0} of {1} · evidence for {2} indicators").format(
                score.answered, score.total, session.evidence_total()
            )
        )
        line, tip = self._index_text(session, score)
        self.index_label.setText(line)
        self.index_label.setToolTip(tip)
        if self.ui.pages.currentIndex() == PAGE_OVERVIEW and self.overview is not None:
            self.overview.refresh()

    def _index_text(self, session: WorkspaceSession, score: Score) -> tuple[str, str]:
        """The status bar's index, claimed and supported, and its tooltip."""
        name = text(session.ws.instrument.index_name, self.lang)
        if score.shown_index is None:  # dashes for every figure would say nothing
            return self.tr("{0}: no answers yet").format(name), ""
        inst = score.instrument
        counted = marks.assumed(inst, score.assumed, self.lang)
        bands = marks.uncertain(inst, "predicates", self.lang) if score.predicate else None
        shown = figure(score.shown_index, self.lang, inst.decimals) + counted.mark
        predicate = score.predicate.name + bands.mark if score.predicate else "–"
        backed = workspace_support(session.ws).score
        supported = figure(backed.shown_index, self.lang, inst.decimals)
        if score.complete:
            line = self.tr("{0}: claimed {1} · supported {2} – {3}")
        else:
            line = self.tr("{0}: claimed {1} · supported {2} – {3} (provisional)")
        supported_tip = self.tr(
            "Supported: what the assessors would accept if every file were right."
        )
        tips = marks.tips(counted, *([bands] if bands else []))
        tip = "\n\n".join(t for t in (tips, supported_tip) if t)
        return line.format(name, shown, supported, predicate), tip

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        ws = self.session.ws
        suffix = self.tr(" [read-only]") if ws.read_only else ""
        self.setWindowTitle(f"{ws.info.opd_name} — {ws.path.name}{suffix} — {APP_NAME}")

    # Welcome and workspace ------------------------------------------------------------------

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent())
        self.ui.stack.setCurrentWidget(self.ui.welcomeHolder)
        self.ui.bannerLabel.hide()
        self._update_title()
        self._update_actions()
        self.update_status()
        self.welcome.ui.newButton.setFocus()

    def set_session(self, session: WorkspaceSession, indicator_id: str | None = None) -> None:
        """Show an open workspace (closing the one shown before)."""
        self.close_session()
        if self.coordinator.show(session):
            return
        self.session = session
        self.navigator = NavigatorPanel(session, self.lang, self.ui.navigatorHolder)
        self.ui.navigatorLayout.addWidget(self.navigator)
        self.page = IndicatorPage(session, self.lang, settings=self.settings)
        self.ui.pages.insertWidget(PAGE_INDICATOR, self.page)
        self.ui.splitter.setSizes([380, 900])
        self.ui.splitter.setStretchFactor(1, 1)
        self.navigator.indicatorActivated.connect(self.show_indicator)
        self.navigator.overviewActivated.connect(self.show_overview)
        session.changed.connect(self._changed)
        session.run_lint_soon()
        session.undo_stack.canUndoChanged.connect(self._undo_state_changed)
        session.undo_stack.canRedoChanged.connect(self._undo_state_changed)
        self._install_level_keys()
        self._show_banner()
        self.ui.stack.setCurrentWidget(self.ui.workspaceHolder)
        self._update_title()
        self._update_actions()
        self.update_status()
        if indicator_id is None:
            indicator_id = self.settings.position(session.ws.info.workspace_id)
        known = {i.id for i in session.ws.instrument.indicators}
        first = session.ws.instrument.indicators[0].id
        self.navigator.select(indicator_id if indicator_id in known else first)
        self.navigator.tree.setFocus()

    def _show_banner(self) -> None:
        ws = self.session.ws
        if not ws.read_only:
            self.ui.bannerLabel.hide()
            return
        if ws.read_only_reason == "in_use":
            message = self.tr(
                "Read-only: this workspace is open in another SPBE Desktop window or on another "
                "computer. Close it there, then open it here again to make changes."
            )
        else:
            message = self.tr(
                "Read-only: this location cannot be written to. Copy the workspace file to a "
                "folder such as Documents to make changes."
            )
        self.ui.bannerLabel.setText(message)
        self.ui.bannerLabel.show()

    def _install_level_keys(self) -> None:
        for shortcut in self._level_shortcuts:
            shortcut.setParent(None)
        inst = self.session.ws.instrument
        self._level_shortcuts = []
        for level in range(inst.level_min, inst.level_max + 1):
            shortcut = QShortcut(QKeySequence(str(level)), self)
            shortcut.activated.connect(lambda lv=level: self.choose_level(lv))
            self._level_shortcuts.append(shortcut)

    def choose_level(self, level: int) -> None:
        if self.showing_page():
            self.page.choose_level(level)

    def take_session(self) -> tuple[WorkspaceSession | None, str | None]:
        """Hand the open workspace over (to a rebuilt window) without closing it."""
        session, current = self.session, None
        if session is None:
            return self.coordinator.take(), None
        if session is not None:
            self.page.flush()
            current = self.navigator.current_indicator()
            self._teardown()
        return session, current

    def close_session(self) -> None:
        self.coordinator.close()
        if self.session is None:
            return
        self.page.flush()
        current = self.navigator.current_indicator()
        if current:
            self.settings.set_position(self.session.ws.info.workspace_id, current)
        session = self._teardown()
        backup_before_closing(session.ws)
        session.close()

    def _teardown(self) -> WorkspaceSession:
        session = self.session
        session.changed.disconnect(self._changed)
        for widget in (self.navigator, self.page, self.overview):
            if widget is None:
                continue
            widget.setParent(None)
            widget.deleteLater()
        session.undo_stack.canUndoChanged.disconnect(self._undo_state_changed)
        session.undo_stack.canRedoChanged.disconnect(self._undo_state_changed)
        self.session = self.navigator = self.page = self.overview = None
        return session

    def show_indicator(self, indicator_id: str) -> None:
        self.page.show_indicator(indicator_id)
        self.ui.pages.setCurrentIndex(PAGE_INDICATOR)

    def _show_aspect(self, aspect_id: str) -> None:
        indicators = self.session.ws.instrument.indicators_of_aspect(aspect_id)
        if indicators:
            self.navigator.select(indicators[0].id)

    def _changed(self, changes: Changes) -> None:
        if changes.undone and changes.answers:
            self.navigator.select(next(iter(changes.answers)))
        if changes.moves_score():
            self.update_status()

    def open_path(self, path: str | Path) -> bool:
        session = open_session(self, path, before_message=self._welcome_if_blank)
        if session is None:
            if not Path(path).exists():
                self.settings.remove_recent(str(path))
                if self._welcome is not None:  # else it reads the list when it is built
                    self._welcome.set_recent(self.settings.recent())
            return False
        self.settings.add_recent(path)
        self.set_session(session)
        return True

    def show_page(self) -> None:
        """The indicator page (not the overview) in front."""
        self.ui.pages.setCurrentIndex(PAGE_INDICATOR)

    def showing_page(self) -> bool:
        return self.page is not None and self.ui.pages.currentIndex() == PAGE_INDICATOR

    def show_overview(self) -> None:
        if self.session is None:
            return
        if self.overview is None:  # built on first use: most sessions start on an indicator
            from .overview import OverviewPage  # its profile chart brings reportlab

            self.overview = OverviewPage(self.session, self.lang)
            self.overview.aspectActivated.connect(self._show_aspect)
            self.ui.pages.insertWidget(PAGE_OVERVIEW, self.overview)
        self.page.flush()
        self.overview.refresh()
        self.ui.pages.setCurrentIndex(PAGE_OVERVIEW)
        if self.navigator.current_indicator() is not None:
            self.navigator.select(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(bytes(self.saveGeometry()))
        self.close_session()
        super().closeEvent(event)
