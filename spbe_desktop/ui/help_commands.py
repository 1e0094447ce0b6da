"""The main window's Help menu: context help (F1), the contents of the help pages."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .help_browser import HelpBrowser, install_f1, show_help_for


class HelpCommands:
    def install_help(self) -> None:
        install_f1()

    def do_help_screen(self) -> None:
        """The page of what has the keyboard focus: this window's screen, or a dialog in front."""
        focus = QApplication.focusWidget()
        in_help = focus is not None and isinstance(focus.window(), HelpBrowser)
        show_help_for(self if focus is None or in_help else focus)

    def do_help_contents(self) -> None:
        HelpBrowser.open(self, "index")
