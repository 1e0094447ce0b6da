"""The Help commands of the main window: context help (F1), the contents of the help pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .help_browser import HelpBrowser, show_help_for

if TYPE_CHECKING:
    from .command_host import CommandHost


class HelpCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def screen(self) -> None:
        """The page of what has the keyboard focus: this window's screen, or a dialog in front."""
        focus = QApplication.focusWidget()
        in_help = focus is not None and isinstance(focus.window(), HelpBrowser)
        show_help_for(self.window if focus is None or in_help else focus)

    def contents(self) -> None:
        HelpBrowser.open(self.window, "index")
