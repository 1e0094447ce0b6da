"""The consolidated PDF report of a Pemda (reportlab): index and predicate, comparison with
earlier periods, the aspects and domains, the OPD ranking, the state of each OPD's submission and
the monitoring charts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe_desktop.core.assessment.report_parts import pdf_section as assessed_section
from spbe_desktop.core.figures import figure, rounded
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.marks import MARK, uncertain_notes
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.report.canvas import build_numbered_a4
from spbe_desktop.core.report.footnotes import Footnotes
from spbe_desktop.core.report.tables import styles, text_table
from spbe_desktop.core.report.texts import escape, in_language
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .pdf_monitoring import monitoring_section
from .report_data import coordinator_status

# Each word of the report as (Indonesian, English).
WORDS: dict[str, tuple[Any, Any]] = {
    "title": ("Laporan Konsolidasi Penilaian Mandiri", "Consolidated self-assessment report"),
    "period": ("Periode", "Period"),
    "instrument": ("Instrumen", "Instrument"),
    "provisional": (
        "sementara — belum semua indikator memiliki jawaban pemilik atau keputusan",
        "provisional — not every indicator has an owner's answer or a decision",
    ),
    "answered": ("Indikator bernilai", "Indicators with a value"),
    "earlier": ("Perbandingan dengan periode sebelumnya", "Comparison with earlier periods"),
    "groups": ("Indeks per domain dan aspek", "Index per domain and aspect"),
    "ranking": ("Peringkat OPD", "OPD ranking"),
    "status": ("Status kiriman OPD", "State of the OPDs' submissions"),
    "conflicts": (
        "Indikator yang menunggu keputusan koordinator",
        "Indicators awaiting the coordinator's decision",
    ),
    "cols_group": (
        ["Kode", "Domain / Aspek", "Indeks", "Predikat"],
        ["Code", "Domain / Aspect", "Index", "Predikat"],
    ),
    "cols_rank": (
        ["Peringkat", "OPD", "Indeks", "Predikat", "Terjawab"],
        ["Rank", "OPD", "Index", "Predikat", "Answered"],
    ),
    "cols_status": (
        ["OPD", "Status", "Revisi", "Diterima", "Sidik jari kunci"],
        ["OPD", "Status", "Revision", "Received", "Key fingerprint"],
    ),
    "cols_earlier": (
        ["Periode", "Indeks", "Predikat", "Sumber"],
        ["Period", "Index", "Predikat", "Source"],
    ),
    "made": ("Dibuat", "Made"),
    "page": ("Halaman {n} dari {total}", "Page {n} of {total}"),
    "none": ("Belum ada data.", "No data yet."),
}


def write_consolidated_pdf(ws: Workspace, out: str | Path, lang: str = "id") -> Path:
    """The report as a PDF file, written in place (a crash leaves the old file or none)."""
    from spbe_desktop import APP_NAME, __version__

    words = in_language(WORDS, lang)
    data = coordinator_status(ws, lang)
    notes = Footnotes(lang)
    # A figure counting a missing external score at 1 carries "*"; the note says why.
    notes.mark(data["assumed_note"], MARK)
    story = [
        *_heading(ws, data, words, lang, notes),
        *assessed_section(ws, data, lang),
        *_earlier(data, words, lang),
        *_groups(ws, data, words, lang),
        *_ranking(data, words, lang),
        *_submissions(data, words),
        *_conflicts(data, words),
        *notes.flowables(styles().small, styles().h1),
        *monitoring_section(ws, lang),
    ]
    footer_left = f"{APP_NAME} {__version__} · {words['made']} {now_utc()[:10]}"
    with written_in_place(out) as partial:
        build_numbered_a4(
            str(partial),
            story,
            title=words["title"],
            footer_left=footer_left,
            page_text=words["page"],
        )
    return Path(out)


def _heading(ws: Workspace, data: dict, words: dict, lang: str, notes: Footnotes) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    inst = ws.instrument
    shown = _shown(data, lang) + (MARK if data["assumed_indicators"] else "")
    predicate = _esc(data["predicate"] or "")
    if data["predicate"]:
        predicate += notes.marks(uncertain_notes(inst, "predicates", lang))
    answered = f"{words['answered']}: {data['answered']} / {data['indicators_total']}"
    return [
        Paragraph(words["title"], s.title),
        Paragraph(f"<b>{_esc(data['pemda'])}</b>", s.h1),
        Paragraph(
            f"{words['period']}: {_esc(data['period'])} &nbsp;·&nbsp; {words['instrument']}: "
            f"{_esc(text(inst.title, lang))}",
            s.base,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<font size=20><b>{_esc(text(inst.index_name, lang))} {shown}</b></font>"
            f" &nbsp; <font size=14>{predicate}</font>",
            ParagraphStyle("big", parent=s.base, leading=26),
        ),
        Paragraph(
            (f"({words['provisional']}) " if data["provisional"] else "") + answered, s.small
        ),
    ]


def _earlier(data: dict, words: dict, lang: str) -> list:
    if not data["earlier"]:
        return []
    rows = [
        [e["period"], _figure(e["index_display"], lang), e["predicate"], e["source"]]
        for e in data["earlier"]
    ]
    rows.append([data["period"], _shown(data, lang), data["predicate"] or "", ""])
    return [_heading_of(words["earlier"]), _table(words["cols_earlier"], rows, [25, 25, 35, 85])]


def _groups(ws: Workspace, data: dict, words: dict, lang: str) -> list:
    inst = ws.instrument
    rows = [
        [
            g["id"],
            g["name"],
            _figure(g["index_display"], lang) + _mark(g),
            inst.predicate_for(rounded(g["index_display"])).name if g["index_display"] else "-",
        ]
        for g in data["domains"] + data["aspects"]
    ]
    return [_heading_of(words["groups"]), _table(words["cols_group"], rows, [15, 105, 20, 30])]


def _ranking(data: dict, words: dict, lang: str) -> list:
    rows = [
        [
            r["rank"],
            r["name"],
            _figure(r["index_display"], lang) + _mark(r),
            r["predicate"] or "-",
            r["answered"],
        ]
        for r in data["ranking"]
    ]
    return [
        _heading_of(words["ranking"]),
        _table(words["cols_rank"], rows, [20, 80, 20, 30, 20]) if rows else _none(words),
    ]


def _submissions(data: dict, words: dict) -> list:
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
    return [
        _heading_of(words["status"]),
        _table(words["cols_status"], rows, [48, 32, 15, 22, 53]) if rows else _none(words),
    ]


def _conflicts(data: dict, words: dict) -> list:
    from reportlab.platypus import Paragraph

    if not data["conflicts"]:
        return []
    listed = ", ".join(str(n) for n in data["conflicts"])
    return [_heading_of(words["conflicts"]), Paragraph(listed, styles().base)]


def _table(header: list[str], rows: list[list[Any]], widths_mm: list[float]) -> Any:
    from reportlab.lib.units import mm

    return text_table(header, rows, [w * mm for w in widths_mm])


def _heading_of(title: str) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(title, styles().h1)


def _none(words: dict) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(words["none"], styles().base)


def _shown(data: dict, lang: str) -> str:
    return _figure(data["index_display"] or data["provisional_display"], lang)


def _figure(display: str | None, lang: str) -> str:
    """A figure of the report (its `*_display`, already rounded) in the report's language."""
    return figure(display, lang) or "-"


def _mark(row: dict) -> str:
    """ "*" beside a figure that counts a missing external score at 1."""
    return MARK if row["assumed"] and row["index_display"] else ""


def _esc(value: Any) -> str:
    return escape("" if value is None else str(value))
