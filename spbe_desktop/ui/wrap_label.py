"""A word-wrapped label that lays its text out once per width. Qt's QLabel lays a wrapped text
out again on every height-for-width question, and a page's layout asks several times per change;
its size hints lay the text out at two more widths the layout never uses for a wrapped text (the
height comes from height-for-width). Switching indicators re-laid out every paragraph of the page
many times over. The heights are kept per text too: going back to an indicator asks nothing new."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel

KEPT = 96  # (text, width) heights: the texts of a few dozen indicators at the page's width
HINT_CHARACTERS = 80  # Qt's own width for a wrapped label's size hint
MINIMUM_CHARACTERS = 12

# What changes how a text wraps besides the text itself.
RELAYOUT = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ContentsRectChange,
    QEvent.Type.LayoutDirectionChange,
)


class WrapLabel(QLabel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._heights: dict[tuple[str, int], int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)

    def clear(self) -> None:
        self.setText("")

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, fmt) -> None:
        self._heights.clear()
        super().setTextFormat(fmt)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def heightForWidth(self, width: int) -> int:
        key = (self.text(), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= KEPT:
                del self._heights[next(iter(self._heights))]  # the oldest
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        return self._hint(HINT_CHARACTERS) if self.wordWrap() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._hint(MINIMUM_CHARACTERS) if self.wordWrap() else super().minimumSizeHint()

    def _hint(self, characters: int) -> QSize:
        """A width in characters and the height at the width the label has (asked anyway)."""
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * (self.margin() + max(self.indent(), 0))
        width = characters * self.fontMetrics().averageCharWidth() + extra
        height = self.heightForWidth(self.width() if self.width() > extra else width)
        return QSize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in RELAYOUT:
            self._heights.clear()
        super().changeEvent(event)
