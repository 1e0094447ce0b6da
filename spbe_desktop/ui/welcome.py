"""The welcome screen (create, open, continue from the previous period, recent, demo) and the
new-workspace dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from spbe_desktop.ui.forms.ui_welcome import Ui_WelcomePage

from .new_workspace_form import NewWorkspaceForm

if TYPE_CHECKING:
    from collections.abc import Callable

    from .command_host import CommandHost


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    continueRequested = Signal()
    demoRequested = Signal()
    coordinatorRequested = Signal()
    coordinatorDemoRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.newButton.clicked.connect(self.newRequested)
        self.ui.openButton.clicked.connect(self.openRequested)
        self.ui.continueButton.clicked.connect(self.continueRequested)
        self.ui.demoButton.clicked.connect(self.demoRequested)
        self.ui.coordButton.clicked.connect(self.coordinatorRequested)
        self.ui.coordDemoButton.clicked.connect(self.coordinatorDemoRequested)
        self.ui.recentList.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_recent(self, paths: list[str]) -> None:
        lst = self.ui.recentList
        lst.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}   ({Path(path).parent})")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            lst.addItem(item)
        if not paths:
            lst.addItem(self.tr("(none yet)"))
            lst.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.ui.recentHint.setVisible(bool(paths))


class NewWorkspaceRequest(NamedTuple):
    opd_name: str
    period: int
    instrument_id: str
    path: Path


class NewWorkspaceDialog(NewWorkspaceForm):
    missing_name = (
        "NewWorkspaceDialog",
        QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Enter the name of the work unit (OPD)."),
    )

    def __init__(self, parent: QWidget | None, folder: Path, lang: str) -> None:
        from spbe_desktop.ui.forms.ui_new_workspace import Ui_NewWorkspaceDialog  # when asked

        super().__init__(parent, Ui_NewWorkspaceDialog(), "opdEdit", folder, lang)

    def request(self) -> NewWorkspaceRequest:
        return NewWorkspaceRequest(*self.chosen())

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, lang: str) -> NewWorkspaceRequest | None:
        dialog = cls(parent, folder, lang)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StartCommands(Protocol):
    """What the welcome page's buttons start (the window's file commands)."""

    def new(self) -> None: ...

    def open(self) -> None: ...

    def demo(self) -> None: ...

    def coordinator_demo(self) -> None: ...


def welcome_in(
    holder: QWidget, window: CommandHost, files: StartCommands, new_coordinator: Callable[[], None]
) -> WelcomePage:
    """The window's welcome page, built into `holder` and wired to the window's commands."""
    page = WelcomePage(holder)
    holder.layout().addWidget(page)
    page.newRequested.connect(files.new)
    page.openRequested.connect(files.open)
    page.continueRequested.connect(lambda: _continue_from_previous(window))
    page.demoRequested.connect(files.demo)
    page.coordinatorDemoRequested.connect(files.coordinator_demo)
    page.coordinatorRequested.connect(new_coordinator)
    page.recentChosen.connect(window.open_path)
    page.show()  # at once: a layout shows a child of a shown window only later
    return page


def _continue_from_previous(window: CommandHost) -> None:
    from .period_commands import continue_from_previous  # its dialogs load when asked for

    continue_from_previous(window)
