"""A chart on screen: the very reportlab Drawing the PDF prints, rendered to SVG and painted by
Qt at the widget's width (sharp at any size, same bars, same words)."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QFontDatabase, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from spbe_desktop.core.paths import resource_dir
from spbe_desktop.core.report.fonts import BOLD, REGULAR


@cache
def _qt_family() -> str:
    """The family Qt knows the report's font by (registered once from the bundled file)."""
    fonts = resource_dir() / "fonts"
    family = "DejaVu Sans"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(fonts / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = families[0] if families else family
    return family


def drawing_svg(drawing) -> bytes:
    """The drawing as SVG, its fonts named the way Qt knows them."""
    from reportlab.graphics import renderSVG

    family = _qt_family()
    svg = renderSVG.drawToString(drawing)
    # Qt's SVG renderer would paint the drawing's clip rectangle as a black shape; the drawing
    # never reaches beyond its own bounds, so the clip can go.
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.DOTALL)
    svg = svg.replace(' style="clip-path: url(#clip)"', "")
    svg = svg.replace(f"font-family: {BOLD};", f"font-family: '{family}'; font-weight: bold;")
    svg = svg.replace(f"font-family: {REGULAR};", f"font-family: '{family}';")
    return svg.encode("utf-8")


class ChartView(QWidget):
    """Shows one Drawing scaled to the available width (at most MAX_SCALE times its size, so
    that its text never grows beyond a comfortable reading size), keeping its proportions."""

    MAX_SCALE = 1.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._size = (720.0, 360.0)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(360)

    def set_drawing(self, drawing) -> None:
        self._renderer.load(QByteArray(drawing_svg(drawing)))
        self._size = (float(drawing.width), float(drawing.height))
        self.setAccessibleDescription(self.toolTip())
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def _scale(self, width: float) -> float:
        return min(self.MAX_SCALE, width / self._size[0]) if self._size[0] else 1.0

    def heightForWidth(self, width: int) -> int:
        return int(self._size[1] * self._scale(width)) + 1

    def sizeHint(self) -> QSize:
        return QSize(int(self._size[0]), int(self._size[1]))

    def paintEvent(self, _event) -> None:
        if not self._renderer.isValid():
            return
        scale = min(self._scale(self.width()), self.height() / self._size[1])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, self._size[0] * scale, self._size[1] * scale))
        painter.end()
