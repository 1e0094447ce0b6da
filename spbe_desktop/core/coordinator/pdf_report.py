"""The consolidated PDF report of a Pemda (reportlab): index and predicate, comparison with
earlier periods, the aspects and domains, the OPD ranking and the state of each OPD's submission.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.report.canvas import numbered_canvas
from spbe_desktop.core.report.texts import escape
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .report_data import coordinator_status

WORDS = {
    "id": {
        "title": "Laporan Konsolidasi Penilaian Mandiri",
        "period": "Periode",
        "instrument": "Instrumen",
        "provisional": "sementara — belum semua indikator memiliki jawaban pemilik atau keputusan",
        "answered": "Indikator bernilai",
        "earlier": "Perbandingan dengan periode sebelumnya",
        "groups": "Indeks per domain dan aspek",
        "ranking": "Peringkat OPD",
        "status": "Status kiriman OPD",
        "conflicts": "Indikator yang menunggu keputusan koordinator",
        "cols_group": ["Kode", "Domain / Aspek", "Indeks", "Predikat"],
        "cols_rank": ["Peringkat", "OPD", "Indeks", "Predikat", "Terjawab"],
        "cols_status": ["OPD", "Status", "Revisi", "Diterima", "Sidik jari kunci"],
        "cols_earlier": ["Periode", "Indeks", "Predikat", "Sumber"],
        "made": "Dibuat",
        "page": "Halaman {n} dari {total}",
        "none": "Belum ada data.",
    },
    "en": {
        "title": "Consolidated self-assessment report",
        "period": "Period",
        "instrument": "Instrument",
        "provisional": "provisional — not every indicator has an owner's answer or a decision",
        "answered": "Indicators with a value",
        "earlier": "Comparison with earlier periods",
        "groups": "Index per domain and aspect",
        "ranking": "OPD ranking",
        "status": "State of the OPDs' submissions",
        "conflicts": "Indicators awaiting the coordinator's decision",
        "cols_group": ["Code", "Domain / Aspect", "Index", "Predikat"],
        "cols_rank": ["Rank", "OPD", "Index", "Predikat", "Answered"],
        "cols_status": ["OPD", "Status", "Revision", "Received", "Key fingerprint"],
        "cols_earlier": ["Period", "Index", "Predikat", "Source"],
        "made": "Made",
        "page": "Page {n} of {total}",
        "none": "No data yet.",
    },
}


def write_consolidated_pdf(ws: Workspace, out: str | Path, lang: str = "id") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from spbe_desktop import APP_NAME, __version__
    from spbe_desktop.core.report.fonts import register_fonts

    words = WORDS["en" if lang == "en" else "id"]
    regular, bold = register_fonts()
    data = coordinator_status(ws, lang)
    inst = ws.instrument
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle(
        "h", parent=body, fontName=bold, fontSize=11, spaceBefore=8, spaceAfter=4
    )
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)

    def table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        cells = [[Paragraph(f"<b>{h}</b>", small) for h in header]] + [
            [Paragraph(_esc(v), small) for v in row] for row in rows
        ]
        result = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        result.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
                    # Cells name a font even when they hold paragraphs: not the unembedded default.
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#F5F7FA")],
                    ),
                ]
            )
        )
        return result

    shown = data["index_display"] or data["provisional_display"] or "-"
    story: list[Any] = [
        Paragraph(words["title"], title),
        Paragraph(f"<b>{_esc(data['pemda'])}</b>", heading),
        Paragraph(
            f"{words['period']}: {_esc(data['period'])} &nbsp;·&nbsp; {words['instrument']}: "
            f"{_esc(text(inst.title, lang))}",
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<font size=20><b>{_esc(text(inst.index_name, lang))} {shown}</b></font>"
            f" &nbsp; <font size=14>{_esc(data['predicate'] or '')}</font>",
            ParagraphStyle("big", parent=body, leading=26),
        ),
        Paragraph(
            (f"({words['provisional']}) " if data["provisional"] else "")
            + f"{words['answered']}: {data['answered']} / {data['indicators_total']}",
            small,
        ),
    ]
    if data["earlier"]:
        story += [Paragraph(words["earlier"], heading)]
        rows = [
            [e["period"], f"{e['index']:.2f}", e["predicate"], e["source"]] for e in data["earlier"]
        ]
        rows.append([data["period"], shown, data["predicate"] or "", ""])
        story.append(table(words["cols_earlier"], rows, [25, 25, 35, 85]))
    story += [Paragraph(words["groups"], heading)]
    rows = [
        [
            g["id"],
            g["name"],
            g["index_display"] or "-",
            inst.predicate_for(_dec(g["index_display"])).name if g["index_display"] else "-",
        ]
        for g in data["domains"] + data["aspects"]
    ]
    story.append(table(words["cols_group"], rows, [15, 105, 20, 30]))
    story += [Paragraph(words["ranking"], heading)]
    rows = [
        [r["rank"], r["name"], r["index_display"] or "-", r["predicate"] or "-", r["answered"]]
        for r in data["ranking"]
    ]
    story.append(
        table(words["cols_rank"], rows, [20, 80, 20, 30, 20])
        if rows
        else Paragraph(words["none"], body)
    )
    story += [Paragraph(words["status"], heading)]
    rows = [
        [
            o["name"],
            o["status"],
            o["revision"] or "-",
            (o["received_at"] or "-")[:10],
            o["fingerprint"] or "-",
        ]
        for o in data["opds"]
    ]
    story.append(
        table(words["cols_status"], rows, [48, 32, 15, 22, 53])
        if rows
        else Paragraph(words["none"], body)
    )
    if data["conflicts"]:
        story += [
            Paragraph(words["conflicts"], heading),
            Paragraph(", ".join(str(n) for n in data["conflicts"]), body),
        ]

    footer_left = f"{APP_NAME} {__version__} · {words['made']} {now_utc()[:10]}"

    with written_in_place(out) as partial:
        doc = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=words["title"],
            author=APP_NAME,
        )
        doc.build(story, canvasmaker=numbered_canvas(footer_left, words["page"]))
    return Path(out)


def _esc(value: Any) -> str:
    return escape("" if value is None else str(value))


def _dec(value: str):
    from decimal import Decimal

    return Decimal(value)
