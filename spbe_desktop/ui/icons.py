"""Indicator state icons, drawn once in code so they stay sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

EMPTY, ANSWERED, EVIDENCE, ATTENTION = "empty", "answered", "evidence", "attention"
STATES = (EMPTY, ANSWERED, EVIDENCE, ATTENTION)


@cache
def state_icon(state: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(_draw(state, size))
    return icon


def _draw(state: str, size: int) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16
    box = QRectF(2 * s, 2 * s, 12 * s, 12 * s)
    if state == EMPTY:
        p.setPen(QPen(QColor("#8a8f98"), 1.5 * s))
        p.drawEllipse(box)
    elif state == ANSWERED:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#1f6fc5"))
        p.drawEllipse(box)
    elif state == EVIDENCE:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#2e7d32"))
        p.drawEllipse(box)
        tick = QPainterPath(QPointF(5 * s, 8.2 * s))
        tick.lineTo(7.2 * s, 10.4 * s)
        tick.lineTo(11 * s, 5.8 * s)
        p.setPen(QPen(QColor("white"), 1.8 * s))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(tick)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e08a00"))
        p.drawPolygon(
            QPolygonF([QPointF(8 * s, 1.5 * s), QPointF(15 * s, 14 * s), QPointF(1 * s, 14 * s)])
        )
        p.setPen(QPen(QColor("white"), 1.8 * s))
        p.drawLine(QPointF(8 * s, 5.5 * s), QPointF(8 * s, 9.5 * s))
        p.drawPoint(QPointF(8 * s, 12 * s))
    p.end()
    return pix
