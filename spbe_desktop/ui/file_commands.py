"""The File, Language and About commands of the main window: a new, opened or demo workspace
(the OPD's or the coordinator's), closing it, quitting, the interface language and the About
box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from spbe_desktop import APP_NAME, __version__

from .dialogs import Dialogs
from .opening import build_coordinator_demo, build_demo, create_session, demo_folder

if TYPE_CHECKING:
    from .command_host import CommandHost


class FileCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def new(self) -> None:
        window, settings = self.window, self.window.settings
        folder = Path(settings.last_workspace() or Path.home() / "x").parent
        from .welcome import NewWorkspaceDialog

        request = NewWorkspaceDialog.ask(
            window, folder if folder.is_dir() else Path.home(), window.lang
        )
        if request is None:
            return
        session = create_session(
            window, request.path, request.opd_name, request.instrument_id, request.period
        )
        if session is not None:
            settings.add_recent(request.path)
            window.set_session(session)

    def open(self) -> None:
        last = self.window.settings.last_workspace()
        path = Dialogs.open_workspace(self.window, str(Path(last).parent) if last else "")
        if path:
            self.window.open_path(path)

    def demo(self) -> None:
        build_demo(self.window, self.window.open_path)

    def coordinator_demo(self) -> None:
        build_coordinator_demo(self.window, self._open_coordinator_demo)

    def _open_coordinator_demo(self, path: Path) -> None:
        from spbe_desktop.core.demo_coordinator import DEMO_PASSPHRASE

        if self.window.open_path(path):
            Dialogs.info(
                self.window,
                QCoreApplication.translate("HelpCommands", "Coordinator demo"),
                QCoreApplication.translate(
                    "HelpCommands",
                    "A sample Pemda with six OPDs: packages received (one in two revisions), a "
                    "conflict decided and one still open, review notes and earlier periods. The "
                    "passphrase of every demo key is: {0}",
                ).format(DEMO_PASSPHRASE),
            )

    def close_workspace(self) -> None:
        self.window.close_session()
        self.window.show_welcome()

    def quit(self) -> None:
        self.window.close()

    def lang_id(self) -> None:
        self._request_language("id")

    def lang_en(self) -> None:
        self._request_language("en")

    def _request_language(self, lang: str) -> None:
        window = self.window
        if lang != window.lang:
            window.settings.set_language(lang)
            window.languageRequested.emit(lang)

    def about(self) -> None:
        Dialogs.about(
            self.window,
            QCoreApplication.translate("MainWindow", "About SPBE Desktop"),
            QCoreApplication.translate(
                "MainWindow",
                "<b>{0}</b> version {1}<br><br>Offline self-assessment for the SPBE and Digital "
                "Government (Pemdi) evaluations: levels, justifications, evidence and the index, "
                "in one workspace file.<br><br>Logs and settings: {2}",
            ).format(APP_NAME, __version__, demo_folder().parent),
        )
