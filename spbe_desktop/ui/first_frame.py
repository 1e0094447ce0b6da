"""The first frame of the main window: background work asked for while the window was built
(the first file's preview) starts once it has been painted, and the start-up benchmark's ready
marker is printed then, when a person sees the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from . import tasks

FALLBACK_MS = 2000  # a window that is never painted (started minimised) holds nothing longer


class FirstFrame(QObject):
    """Watches a shown window for its first paint, then runs `then` (once) after that paint has
    been handled."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._handle = window.windowHandle()
        if self._handle is None:  # not shown: nothing will be painted
            QTimer.singleShot(0, self._done)
            return
        if self._handle.isExposed():  # painted already (a message was shown over it)
            QTimer.singleShot(0, self._done)
            return
        self._handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A widget window paints while its expose is handled (some platforms send a paint too).
        if event.type() in (QEvent.Type.Expose, QEvent.Type.Paint) and self._handle.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after the expose and its painting are handled
        return False

    def _done(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_frame(window: QWidget, then: Callable[[], None] | None = None) -> FirstFrame:
    """Hold background work until `window` (shown) has painted its first frame; then release it
    and run `then`."""
    tasks.hold_workers()

    def released() -> None:
        tasks.release_workers()
        if then is not None:
            then()

    return FirstFrame(window, released)
