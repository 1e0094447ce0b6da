"""The assessor sheet to fill in: one row per item of levels 1..claimed, with empty `Status`,
`Catatan` and `Nilai` columns, drop-down lists for the status and a number check for the value.

The layout is plain data in, a workbook out: the rows come from the workspace (see
`catalogue.template_rows`); this module only lays them out. The first sheet is the one read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.files import written_in_place

from .statuses import STATUSES

HEADERS = (
    "OPD",
    "Indikator",
    "Nama indikator",
    "Level",
    "Butir",
    "Uraian butir",
    "Berkas",
    "Status",
    "Catatan",
    "Nilai",
)
WIDTHS = (22, 10, 40, 7, 7, 50, 36, 18, 40, 8)
STATUS_COL, NOTE_COL, VALUE_COL = "H", "I", "J"


class TemplateRow(NamedTuple):
    opd: str
    indicator: int
    indicator_name: str
    level: int
    number: int
    text: str
    files: str


def write_template(
    rows: Sequence[TemplateRow],
    out: str | Path,
    *,
    title: str,
    level_min: int,
    level_max: int,
    lang: str = "id",
) -> Path:
    """Write the sheet to `out` (through a temporary file, so a failure leaves nothing)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Penilaian"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
    for row in rows:
        sheet.append(
            [row.opd, row.indicator, row.indicator_name, row.level, row.number, row.text, row.files]
        )
    for col, width in zip("ABCDEFGHIJ", WIDTHS, strict=True):
        sheet.column_dimensions[col].width = width
    for line in sheet.iter_rows(min_row=2, min_col=6, max_col=7):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    last = max(len(rows) + 1, 2)
    statuses = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUSES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Status",
        error="Pilih dari daftar: " + ", ".join(STATUSES),
    )
    statuses.add(f"{STATUS_COL}2:{STATUS_COL}{last}")
    value = DataValidation(
        type="decimal",
        operator="between",
        formula1=str(level_min),
        formula2=str(level_max),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Nilai",
        error=f"Nilai {level_min} sampai {level_max}, boleh pecahan (mis. 1,26).",
    )
    value.add(f"{VALUE_COL}2:{VALUE_COL}{last}")
    sheet.add_data_validation(statuses)
    sheet.add_data_validation(value)
    _help_sheet(book.create_sheet("Petunjuk"), title, lang)
    target = Path(out)
    with written_in_place(target) as part:
        book.save(part)
    return target


def _help_sheet(sheet, title: str, lang: str) -> None:
    lines = [
        title,
        "",
        "Isi kolom Status setiap butir: " + ", ".join(STATUSES) + ".",
        "Catatan: kata-kata asesor (mis. dokumen belum ditandatangani).",
        "Nilai: nilai indikator dari asesor bila ada (boleh pecahan, mis. 1,26); cukup satu baris"
        " per indikator.",
        "Butir kosong berarti semua butir level itu.",
        "Baca kembali dengan: spbe coord assessor RUANG-KERJA --from BERKAS.xlsx --round dokumen",
    ]
    if lang == "en":
        lines += [
            "",
            "Fill in Status for every item; Catatan holds the assessor's words; Nilai the"
            " indicator's value where the assessors gave one (fractions allowed). A blank Butir"
            " means every item of that level.",
        ]
    for line in lines:
        sheet.append([line])
    sheet.column_dimensions["A"].width = 110
