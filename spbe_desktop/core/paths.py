"""Where things live: the bundled resources, and the user's settings, logs, backups and demo data.

Resolved in one place. The resources are package data of `spbe_desktop`, found through the
import system wherever the package lives (a checkout, an installed wheel, a frozen build); a
`portable` marker file beside the executable keeps all user data beside it (a USB stick) instead
of the platform's user folders; `SPBE_DATA_DIR` overrides both (tests, development).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_DIR_NAME = "SPBE Desktop"
PORTABLE_MARKER = "portable"


def resource_dir() -> Path:
    """The package's `resources/` folder: instrument packs, translations, fonts, icons. Beside
    the package's modules, where the import system found them (`importlib.resources` would say
    the same for a package on disk, at tens of milliseconds of import on every start)."""
    import spbe_desktop

    return Path(next(iter(spbe_desktop.__path__))) / "resources"


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def is_portable() -> bool:
    return (executable_dir() / PORTABLE_MARKER).exists()


def _user_dir(sub: str, platform_path: str) -> Path:
    """`SPBE_DATA_DIR/sub`, else the portable folder's `data/sub`, else the platform's own
    folder (`platform_path` names the platformdirs function); made if missing."""
    override = os.environ.get("SPBE_DATA_DIR")
    if override:
        path = Path(override) / sub
    elif is_portable():
        path = executable_dir() / "data" / sub
    else:
        import platformdirs

        path = getattr(platformdirs, platform_path)(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


@cache
def user_data_dir() -> Path:
    """Settings, recent files, backups and the demo workspace."""
    return _user_dir("", "user_data_path")


@cache
def user_log_dir() -> Path:
    return _user_dir("logs", "user_log_path")


@cache
def user_cache_dir() -> Path:
    """What the app can rebuild at any time (validated instrument packs); safe to delete."""
    return _user_dir("cache", "user_cache_path")


def backup_dir() -> Path:
    return user_data_dir() / "backups"
