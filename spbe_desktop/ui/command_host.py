"""What the main window's command objects may use of the window: the contract between them,
stated as a type. `MainWindow` provides it, and is also the parent of the dialogs and progress
that a command shows; a command reaches nothing else of it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from .indicator_page import IndicatorPage
    from .navigator import NavigatorPanel
    from .session import WorkspaceSession
    from .settings import AppSettings


class CommandHost(Protocol):
    settings: AppSettings
    lang: str
    session: WorkspaceSession | None  # the open OPD workspace
    page: IndicatorPage | None  # its indicator page, while it is open
    navigator: NavigatorPanel | None
    languageRequested: SignalInstance

    def open_path(self, path: str | Path) -> bool: ...

    def set_session(self, session: WorkspaceSession, indicator_id: str | None = None) -> None: ...

    def close_session(self) -> None: ...

    def show_welcome(self) -> None: ...

    def show_page(self) -> None: ...

    def showing_page(self) -> bool: ...

    def show_overview(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def close(self) -> bool: ...
