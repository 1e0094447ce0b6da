"""Indicator state icons, drawn once in code so they stay sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

EMPTY, ANSWERED, EVIDENCE, ATTENTION = "empty", "answered", "evidence", "attention"
LINT = "lint"  # the evidence linter found something assessors would reject
# The coordinator's review outcome, named as the review package names it.
ACCEPTED, REVISE, REJECTED = "diterima", "revisi", "ditolak"
REVIEW_COLOURS = {ACCEPTED: "#2e7d32", REVISE: "#b26a00", REJECTED: "#c62828"}
STATES = (EMPTY, ANSWERED, EVIDENCE, ATTENTION, LINT, ACCEPTED, REVISE, REJECTED)


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
    elif state in REVIEW_COLOURS:
        _draw_review(p, state, s)
    elif state == LINT:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#c62828"))
        p.drawRoundedRect(box, 2.5 * s, 2.5 * s)
        p.setPen(QPen(QColor("white"), 1.8 * s))
        p.drawLine(QPointF(8 * s, 4.5 * s), QPointF(8 * s, 9 * s))
        p.drawPoint(QPointF(8 * s, 11.5 * s))
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


def _draw_review(p: QPainter, state: str, s: float) -> None:
    """A speech bubble in the outcome's colour: the coordinator has spoken on this indicator."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(REVIEW_COLOURS[state]))
    p.drawRoundedRect(QRectF(1.5 * s, 2 * s, 13 * s, 9.5 * s), 2.5 * s, 2.5 * s)
    p.drawPolygon(
        QPolygonF([QPointF(4 * s, 11 * s), QPointF(4 * s, 14.5 * s), QPointF(8 * s, 11 * s)])
    )
    pen = QPen(QColor("white"), 1.6 * s)
    p.setPen(pen)
    if state == ACCEPTED:
        p.drawPolyline(
            QPolygonF([QPointF(5 * s, 6.8 * s), QPointF(7 * s, 8.8 * s), QPointF(11 * s, 4.6 * s)])
        )
    elif state == REJECTED:
        p.drawLine(QPointF(5.5 * s, 4.5 * s), QPointF(10.5 * s, 9 * s))
        p.drawLine(QPointF(10.5 * s, 4.5 * s), QPointF(5.5 * s, 9 * s))
    else:
        p.drawLine(QPointF(8 * s, 4 * s), QPointF(8 * s, 7.5 * s))
        p.drawPoint(QPointF(8 * s, 9.5 * s))
