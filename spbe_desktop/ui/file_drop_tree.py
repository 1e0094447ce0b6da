"""A tree that takes files dragged from the file manager (Explorer, Files).

The panels' lists of evidence and of items are such trees (promoted in their forms). The drag
events are handled by the view itself rather than by a filter on its viewport: asking PySide for
the viewport builds the Python types of every widget class at once, a cost paid at start-up
for nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget


class FileDropTree(QTreeWidget):
    """Emits `filesDropped(paths, row)`: the local files dropped and the row under them (None
    off the rows). `accepts(row)`, set by the owning panel, says where files may land."""

    filesDropped = Signal(list, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)  # the view passes it on to its viewport
        self.accepts: Callable[[QTreeWidgetItem | None], bool] = lambda _row: True

    def fit_column(self, column: int, samples: Iterable[str]) -> None:
        """A fixed width for `column` that holds its title and the longest of `samples`, so that
        switching indicators never measures rows."""
        # The title from the header item: asking the header for its model would have PySide
        # build the Python types of every model class first.
        texts = (*samples, self.headerItem().text(column))
        header = self.header()
        header.setSectionResizeMode(column, header.ResizeMode.Fixed)
        header.resizeSection(
            column, max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 24
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._offer(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._offer(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.itemAt(event.position().toPoint())
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.accepts(row):
            event.acceptProposedAction()
            self.filesDropped.emit(paths, row)
            return
        super().dropEvent(event)

    def _offer(self, event: QDragMoveEvent) -> bool:
        """Files over the tree are taken where the panel accepts them, refused elsewhere."""
        if not event.mimeData().hasUrls():
            return False
        if self.accepts(self.itemAt(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()
        return True
