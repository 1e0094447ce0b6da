"""Handing a file or folder to the program the computer uses for it."""

from __future__ import annotations

from pathlib import Path


def open_with_system(path: str | Path) -> bool:
    """Open `path` in the program set up for its kind (a folder in the file manager); False
    where the computer has none."""
    # Loaded at the first use: the window's first frame needs neither class.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
