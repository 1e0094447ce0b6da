import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from spbe_desktop.core.instrument.pack import pack_by_id
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.qt_environment import prepare

prepare()  # the Qt environment the app sets for itself, before any application object


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings, logs and backups of each test go to a temporary folder, never the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SPBE_DATA_DIR", str(home / "data"))
    from spbe_desktop.core import paths

    for cached in (paths.user_data_dir, paths.user_log_dir, paths.user_cache_dir):
        cached.cache_clear()
    yield
    for cached in (paths.user_data_dir, paths.user_log_dir, paths.user_cache_dir):
        cached.cache_clear()


@pytest.fixture(scope="session")
def spbe2020():
    return pack_by_id("spbe-2020")


@pytest.fixture(scope="session")
def pemdi2026():
    return pack_by_id("pemdi-2026")


@pytest.fixture
def workspace(tmp_path, spbe2020):
    ws = Workspace.create(
        tmp_path / "dinas.spbews",
        opd_name="Dinas Komunikasi dan Informatika",
        instrument=spbe2020,
        period=2025,
    )
    yield ws
    ws.close()


@pytest.fixture
def ui_forms():
    """The generated GUI forms; a clear failure (not an ImportError) when they were not built."""
    from spbe_desktop.ui.forms import BUILD_HINT, missing

    if missing():
        pytest.fail(BUILD_HINT, pytrace=False)


@pytest.fixture
def dialogs(ui_forms, monkeypatch):
    """Replaces every modal dialog with a recorder; set `answers` to script the replies."""
    from spbe_desktop.ui.dialogs import Dialogs

    class Recorder:
        def __init__(self):
            self.errors = []
            self.infos = []
            self.confirm_answer = True
            self.files = []
            self.open_path = None

    rec = Recorder()
    monkeypatch.setattr(Dialogs, "error", staticmethod(lambda parent, msg: rec.errors.append(msg)))
    monkeypatch.setattr(
        Dialogs, "info", staticmethod(lambda parent, title, msg: rec.infos.append(msg))
    )
    monkeypatch.setattr(
        Dialogs, "about", staticmethod(lambda parent, title, msg: rec.infos.append(msg))
    )
    monkeypatch.setattr(Dialogs, "confirm", staticmethod(lambda *a: rec.confirm_answer))
    monkeypatch.setattr(Dialogs, "evidence_files", staticmethod(lambda *a: list(rec.files)))
    rec.document_dates = {}  # name -> date the person types; the file's own date otherwise
    monkeypatch.setattr(
        Dialogs,
        "document_dates",
        staticmethod(
            lambda parent, paths: {
                p: rec.document_dates[p.name] for p in paths if p.name in rec.document_dates
            }
        ),
    )
    monkeypatch.setattr(Dialogs, "open_workspace", staticmethod(lambda *a: rec.open_path))
    monkeypatch.setattr(Dialogs, "save_workspace", staticmethod(lambda *a: rec.open_path))
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    rec.opened = opened
    return rec


@pytest.fixture
def synchronous_operations(ui_forms):
    """GUI operations run at once on the test's thread: no worker, nothing to wait for."""
    from spbe_desktop.ui import operations

    operations.run_synchronously()
    yield
    operations.run_synchronously(False)


@pytest.fixture
def main_window(qtbot, dialogs):
    """A shown main window (Indonesian) on the welcome screen; closed after the test."""
    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.app import Controller
    from spbe_desktop.ui.settings import AppSettings

    i18n.install("id")
    controller = Controller(AppSettings(), "id")
    window = controller.window
    window.controller = controller
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    from spbe_desktop.ui.tasks import shutdown

    shutdown()
    controller.window.close()
