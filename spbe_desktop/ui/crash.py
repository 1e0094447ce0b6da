"""The log file and the last line of defence: an unexpected error is written to a rotating log in
the user's log folder and the user is told, in plain words, where to find it."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.paths import user_log_dir

LOG_NAME = "spbe-desktop.log"
log = logging.getLogger("spbe_desktop")


def setup_logging() -> Path:
    path = user_log_dir() / LOG_NAME
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def handle_exception(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from PySide6.QtWidgets import QApplication

    from .dialogs import Dialogs, show_error

    can_ask = QApplication.instance() is not None and threading.current_thread() is (
        threading.main_thread()
    )
    if not can_ask:  # a worker thread or shutdown: no window may be opened from here
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        return
    if isinstance(exc, SpbeError):
        # An expected failure that escaped its handler still deserves its plain message.
        log.warning("unhandled %s: %s", exc.code, exc)
        show_error(None, exc)
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    path = setup_logging()
    from PySide6.QtCore import QCoreApplication

    Dialogs.error(
        None,
        QCoreApplication.translate(
            "Crash",
            "An unexpected error happened. Your answers saved so far are safe. Please send the "
            "log file to your coordinator or support team:\n{0}",
        ).format(path),
    )


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = handle_exception
