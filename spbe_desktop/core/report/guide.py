"""The user guide PDF (Panduan Pengguna): a cover, the contents, part 1 for the OPD operator and
part 2 for the Diskominfo coordinator step by step, each step with its screenshot, and the
keyboard shortcuts. The screenshots are image files the caller took from the running app
(ui/guide_shots.py); this module only lays them out, with the tables and styles of the other PDFs.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from spbe_desktop import __version__
from spbe_desktop.core.files import written_in_place

from .canvas import numbered_canvas
from .guide_texts import KEYS, PARTS, WORDS, Step, shot_keys
from .tables import NAVY, colour, grid_table, style_table, styles
from .texts import escape, format_date

MARGIN_MM = 18
MAX_IMAGE_MM = 175  # a tall screenshot is narrowed to keep its step on one page
CONTENTS_LEVELS = (0, 1)


def write_guide(
    out: str | Path, shots: Mapping[str, Path], *, lang: str = "id", made: date | None = None
) -> Path:
    """Lay the guide out around `shots` (screenshot key → PNG) and write it to `out`."""
    missing = [key for key in shot_keys() if key not in shots or not Path(shots[key]).is_file()]
    if missing:
        raise ValueError(f"screenshots missing for the guide: {', '.join(missing)}")
    data = build_guide(shots, lang=lang, made=made or date.today())
    out = Path(out)
    with written_in_place(out) as partial:
        partial.write_bytes(data)
    return out


def build_guide(shots: Mapping[str, Path], *, lang: str, made: date) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    def word(key: str) -> str:
        return WORDS[key][0 if lang == "id" else 1]

    class GuideDoc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:
            level = getattr(flowable, "contents_level", None)
            if level is not None:
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))

    buffer = io.BytesIO()
    doc = GuideDoc(
        buffer,
        pagesize=A4,
        title=word("title"),
        author="SPBE Desktop",
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _story(shots, lang, made, doc.width)
    footer = word("footer").format(version=__version__)
    doc.multiBuild(story, canvasmaker=numbered_canvas(footer, word("page")))
    return buffer.getvalue()


def _story(shots: Mapping[str, Path], lang: str, made: date, width: float) -> list:
    from reportlab.platypus import PageBreak, Paragraph, Spacer
    from reportlab.platypus.tableofcontents import TableOfContents

    s = _guide_styles()
    pick = 0 if lang == "id" else 1
    story: list = [
        Spacer(1, 40),
        Paragraph(escape(WORDS["title"][pick]), s["cover"]),
        Spacer(1, 8),
        Paragraph(escape(WORDS["subtitle"][pick]), s["subtitle"]),
        Spacer(1, 14),
        Paragraph(
            escape(WORDS["made"][pick].format(version=__version__, date=format_date(made, lang))),
            s["note"],
        ),
        Spacer(1, 24),
        Paragraph(escape(WORDS["contents"][pick]), s["h1"]),
    ]
    contents = TableOfContents()
    contents.levelStyles = [s["toc0"], s["toc1"]]
    story.append(contents)
    figure = 0
    for part in PARTS:
        story += [PageBreak(), _heading(part.title[pick], s["part"], 0)]
        story.append(Paragraph(part.intro[pick], s["body"]))
        for number, step in enumerate(part.steps, 1):
            figure += 1
            story.append(_step(step, number, figure, shots[step.shot], pick, width, s))
    story += [PageBreak(), _heading(WORDS["keys_title"][pick], s["part"], 0), _keys(pick, width)]
    return story


def _heading(text: str, style: Any, level: int):
    from reportlab.platypus import Paragraph

    heading = Paragraph(escape(text), style)
    heading.contents_level = level  # picked up for the contents by GuideDoc.afterFlowable
    return heading


def _step(step: Step, number: int, figure: int, shot: Path, pick: int, width: float, s: dict):
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    title = f"{WORDS['step'][pick].format(n=number)}. {step.title[pick]}"
    flowables: list = [_heading(title, s["step"], 1)]
    for paragraph in step.text[pick]:
        if paragraph.startswith("• "):
            flowables.append(Paragraph(paragraph[2:], s["bullet"], bulletText="•"))
        else:
            flowables.append(Paragraph(paragraph, s["body"]))
    flowables += [
        Spacer(1, 4),
        _framed_image(shot, width),
        Paragraph(
            escape(WORDS["figure"][pick].format(n=figure, title=step.title[pick])), s["caption"]
        ),
    ]
    return KeepTogether(flowables)


def _framed_image(path: Path, width: float):
    """The screenshot at the text width, in a thin frame (screens have light edges)."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, Table

    pixels_w, pixels_h = ImageReader(str(path)).getSize()
    inner = min(width - 4, MAX_IMAGE_MM * mm * pixels_w / pixels_h)
    image = Image(str(path), width=inner, height=inner * pixels_h / pixels_w)
    frame = Table([[image]], colWidths=[inner + 4], hAlign="CENTER")
    return style_table(
        frame,
        [
            ("BOX", (0, 0), (-1, -1), 0.6, colour("#9AA7B5")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _keys(pick: int, width: float):
    from reportlab.platypus import Paragraph

    s = styles()
    head = WORDS["keys_head"][pick]
    rows = [[Paragraph(escape(h), s.bold) for h in head]]
    rows += [
        [Paragraph(escape(keys), s.mono), Paragraph(escape(what[pick]), s.base)]
        for keys, what in KEYS
    ]
    return grid_table(rows, [width * 0.32, width * 0.68])


def _guide_styles() -> dict[str, Any]:
    """The guide's text is larger than the reports': it is read at a bimtek, not filed."""
    from reportlab.lib.styles import ParagraphStyle

    s = styles()
    body = ParagraphStyle("guide_body", parent=s.base, fontSize=10, leading=13.5, spaceAfter=4)
    navy = colour(NAVY)
    return {
        "body": body,
        "bullet": ParagraphStyle("guide_bullet", parent=body, leftIndent=14, bulletIndent=4),
        "note": ParagraphStyle("guide_note", parent=body, fontSize=9, textColor=colour("#555555")),
        "cover": ParagraphStyle(
            "guide_cover", parent=s.title, fontSize=24, leading=30, textColor=navy
        ),
        "subtitle": ParagraphStyle(
            "guide_sub", parent=body, fontSize=13, leading=17, textColor=navy
        ),
        "h1": ParagraphStyle("guide_h1", parent=s.h1, fontSize=13, leading=17, textColor=navy),
        "part": ParagraphStyle(
            "guide_part", parent=s.title, fontSize=17, leading=22, textColor=navy, spaceAfter=8
        ),
        "step": ParagraphStyle(
            "guide_step", parent=s.h1, fontSize=12, leading=15, textColor=navy, spaceBefore=12
        ),
        "caption": ParagraphStyle(
            "guide_caption",
            parent=s.small,
            fontSize=8.5,
            textColor=colour("#555555"),
            spaceBefore=3,
        ),
        "toc0": ParagraphStyle(
            "guide_toc0", parent=body, fontName=s.bold.fontName, fontSize=11, leading=16
        ),
        "toc1": ParagraphStyle("guide_toc1", parent=body, leftIndent=16, fontSize=10, leading=13),
    }
