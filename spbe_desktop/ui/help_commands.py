"""The main window's Help menu and learning aids: context help (F1), the contents of the help
pages, the coordinator demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .dialogs import Dialogs
from .help_browser import HelpBrowser, install_f1, show_help_for
from .opening import build_coordinator_demo


class HelpCommands:
    def install_help(self) -> None:
        install_f1()
        self.welcome.coordinatorDemoRequested.connect(self.do_coordinator_demo)

    def do_help_screen(self) -> None:
        """The page of what has the keyboard focus: this window's screen, or a dialog in front."""
        focus = QApplication.focusWidget()
        in_help = focus is not None and isinstance(focus.window(), HelpBrowser)
        show_help_for(self if focus is None or in_help else focus)

    def do_help_contents(self) -> None:
        HelpBrowser.open(self, "index")

    def do_coordinator_demo(self) -> None:
        build_coordinator_demo(self, self._open_coordinator_demo)

    def _open_coordinator_demo(self, path: Path) -> None:
        from spbe_desktop.core.demo_coordinator import DEMO_PASSPHRASE

        if self.open_path(path):
            Dialogs.info(
                self,
                QCoreApplication.translate("HelpCommands", "Coordinator demo"),
                QCoreApplication.translate(
                    "HelpCommands",
                    "A sample Pemda with six OPDs: packages received (one in two revisions), a "
                    "conflict decided and one still open, review notes and earlier periods. The "
                    "passphrase of every demo key is: {0}",
                ).format(DEMO_PASSPHRASE),
            )
