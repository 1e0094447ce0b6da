"""`catatan.xlsx` and `catatan.html` beside the files of a portal folder, in portal order.

One row per file: indicator, level, item number, the item's text and code, the file name as
written in the folder, its size, the note for the portal's note field, page references, and for a
coordinator the OPD the evidence comes from. Then what is still missing per claimed level, what
needs converting, what is over the size limit, evidence placed on no item and, for a coordinator,
the conflicts it has not decided.
"""

from __future__ import annotations

import html
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING

from spbe_desktop.core.evidence.items import item_ref

if TYPE_CHECKING:
    from .result import PortalResult, WrittenFile

NOTES_XLSX = "catatan.xlsx"
NOTES_HTML = "catatan.html"
HEADER = [
    "Indikator",
    "Level",
    "Butir",
    "Uraian butir",
    "Kode",
    "Berkas",
    "Ukuran (MB)",
    "Catatan",
    "Halaman",
    "Keterangan",
]
MISSING_HEADER = ["Indikator", "Level", "Butir", "Uraian butir", "Keterangan"]

WORDS = {
    "id": {
        "title": "Catatan unggah portal",
        "files": "Berkas per butir",
        "missing": "Belum ada bukti (level 1 sampai level yang diklaim)",
        "none_missing": "Semua butir sampai level yang diklaim sudah ada buktinya.",
        "no_item": "tidak ada butir yang dipakai",
        "convert": "perlu dikonversi ke PDF",
        "over": "melebihi batas {limit} MB",
        "downscaled": "gambar diperkecil",
        "unplaced": "Bukti dukung yang belum ditempatkan pada butir (tidak ikut diunggah)",
        "unresolved": "Konflik yang belum diputuskan (tidak ikut diunggah)",
        "period": "Periode",
        "instrument": "Instrumen",
        "pages": "halaman",
    },
    "en": {
        "title": "Portal upload notes",
        "files": "Files per item",
        "missing": "No evidence yet (levels 1 up to the claimed level)",
        "none_missing": "Every item up to the claimed level has evidence.",
        "no_item": "no item in use",
        "convert": "needs converting to PDF",
        "over": "over the {limit} MB limit",
        "downscaled": "images scaled down",
        "unplaced": "Evidence placed on no item (not uploaded)",
        "unresolved": "Conflicts not yet decided (not uploaded)",
        "period": "Period",
        "instrument": "Instrument",
        "pages": "pages",
    },
}


def write_notes(result: PortalResult, folder: Path, lang: str = "id") -> None:
    _write_xlsx(result, folder / NOTES_XLSX, lang)
    (folder / NOTES_HTML).write_text(notes_html(result, lang), encoding="utf-8")


def portal_note(note: str, pages: str) -> str:
    """The text for the portal's note field: the note, then its page references."""
    if note and pages:
        return f"{note} ({pages})"
    return note or pages


def remarks(written: WrittenFile, limit_mb: str, lang: str) -> str:
    words = WORDS.get(lang, WORDS["id"])
    parts = []
    if written.out.needs_conversion:
        parts.append(words["convert"])
    if written.downscaled:
        parts.append(words["downscaled"])
    if written.over_limit:
        parts.append(words["over"].format(limit=limit_mb))
    if written.pages:
        parts.append(f"{written.pages} {words['pages']}")
    return "; ".join(parts)


def _rows(result: PortalResult, lang: str) -> list[list]:
    limit = _mb(result.max_bytes, lang)
    rows = []
    for written in result.files:
        item = written.out.item
        row = [
            item.indicator,
            item.level,
            item.number,
            item.text,
            item.code or "",
            written.name,
            float(f"{written.size / 1024 / 1024:.2f}"),
            portal_note(item.note, item.pages),
            item.pages,
            remarks(written, limit, lang),
        ]
        if result.plan.coordinator:
            row.insert(1, item.opd)
        rows.append(row)
    return rows


def _write_xlsx(result: PortalResult, path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    plan = result.plan
    words = WORDS.get(lang, WORDS["id"])
    book = Workbook()
    sheet = book.active
    sheet.title = "Catatan"
    sheet.append([f"{words['title']} — {plan.heading.get('opd', '')}"])
    sheet.append(
        [f"{words['period']} {plan.heading.get('period', '')}", plan.heading.get("instrument", "")]
    )
    header = _header(HEADER, plan.coordinator)
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in _rows(result, lang):
        sheet.append(row)
    sheet["A1"].font = Font(bold=True, size=13)
    widths = {"Uraian butir": 50, "Berkas": 42, "Catatan": 50, "OPD": 30, "Keterangan": 30}
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(3, index).column_letter].width = widths.get(name, 11)
    # One style for every body cell, set once and shared: assigning a new Alignment per cell
    # costs a style lookup each (seconds for a few thousand cells).
    wrapped = None
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if wrapped is None:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                wrapped = cell._style
            else:
                cell._style = copy(wrapped)
    sheet.freeze_panes = "A4"
    missing = book.create_sheet("Belum ada bukti")
    missing.append(_header(MISSING_HEADER, plan.coordinator))
    for cell in missing[1]:
        cell.font = Font(bold=True)
    for m in plan.missing:
        row = [m.indicator, m.level, m.number or "", m.text, "" if m.number else words["no_item"]]
        if plan.coordinator:
            row.insert(1, m.opd)
        missing.append(row)
    for indicator, why in plan.unresolved:
        row = [indicator, "", "", "", why]
        if plan.coordinator:
            row.insert(1, "")
        missing.append(row)
    book.save(path)


def _header(columns: list[str], coordinator: bool) -> list[str]:
    return [columns[0], "OPD", *columns[1:]] if coordinator else list(columns)


def notes_html(result: PortalResult, lang: str = "id") -> str:
    plan = result.plan
    words = WORDS.get(lang, WORDS["id"])
    esc = html.escape
    header = _header(HEADER, plan.coordinator)
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(_cell(v, lang))}</td>" for v in row) + "</tr>"
        for row in _rows(result, lang)
    )
    parts = [
        f"<h1>{esc(words['title'])} — {esc(plan.heading.get('opd', ''))}</h1>",
        f"<p>{esc(words['period'])} {esc(plan.heading.get('period', ''))} · "
        f"{esc(words['instrument'])}: {esc(plan.heading.get('instrument', ''))}</p>",
        f"<h2>{esc(words['files'])}</h2>",
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>",
        f"<h2>{esc(words['missing'])}</h2>",
    ]
    if plan.missing:
        items = "".join(
            f"<li>{item_ref(m.level, m.number, m.indicator)} {esc(m.text)}"
            + (f" ({esc(m.opd)})" if plan.coordinator else "")
            + "</li>"
            if m.number
            else f"<li>I{m.indicator}-L{m.level}: {esc(words['no_item'])}</li>"
            for m in plan.missing
        )
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f"<p>{esc(words['none_missing'])}</p>")
    if plan.unplaced:
        listed = "".join(f"<li>I{n}: {esc(name)}</li>" for n, name in plan.unplaced)
        parts.append(f"<h2>{esc(words['unplaced'])}</h2><ul>{listed}</ul>")
    if plan.unresolved:
        listed = "".join(f"<li>I{n}: {esc(why)}</li>" for n, why in plan.unresolved)
        parts.append(f"<h2>{esc(words['unresolved'])}</h2><ul>{listed}</ul>")
    return _PAGE.format(lang=esc(lang), title=esc(words["title"]), body="\n".join(parts))


def _cell(value: object, lang: str) -> str:
    if isinstance(value, float):
        shown = f"{value:.2f}"
        return shown.replace(".", ",") if lang == "id" else shown
    return str(value)


def _mb(size: int, lang: str) -> str:
    shown = size / 1024 / 1024
    return f"{shown:g}" if lang == "en" else f"{shown:g}".replace(".", ",")


_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; }}
h1 {{ font-size: 14pt; margin: 0 0 4pt; }} h2 {{ font-size: 12pt; margin: 14pt 0 4pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #444; padding: 3pt 4pt; vertical-align: top; text-align: left; }}
th {{ background: #ddd; }} tr {{ page-break-inside: avoid; }}
</style></head>
<body>
{body}
</body></html>
"""
