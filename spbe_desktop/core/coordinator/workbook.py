"""The consolidated XLSX workbook (openpyxl): one sheet per view, for those who keep working in
Excel. Numbers are written as numbers (with two-decimal formats), never as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.workspace.workspace import Workspace

from .report_data import coordinator_status
from .store import list_opds

HEADERS = {
    "id": {
        "summary": ("Ringkasan", ["Unsur", "Nilai"]),
        "ranking": ("Peringkat OPD", ["Peringkat", "OPD", "Indeks", "Predikat", "Terjawab"]),
        "indicators": (
            "Indikator",
            ["No", "Indikator", "Aspek", "Bobot (%)", "Nilai", "Sumber", "OPD pemilik"],
        ),
        "matrix": ("Matriks", ["No", "Indikator"]),
        "opds": ("Status OPD", ["OPD", "Status", "Revisi", "Diterima", "Tenggat", "Sidik jari"]),
        "earlier": ("Periode sebelumnya", ["Periode", "Indeks", "Predikat", "Sumber"]),
        "aspects": ("Aspek", ["Kode", "Aspek", "Indeks"]),
    },
    "en": {
        "summary": ("Summary", ["Item", "Value"]),
        "ranking": ("OPD ranking", ["Rank", "OPD", "Index", "Predikat", "Answered"]),
        "indicators": (
            "Indicators",
            ["No", "Indicator", "Aspect", "Weight (%)", "Value", "Source", "Owner OPD"],
        ),
        "matrix": ("Matrix", ["No", "Indicator"]),
        "opds": (
            "OPD status",
            ["OPD", "Status", "Revision", "Received", "Deadline", "Fingerprint"],
        ),
        "earlier": ("Earlier periods", ["Period", "Index", "Predikat", "Source"]),
        "aspects": ("Aspects", ["Code", "Aspect", "Index"]),
    },
}


def write_workbook(ws: Workspace, out: str | Path, lang: str = "id") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    data = coordinator_status(ws, lang)
    labels = HEADERS["en" if lang == "en" else "id"]
    inst = ws.instrument
    opds = list_opds(ws)
    names = {o.id: o.name for o in opds}
    book = Workbook()
    book.remove(book.active)

    def sheet(key: str, rows: list[list[Any]], extra_headers: list[str] | None = None) -> None:
        title, headers = labels[key]
        page = book.create_sheet(title)
        page.append(headers + (extra_headers or []))
        for cell in page[1]:
            cell.font = Font(bold=True)
        for row in rows:
            page.append(row)
        page.freeze_panes = "A2"
        for column in range(1, page.max_column + 1):
            width = max(len(str(c.value or "")) for c in page[get_column_letter(column)])
            page.column_dimensions[get_column_letter(column)].width = min(max(10, width + 2), 60)
            for cell in page[get_column_letter(column)][1:]:
                if isinstance(cell.value, float):
                    cell.number_format = "0.00"

    shown = data["index_display"] or data["provisional_display"]
    sheet(
        "summary",
        [
            ["Pemda", data["pemda"]],
            ["Periode" if lang != "en" else "Period", data["period"]],
            ["Instrumen" if lang != "en" else "Instrument", text(inst.title, lang)],
            [text(inst.index_name, lang), None if shown is None else float(shown)],
            ["Predikat", data["predicate"]],
            [
                "Sementara" if lang != "en" else "Provisional",
                ("ya" if lang != "en" else "yes") if data["provisional"] else "-",
            ],
            ["OPD", len(opds)],
        ],
    )
    sheet(
        "aspects",
        [[g["id"], g["name"], g["index"]] for g in data["domains"] + data["aspects"]],
    )
    sheet(
        "ranking",
        [
            [r["rank"], r["name"], r["index"], r["predicate"], r["answered"]]
            for r in data["ranking"]
        ],
    )
    by_number = {i["number"]: i for i in data["indicators"]}
    sheet(
        "indicators",
        [
            [
                ind.number,
                text(ind.short_name, lang),
                ind.aspect_id,
                float(ind.weight),
                by_number[ind.number]["value"],
                by_number[ind.number]["source"],
                names.get(by_number[ind.number]["owner"] or "", ""),
            ]
            for ind in inst.indicators
        ],
    )
    sheet(
        "matrix",
        [
            [ind.number, text(ind.short_name, lang)]
            + [by_number[ind.number]["answers"].get(o.id) for o in opds]
            for ind in inst.indicators
        ],
        [o.name for o in opds],
    )
    sheet(
        "opds",
        [
            [
                o["name"],
                o["status"],
                o["revision"],
                o["received_at"],
                o["deadline"],
                o["fingerprint"],
            ]
            for o in data["opds"]
        ],
    )
    sheet(
        "earlier",
        [[e["period"], e["index"], e["predicate"], e["source"]] for e in data["earlier"]],
    )
    with written_in_place(out) as partial:
        book.save(partial)
    return Path(out)
