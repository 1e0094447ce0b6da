"""The look both PDFs share (the OPD's summary and the coordinator's consolidated report):
paragraph styles, colours, and the grid table with a shaded header and zebra rows.

Every table cell names an embedded font, even when it holds paragraphs: otherwise reportlab
would fall back to its unembedded Helvetica.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from .fonts import BOLD, MONO, REGULAR, register_fonts
from .texts import escape

NAVY = "#1F3A5F"
HEADER = "#E8EEF5"
GRID = "#9AA7B5"
ZEBRA = "#F7F9FB"
FONT_CELLS = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


class Styles(NamedTuple):
    base: Any
    small: Any
    mono: Any
    bold: Any
    title: Any
    h1: Any
    h2: Any
    center: Any
    right: Any
    small_right: Any


@cache
def styles() -> Styles:
    """The paragraph styles of every PDF (sizes in points)."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=8.5, leading=10.8)
    small = ParagraphStyle("small", parent=base, fontSize=7.6, leading=9.4)
    bold = ParagraphStyle("bold", parent=base, fontName=BOLD)
    return Styles(
        base=base,
        small=small,
        mono=ParagraphStyle("mono", parent=small, fontName=MONO, fontSize=7.2),
        bold=bold,
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19),
        h1=ParagraphStyle("h1", parent=bold, fontSize=11, leading=14, spaceBefore=9, spaceAfter=4),
        h2=ParagraphStyle("h2", parent=bold, fontSize=9, leading=12, spaceBefore=5, spaceAfter=3),
        center=ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        small_right=ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT),
    )


def colour(hex_code: str):
    from reportlab.lib import colors

    return colors.HexColor(hex_code)


def style_table(table: Any, commands: Sequence[tuple]) -> Any:
    """Apply `commands` (reportlab table style commands) after the shared font command."""
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle([FONT_CELLS, *commands]))
    return table


def grid_table(
    rows: list[list[Any]], widths: Sequence[float], *, header: bool = True, zebra: bool = True
):
    """A bordered table of flowables; the header row (repeated on every page) is shaded."""
    from reportlab.platypus import Table

    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colour(GRID)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colour(HEADER)))
    if zebra:
        first = 1 if header else 0
        commands.append(
            ("ROWBACKGROUNDS", (0, first), (-1, -1), [colour("#FFFFFF"), colour(ZEBRA)])
        )
    return style_table(table, commands)


def text_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]):
    """A grid table of plain values (escaped; None shows as "–") under a bold header."""
    from reportlab.platypus import Paragraph

    s = styles()
    cells = [[Paragraph(escape(h), s.bold) for h in header]]
    cells += [
        [Paragraph(escape("–" if v is None else str(v)), s.small) for v in row] for row in rows
    ]
    return grid_table(cells, widths)
