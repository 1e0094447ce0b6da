"""The Edit and Go commands of the main window: undo and redo, attaching evidence, the overview,
the previous and next indicator, and moving the focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .operations import WriteOp

if TYPE_CHECKING:
    from .command_host import CommandHost


class EditCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def undo(self) -> None:
        window = self.window
        if window.session is None:
            return
        window.page.flush()
        session = window.session
        WriteOp(window, session.ws, lambda _ws, _progress, _cancel: session.undo()).run_now()

    def redo(self) -> None:
        window = self.window
        if window.session is None:
            return
        session = window.session
        WriteOp(window, session.ws, lambda _ws, _progress, _cancel: session.redo()).run_now()

    def attach(self) -> None:
        if self.window.page is not None:
            self.window.show_page()
            self.window.page.evidence.choose_files()

    def import_items(self) -> None:
        session = self.window.session
        if session is not None and not session.read_only:
            from .item_commands import import_portal_items

            import_portal_items(self.window, session)

    def overview(self) -> None:
        self.window.show_overview()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        navigator = self.window.navigator
        if navigator is None:
            return
        target = navigator.step(delta)
        if target is not None:
            navigator.select(target)

    def focus_navigator(self) -> None:
        if self.window.navigator is not None:
            self.window.navigator.tree.setFocus()

    def focus_justification(self) -> None:
        if self.window.showing_page():
            self.window.page.ui.justificationEdit.setFocus()
