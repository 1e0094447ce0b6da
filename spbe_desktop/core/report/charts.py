"""Drawing pieces for charts that stay readable in black-and-white print: grey levels, hatching
and words instead of colour, the report's embedded font on every string.

Everything here builds reportlab.graphics shapes; a chart is a `Drawing` that the PDF draws
directly and the GUI renders (SVG) from the very same object.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import register_fonts

INK = black
DARK = Color(0.28, 0.28, 0.28)  # this period
MID = Color(0.62, 0.62, 0.62)  # earlier periods
LIGHT = Color(0.90, 0.90, 0.90)  # a row that stands out
GRID = Color(0.80, 0.80, 0.80)
FAINT = Color(0.45, 0.45, 0.45)  # secondary text
SMALL, NORMAL = 7, 8
WIDTH = 493.0  # A4 portrait between the reports' 18 mm margins, in points


def fonts() -> tuple[str, str]:
    return register_fonts()


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is the embedded one (never the unembedded Helvetica)."""
    regular, _bold = fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = regular
    drawing.initialFontSize = NORMAL
    return drawing


def label(
    x: float,
    y: float,
    value: str,
    *,
    size: float = NORMAL,
    bold: bool = False,
    anchor: str = "start",
    color: Color = INK,
) -> String:
    regular, heavy = fonts()
    return String(
        x,
        y,
        value,
        fontName=heavy if bold else regular,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def fit(value: str, width: float, size: float = NORMAL, bold: bool = False) -> str:
    """The text shortened with an ellipsis so that it fits `width` points."""
    regular, heavy = fonts()
    font = heavy if bold else regular
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def wrap(value: str, width: float, lines: int = 2, size: float = NORMAL) -> list[str]:
    """The text over at most `lines` lines of `width` points (the last one shortened)."""
    regular, _bold = fonts()
    result: list[str] = []
    current = ""
    for word in value.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, regular, size) <= width or not current:
            current = candidate
        else:
            result.append(current)
            current = word
    result.append(current)
    if len(result) > lines:
        result = [*result[: lines - 1], fit(" ".join(result[lines - 1 :]), width, size)]
    return [fit(line, width, size) for line in result]


def hatched(
    x: float, y: float, w: float, h: float, *, spacing: float = 3.0, fill: Color = white
) -> Group:
    """A rectangle with an outline and diagonal hatching, clipped to its edges."""
    group = Group(Rect(x, y, w, h, fillColor=fill, strokeColor=INK, strokeWidth=0.5))
    c = -w + spacing / 2
    while c < h:
        u0, u1 = max(0.0, -c), min(w, h - c)
        if u1 > u0:
            group.add(
                Line(x + u0, y + u0 + c, x + u1, y + u1 + c, strokeColor=INK, strokeWidth=0.4)
            )
        c += spacing
    return group


def solid(x: float, y: float, w: float, h: float, fill: Color = DARK) -> Rect:
    return Rect(x, y, w, h, fillColor=fill, strokeColor=INK, strokeWidth=0.5)


def dashed(x1: float, y1: float, x2: float, y2: float, pattern: Sequence[float] = (4, 2)) -> Line:
    return Line(x1, y1, x2, y2, strokeColor=INK, strokeWidth=1, strokeDashArray=list(pattern))


def legend(x: float, y: float, entries: Sequence[tuple[str, str]]) -> Group:
    """A one-line legend; each entry is (kind, text), kind one of dark, mid, hatched, dashed,
    dotted."""
    group = Group()
    regular, _bold = fonts()
    for kind, text in entries:
        if kind == "dark":
            group.add(solid(x, y, 9, 7))
        elif kind == "mid":
            group.add(solid(x, y, 9, 7, MID))
        elif kind == "hatched":
            group.add(hatched(x, y, 9, 7, spacing=2.5))
        else:
            group.add(dashed(x, y + 3.5, x + 9, y + 3.5, (3, 2) if kind == "dashed" else (1, 1.5)))
        group.add(label(x + 12, y, text, size=SMALL))
        x += 12 + stringWidth(text, regular, SMALL) + 12
    return group


def value_axis(
    x0: float, x1: float, y: float, top: float, maximum: int, text_of, lowest: int = 0
) -> Group:
    """Vertical grid lines and tick labels from `lowest` to `maximum` along x0..x1."""
    group = Group()
    for tick in range(lowest, maximum + 1):
        x = x0 + (x1 - x0) * (tick - lowest) / (maximum - lowest)
        group.add(Line(x, y, x, top, strokeColor=GRID, strokeWidth=0.4))
        group.add(label(x, y - 9, text_of(tick), size=SMALL, anchor="middle", color=FAINT))
    group.add(Line(x0, y, x1, y, strokeColor=INK, strokeWidth=0.6))
    return group
