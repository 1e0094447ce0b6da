"""F1 anywhere opens the help page of the screen or dialog in front.

Each window gets its own F1 shortcut the first time it comes to the front (the main window has
its Help menu's). No filter on the whole application: one would run Python for every event the
app handles, from its first paint on."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QWidget

F1 = QKeySequence("F1")
HANDLED = "spbeF1"  # a window's property: it has its F1 already
_installed: list[bool] = []


def install_f1() -> None:
    """Once per application: F1 opens context help in every window."""
    app = QApplication.instance()
    if app is not None and not _installed:
        _installed.append(True)
        app.focusWindowChanged.connect(_in_front)


def has_own_f1(window: QWidget) -> None:
    """`window` answers F1 itself (the main window: Help → Help for this screen)."""
    window.setProperty(HANDLED, True)


def _in_front(window: QWindow | None) -> None:
    widget = _widget_of(window)
    if widget is None or widget.property(HANDLED) or _help_window(widget):
        return
    widget.setProperty(HANDLED, True)
    shortcut = QShortcut(F1, widget)
    shortcut.activated.connect(lambda: _show_help(widget))


def _widget_of(window: QWindow | None) -> QWidget | None:
    if window is None:
        return None
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window:
            return widget
    return None


def _help_window(widget: QWidget) -> bool:
    return type(widget).__name__ == "HelpBrowser"  # F1 there is the browser's own key


def _show_help(window: QWidget) -> None:
    from .help_browser import show_help_for

    focus = QApplication.focusWidget()
    show_help_for(focus if focus is not None and focus.window() is window else window)
