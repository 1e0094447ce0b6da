"""The log file and the last line of defence: an unexpected error is written to a rotating log in
the user's log folder and the user is told, in plain words, where to find it."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.paths import user_log_dir

LOG_NAME = "spbe-desktop.log"
log = logging.getLogger("spbe_desktop")


class LogFile(logging.Handler):
    """The rotating log file (1 MB, three old ones kept), opened with its first record: a start
    that logs nothing does not pay for importing `logging.handlers` (sockets, pickle, queues)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging() -> Path:
    path = user_log_dir() / LOG_NAME
    if not any(isinstance(h, LogFile) for h in log.handlers):
        handler = LogFile(path)
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
