"""The PDF summary (DESIGN §6): what the Kepala OPD reads, checks and signs.

A4, Indonesian by default (English with lang="en"), DejaVu Sans embedded (full Indonesian text).
When written during an export the PDF carries that package's id, its payload digest and the key
fingerprint, as text and QR code, so the signed paper vouches for the exact package and key.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.workspace.workspace import Workspace

from .canvas import numbered_canvas
from .fonts import BOLD as FONT_BOLD
from .fonts import REGULAR as FONT
from .fonts import register_fonts
from .texts import (
    escape,
    format_date,
    human_size,
    shorten,
    texts,
)

META_SIGNATORY = ("signatory_name", "signatory_nip", "signatory_place")
META_SIGNING_DATE = "signatory_date"
MONO = "SPBE-Mono"


class PackageStamp(NamedTuple):
    package_id: str
    revision: int
    payload_digest: str
    fingerprint: str
    created_at: str


def set_signatory(ws: Workspace, name: str, nip: str, place: str) -> None:
    """The Kepala OPD's signature block (name, NIP, place), stored in the workspace."""
    with ws.transaction():
        for key, value in zip(META_SIGNATORY, (name, nip, place), strict=True):
            ws.set_meta(key, " ".join(value.split()))


def signatory(ws: Workspace) -> tuple[str, str, str]:
    name, nip, place = (ws.meta(k) or "" for k in META_SIGNATORY)
    return name, nip, place


def set_signing_date(ws: Workspace, day: date | None) -> None:
    """The date printed above the signature; None prints the day the summary is written."""
    ws.set_meta(META_SIGNING_DATE, day.isoformat() if day else "")


def signing_date(ws: Workspace) -> date:
    stored = ws.meta(META_SIGNING_DATE) or ""
    try:
        return date.fromisoformat(stored)
    except ValueError:
        return date.today()


def write_summary(ws: Workspace, out: str | Path, *, lang: str = "id") -> Path:
    """A standalone summary (not from an export): to print and check before sending."""

    from spbe_desktop.core.evidence.check import check_workspace

    out = Path(out)
    data = build_summary(ws, lang=lang, stamp=None, findings=check_workspace(ws))
    with written_in_place(out) as partial:
        partial.write_bytes(data)
    return out


def build_summary(
    ws: Workspace, *, lang: str = "id", stamp: PackageStamp | None = None, findings: list = ()
) -> bytes:
    """The summary PDF as bytes (small: a few hundred KB even with hundreds of evidence files)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _register_fonts()
    buffer = io.BytesIO()
    t = texts(lang)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{t['title']} — {ws.info.opd_name}",
        author=ws.info.opd_name,
        subject=f"{ws.instrument.id} {ws.info.period}",
        creator="SPBE Desktop",
        initialFontName=FONT,
    )
    # The frame pads 6 pt on each side: tables as wide as doc.width would stick out.
    story = _story(ws, lang, t, stamp, list(findings), doc.width - 12)
    from spbe_desktop import APP_NAME, __version__

    footer = f"{APP_NAME} {__version__} · {ws.info.opd_name} · {t['period']} {ws.info.period}"
    doc.build(story, canvasmaker=numbered_canvas(footer, t["page"]))
    return buffer.getvalue()


def _register_fonts() -> None:
    """The shared DejaVu Sans pair (report_fonts), plus the monospaced face for hashes."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from spbe_desktop.core.paths import resource_dir

    register_fonts()
    if MONO not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MONO, str(resource_dir() / "fonts" / "DejaVuSansMono.ttf")))


# Table cells name a font even when they hold paragraphs: never reportlab's unembedded default.
_FONT_CELLS = ("FONTNAME", (0, 0), (-1, -1), FONT)


def _story(ws: Workspace, lang: str, t: dict, stamp, findings: list, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from spbe_desktop.core.evidence.store import list_evidence
    from spbe_desktop.core.instrument.pack import text
    from spbe_desktop.core.keys import key_info
    from spbe_desktop.core.status import status_data

    data = status_data(ws, lang)
    inst = ws.instrument
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.8)
    small = ParagraphStyle("small", parent=base, fontSize=7.6, leading=9.4)
    mono = ParagraphStyle("mono", parent=small, fontName=MONO, fontSize=7.2)
    bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19)
    h1 = ParagraphStyle("h1", parent=bold, fontSize=11, leading=14, spaceBefore=9, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=bold, fontSize=9, leading=12, spaceBefore=5, spaceAfter=3)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
    navy = colors.HexColor("#1F3A5F")
    light = colors.HexColor("#E8EEF5")
    grid = colors.HexColor("#9AA7B5")

    def p(value: str, style=base) -> Paragraph:
        return Paragraph(value, style)

    def num(value: str | None) -> str:
        if value is None:
            return "–"
        return value.replace(".", ",") if lang == "id" else value

    def table(rows, widths, header=True, zebra=True) -> Table:
        result = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, grid),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), light))
        if zebra:
            for row in range(2 if header else 1, len(rows), 2):
                style.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F7F9FB")))
        result.setStyle(TableStyle([_FONT_CELLS, *style]))
        return result

    story: list = [
        p(escape(text(inst.index_name, lang)).upper(), ParagraphStyle("k", parent=small)),
        p(t["title"], title),
        p(escape(text(inst.title, lang)), small),
        Spacer(1, 4 * mm),
    ]
    package = f"{stamp.package_id} · {t['revision']} {stamp.revision}" if stamp else t["draft"]
    info_rows = [
        (t["opd"], f"<b>{escape(ws.info.opd_name)}</b>"),
        (t["period"], escape(ws.info.period)),
        (t["instrument"], f"{escape(inst.id)} — {escape(inst.legal_basis.get('citation', ''))}"),
        (t["answered"], f"{data['answered']} {t['of']} {data['indicators_total']}"),
        (t["printed"], format_date(date.today(), lang)),
        (t["package"], escape(package)),
    ]
    info = table(
        [[p(k, small), p(v)] for k, v in info_rows], [38 * mm, width - 38 * mm], header=False
    )
    info.setStyle(TableStyle([_FONT_CELLS, ("BACKGROUND", (0, 0), (0, -1), light)]))
    if data["complete"]:
        shown, predicate, note = data["index_display"], data["predicate"] or "", ""
    else:
        shown = data["provisional_display"]
        predicate = f"{data['predicate']} ({t['provisional']})" if data["predicate"] else "–"
        note = t["provisional_note"]
    label = text(inst.index_name, lang) + (f" ({t['provisional']})" if note else "")
    big = ParagraphStyle("big", parent=bold, fontSize=20, leading=24, alignment=TA_CENTER)
    score = Table(
        [
            [p(escape(label), center), p(t["predicate"], center)],
            [
                p(num(shown), big),
                p(escape(predicate), ParagraphStyle("pr", parent=big, fontSize=14)),
            ],
        ],
        colWidths=[width / 2, width / 2],
    )
    score.setStyle(
        TableStyle(
            [
                _FONT_CELLS,
                ("BOX", (0, 0), (-1, -1), 1, navy),
                ("LINEAFTER", (0, 0), (0, -1), 0.5, grid),
                ("BACKGROUND", (0, 0), (-1, 0), light),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ]
        )
    )
    story += [info, Spacer(1, 4 * mm), score]
    if note:
        story.append(p(f"<i>{note}</i>", small))
    # Domains and aspects, then the indicators of each aspect.
    domains = {d["id"]: d for d in data["domains"]}
    aspects = {a["id"]: a for a in data["aspects"]}
    indicators = {i["id"]: i for i in data["indicators"]}
    answers = ws.answers()
    rows = [[p(t["domain"], bold), p(t["weight"], bold), p(t["index"], bold), p("n", bold)]]
    for d in data["domains"]:
        rows.append(
            [
                p(f"{escape(d['id'])} — {escape(d['name'])}"),
                p(num(d["weight"]), right),
                p(num(d["index_display"]), right),
                p(f"{d['answered']}/{d['total']}", right),
            ]
        )
    if len(rows) > 1:
        story += [Spacer(1, 3 * mm), table(rows, [width - 60 * mm, 20 * mm, 20 * mm, 20 * mm])]
    widths = [9 * mm, 50 * mm, 25 * mm, width - 95 * mm, 11 * mm]
    by_domain: dict[str | None, list] = {}
    for aspect in inst.aspects:
        by_domain.setdefault(aspect.domain_id, []).append(aspect)
    for domain_id, domain_aspects in by_domain.items():
        if domain_id in domains:
            d = domains[domain_id]
            story.append(CondPageBreak(45 * mm))
            story.append(
                p(
                    f"{t['domain']} {escape(d['id'])}: {escape(d['name'])} — {num(d['index_display'])}",
                    h1,
                )
            )
        for aspect in domain_aspects:
            a = aspects[aspect.id]
            story.append(CondPageBreak(35 * mm))
            story.append(
                p(
                    f"{t['aspect']} {escape(a['id'])}: {escape(a['name'])} — {t['index']} {num(a['index_display'])}",
                    h2,
                )
            )
            head = [t["no"], t["indicator"], t["level"], t["justification"], t["evidence"]]
            rows = [[p(h, bold) for h in head]]
            for ind in inst.indicators_of_aspect(aspect.id):
                entry = indicators[ind.id]
                answer = answers.get(ind.id)
                level = entry["level"]
                if entry["external_score"] is not None:
                    shown_level = f"{num(entry['external_score'])} → {num(str(entry['value']))}"
                elif level is None:
                    shown_level = f"<i>{t['not_answered']}</i>"
                else:
                    name = inst.scale_of(ind).level_name(level, lang)
                    shown_level = f"<b>{level}</b> {escape(name)}"
                rows.append(
                    [
                        p(str(ind.number), center),
                        p(escape(text(ind.name, lang)), small),
                        p(shown_level, small),
                        p(escape(shorten(answer.note if answer else "")), small),
                        p(str(entry["evidence_count"]), center),
                    ]
                )
            story.append(table(rows, widths))
    # Evidence check findings.
    story += [CondPageBreak(30 * mm), p(t["findings"], h1)]
    if findings:
        rows = [[p(h, bold) for h in (t["indicator"], t["sev_head"], t["finding"])]]
        for f in findings:
            rows.append(
                [
                    p("–" if f.indicator is None else str(f.indicator), center),
                    p(t["severity"][f.severity], small),
                    p(escape(f.message(lang)), small),
                ]
            )
        story.append(table(rows, [18 * mm, 22 * mm, width - 40 * mm]))
    else:
        story.append(p(t["no_findings"]))
    # Evidence list.
    story += [CondPageBreak(30 * mm), p(t["evidence_list"], h1)]
    items = list_evidence(ws)
    if items:
        number = {ind.id: ind.number for ind in inst.indicators}
        rows = [[p(h, bold) for h in (t["no"], t["ind"], t["file"], t["size"], "SHA-256")]]
        for position, item in enumerate(items, start=1):
            rows.append(
                [
                    p(str(position), center),
                    p(str(number.get(item.indicator_id, "")), center),
                    p(escape(item.original_name), small),
                    p(
                        num(human_size(item.size)),
                        ParagraphStyle("sr", parent=small, alignment=TA_RIGHT),
                    ),
                    p(item.sha256[:16], mono),
                ]
            )
        story.append(table(rows, [10 * mm, 16 * mm, width - 82 * mm, 20 * mm, 36 * mm]))
    else:
        story.append(p(t["no_evidence"]))
    # Identity (text and QR) and the signature block, kept together on one page.
    key = key_info(ws)
    fp = stamp.fingerprint if stamp else (key.fingerprint if key else t["no_key"])
    ident = [(t["fingerprint"], fp)]
    if stamp:
        ident = [
            (t["package_id"], stamp.package_id),
            (t["revision"], str(stamp.revision)),
            (t["digest"], " ".join(re.findall(".{1,16}", stamp.payload_digest))),
            *ident,
        ]
    else:
        ident.insert(0, (t["package"], t["draft"]))
    lines = [[p(k, small), p(escape(v), mono)] for k, v in ident]
    left = Table(lines, colWidths=[44 * mm, width - 44 * mm - 36 * mm])
    left.setStyle(
        TableStyle(
            [_FONT_CELLS, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
        )
    )
    if stamp:
        qr_payload = f"SPBE|{stamp.package_id}|{stamp.revision}|{stamp.payload_digest}|{fp}"
    else:
        qr_payload = f"SPBE|draft|{fp}"
    block = Table([[left, _qr(qr_payload, 32 * mm)]], colWidths=[width - 36 * mm, 36 * mm])
    block.setStyle(
        TableStyle(
            [_FONT_CELLS, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, grid)]
        )
    )
    name, nip, place = signatory(ws)
    when = f"{escape(place) or '.' * 24}, {format_date(signing_date(ws), lang)}"
    sign = [
        p(when),
        p(f"{t['head']} {escape(ws.info.opd_name)}"),
        Spacer(1, 20 * mm),
        p(f"<u><b>{escape(name)}</b></u>" if name else "(" + "." * 48 + ")"),
        p(f"NIP. {escape(nip)}" if nip else "NIP. " + "." * 36),
    ]
    signature = Table([[Spacer(1, 1), sign]], colWidths=[width - 78 * mm, 78 * mm])
    signature.setStyle(TableStyle([_FONT_CELLS]))
    story.append(
        KeepTogether(
            [
                p(t["identity"], h1),
                block,
                Spacer(1, 5 * mm),
                p(t["statement"], small),
                Spacer(1, 4 * mm),
                signature,
            ]
        )
    )
    return story


def _qr(value: str, size: float):
    """The QR code as a flowable drawn with plain rectangles (a reportlab Drawing would name
    Helvetica in the page and leave an unembedded font in the PDF)."""
    from reportlab.graphics.barcode import qrencoder
    from reportlab.platypus import Flowable

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    quiet = 2  # modules of white border, part of the QR standard's quiet zone

    class QrFlowable(Flowable):
        def wrap(self, *_args: Any) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            module = size / (count + 2 * quiet)
            canvas = self.canv
            canvas.setFillColorRGB(0, 0, 0)
            for row in range(count):
                for col in range(count):
                    if code.isDark(row, col):
                        x = (col + quiet) * module
                        y = size - (row + quiet + 1) * module
                        canvas.rect(x, y, module, module, stroke=0, fill=1)

    return QrFlowable()
