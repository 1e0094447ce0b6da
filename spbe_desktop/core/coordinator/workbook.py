"""The consolidated XLSX workbook (openpyxl): one sheet per view, for those who keep working in
Excel. Numbers are written as numbers (with two-decimal formats), never as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe_desktop.core.assessment.report_parts import sheet_rows as assessment_sheet
from spbe_desktop.core.assessment.report_parts import summary_rows as assessment_summary
from spbe_desktop.core.figures import rounded
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.report.texts import in_language
from spbe_desktop.core.workspace.workspace import Workspace

from .report_data import coordinator_status
from .store import list_opds

# Each sheet's (title, column headers) as (Indonesian, English).
SHEETS: dict[str, tuple[tuple[str, list[str]], tuple[str, list[str]]]] = {
    "summary": (("Ringkasan", ["Unsur", "Nilai"]), ("Summary", ["Item", "Value"])),
    "ranking": (
        ("Peringkat OPD", ["Peringkat", "OPD", "Indeks", "Predikat", "Terjawab"]),
        ("OPD ranking", ["Rank", "OPD", "Index", "Predikat", "Answered"]),
    ),
    "indicators": (
        ("Indikator", ["No", "Indikator", "Aspek", "Bobot (%)", "Nilai", "Sumber", "OPD pemilik"]),
        ("Indicators", ["No", "Indicator", "Aspect", "Weight (%)", "Value", "Source", "Owner OPD"]),
    ),
    "matrix": (("Matriks", ["No", "Indikator"]), ("Matrix", ["No", "Indicator"])),
    "opds": (
        ("Status OPD", ["OPD", "Status", "Revisi", "Diterima", "Tenggat", "Sidik jari"]),
        ("OPD status", ["OPD", "Status", "Revision", "Received", "Deadline", "Fingerprint"]),
    ),
    "earlier": (
        ("Periode sebelumnya", ["Periode", "Indeks", "Predikat", "Sumber"]),
        ("Earlier periods", ["Period", "Index", "Predikat", "Source"]),
    ),
    "aspects": (("Aspek", ["Kode", "Aspek", "Indeks"]), ("Aspects", ["Code", "Aspect", "Index"])),
}
# The summary sheet's row labels.
LABELS: dict[str, tuple[str, str]] = {
    "period": ("Periode", "Period"),
    "instrument": ("Instrumen", "Instrument"),
    "provisional": ("Sementara", "Provisional"),
    "yes": ("ya", "yes"),
    "note": ("Catatan", "Note"),
}


def write_workbook(ws: Workspace, out: str | Path, lang: str = "id") -> Path:
    """The workbook as an XLSX file, written in place (a crash leaves the old file or none)."""
    from openpyxl import Workbook

    data = coordinator_status(ws, lang)
    opds = list_opds(ws)
    book = Workbook()
    book.remove(book.active)
    sheets = in_language(SHEETS, lang)
    for key, rows, extra in (
        ("summary", _summary_rows(ws, data, len(opds), lang), []),
        (
            "aspects",
            [
                [g["id"], g["name"], _figure(g["index_display"])]
                for g in data["domains"] + data["aspects"]
            ],
            [],
        ),
        ("ranking", _ranking_rows(data), []),
        ("indicators", _indicator_rows(ws, data, {o.id: o.name for o in opds}, lang), []),
        ("matrix", _matrix_rows(ws, data, opds, lang), [o.name for o in opds]),
        ("opds", _opd_rows(data), []),
        (
            "earlier",
            [
                [e["period"], _figure(e["index_display"]), e["predicate"], e["source"]]
                for e in data["earlier"]
            ],
            [],
        ),
    ):
        title, headers = sheets[key]
        _sheet(book, title, headers + extra, rows)
    _sheet(book, *assessment_sheet(ws, data, lang))
    with written_in_place(out) as partial:
        book.save(partial)
    return Path(out)


def _sheet(book: Any, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    """One sheet: a bold, frozen header row, columns as wide as their text, numbers as 0.00."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    page = book.create_sheet(title)
    page.append(headers)
    for cell in page[1]:
        cell.font = Font(bold=True)
    for row in rows:
        page.append(row)
    page.freeze_panes = "A2"
    for column in range(1, page.max_column + 1):
        letter = get_column_letter(column)
        width = max(len(str(c.value or "")) for c in page[letter])
        page.column_dimensions[letter].width = min(max(10, width + 2), 60)
        for cell in page[letter][1:]:
            if isinstance(cell.value, float):
                cell.number_format = "0.00"


def _summary_rows(ws: Workspace, data: dict, opd_count: int, lang: str) -> list[list[Any]]:
    labels = in_language(LABELS, lang)
    shown = data["index_display"] or data["provisional_display"]
    return [
        ["Pemda", data["pemda"]],
        [labels["period"], data["period"]],
        [labels["instrument"], text(ws.instrument.title, lang)],
        [text(ws.instrument.index_name, lang), _figure(shown)],
        ["Predikat", data["predicate"]],
        [labels["provisional"], labels["yes"] if data["provisional"] else "-"],
        ["OPD", opd_count],
        *assessment_summary(data, lang),
        *([[labels["note"], data["assumed_note"]]] if data["assumed_note"] else []),
    ]


def _ranking_rows(data: dict) -> list[list[Any]]:
    return [
        [r["rank"], r["name"], _figure(r["index_display"]), r["predicate"], r["answered"]]
        for r in data["ranking"]
    ]


def _indicator_rows(ws: Workspace, data: dict, names: dict, lang: str) -> list[list[Any]]:
    by_number = {i["number"]: i for i in data["indicators"]}
    return [
        [
            ind.number,
            text(ind.short_name, lang),
            ind.aspect_id,
            float(ind.weight),
            _figure(by_number[ind.number]["value_display"]),
            by_number[ind.number]["value_note"] or by_number[ind.number]["source"],
            names.get(by_number[ind.number]["owner"] or "", ""),
        ]
        for ind in ws.instrument.indicators
    ]


def _matrix_rows(ws: Workspace, data: dict, opds: list, lang: str) -> list[list[Any]]:
    by_number = {i["number"]: i for i in data["indicators"]}
    return [
        [ind.number, text(ind.short_name, lang)]
        + [_figure(by_number[ind.number]["answers"].get(o.id)) for o in opds]
        for ind in ws.instrument.indicators
    ]


def _figure(value: float | str | None) -> float | None:
    """A figure as a number cell: the value as published (half-up, two decimals)."""
    return None if value is None else float(rounded(value))


def _opd_rows(data: dict) -> list[list[Any]]:
    keys = ("name", "status", "revision", "received_at", "deadline", "fingerprint")
    return [[o[k] for k in keys] for o in data["opds"]]
