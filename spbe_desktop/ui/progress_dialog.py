"""The progress window of a long task: it appears only when the work takes longer than half a
second, and its Cancel button asks the task to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from .tasks import TaskHandle

SHOW_AFTER_MS = 500


class ProgressDialog(QProgressDialog):
    """Shown after SHOW_AFTER_MS; Cancel asks the task to stop (it stops at its next check)."""

    def __init__(self, parent: QWidget | None, title: str, handle: TaskHandle) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 1000)
        self.setMinimumWidth(420)
        self.handle = handle
        self.canceled.connect(self._cancel)
        handle.progressed.connect(self.update_progress)
        self.hide()
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._appear)
        self._timer.start()

    def _appear(self) -> None:
        if not self.handle.finished:
            self.show()

    def _cancel(self) -> None:
        self.handle.cancel()
        self.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def update_progress(self, done: int, total: int, message: str) -> None:
        if self.handle.cancel_flag.is_set():
            return
        if total > 0:
            self.setValue(min(1000, int(done * 1000 / total)))
        else:
            self.setRange(0, 0)  # unknown total: a busy indicator
        if message:
            self.setLabelText(message)

    def finish(self) -> None:
        self._timer.stop()
        self.handle.progressed.disconnect(self.update_progress)
        self.close()
        self.deleteLater()
