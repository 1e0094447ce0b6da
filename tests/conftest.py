import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from spbe_desktop.core.instrument import pack_by_id
from spbe_desktop.core.workspace import Workspace


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings, logs and backups of each test go to a temporary folder, never the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SPBE_DATA_DIR", str(home / "data"))
    from spbe_desktop.core import paths

    paths.user_data_dir.cache_clear()
    paths.user_log_dir.cache_clear()
    yield
    paths.user_data_dir.cache_clear()
    paths.user_log_dir.cache_clear()


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
