"""The Help commands of the main window: context help (F1), the contents of the help pages, the
user guide (PDF) made with screenshots of this app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .dialogs import Dialogs
from .system_open import open_with_system

if TYPE_CHECKING:
    from .command_host import CommandHost


class HelpCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def screen(self) -> None:
        """The page of what has the keyboard focus: this window's screen, or a dialog in front."""
        from .help_browser import HelpBrowser, show_help_for

        focus = QApplication.focusWidget()
        in_help = focus is not None and isinstance(focus.window(), HelpBrowser)
        show_help_for(self.window if focus is None or in_help else focus)

    def contents(self) -> None:
        from .help_browser import HelpBrowser

        HelpBrowser.open(self.window, "index")

    def tour(self) -> None:
        from .tour import start_tour

        start_tour(self.window)

    def guide(self) -> None:
        """Help → User guide: made now, with screenshots of this app on fresh demo data."""
        from .guide_maker import GuideMaker

        window = self.window
        english = window.lang == "en"
        name = "spbe-desktop-guide.pdf" if english else "panduan-pengguna-spbe-desktop.pdf"
        folder = window.settings.folder("reports") or str(Path.home())
        out = Dialogs.save_file(
            window,
            QCoreApplication.translate("HelpCommands", "Save the user guide"),
            str(Path(folder) / name),
            QCoreApplication.translate("HelpCommands", "PDF documents (*.pdf)"),
        )
        if out:
            window.settings.set_folder("reports", Path(out).parent)
            GuideMaker(window, Path(out), window.lang, self._written).run()

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("HelpCommands", "User guide saved: {0}").format(path), 10000
        )
        open_with_system(path)
