"""Answers from a spreadsheet (CSV or XLSX): how people coming from Excel start.

Columns are found by name (English or Indonesian): indicator/indikator, level/tingkat,
note/catatan/penjelasan, and optionally score/skor (indicators valued from another agency's index)
and service/layanan (the sectoral service an OPD names itself). Every row is checked before any is
applied; one bad row rejects the file with its row number, and the workspace stays unchanged.
"""

from __future__ import annotations

import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from spbe_desktop.core.errors import InputError, SpbeError
from spbe_desktop.core.instrument.pack import Instrument

COLUMNS = {
    "indicator": ("indicator", "indikator", "no", "nomor", "id"),
    "level": ("level", "tingkat", "tingkat kematangan"),
    "justification": ("note", "catatan", "penjelasan", "justifikasi", "justification"),
    "external_score": ("score", "skor", "nilai indeks"),
    "service_name": ("service", "layanan", "nama layanan", "service_name"),
}


def read_rows(path: str | Path) -> list[list[Any]]:
    path = Path(path)
    if not path.is_file():
        raise InputError(
            f"Berkas {path} tidak ditemukan.",
            f"The file {path} was not found.",
            code="FILE_NOT_FOUND",
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise InputError(
        f"{path.name}: gunakan berkas CSV atau XLSX.",
        f"{path.name}: use a CSV or XLSX file.",
        code="UNSUPPORTED_FILE",
    )


def parse_answers(instrument: Instrument, rows: list[list[Any]]) -> list[dict[str, Any]]:
    """Turn sheet rows (first row = headers) into answer changes, checking every row."""
    if not rows:
        raise InputError("Berkas kosong.", "The file is empty.", code="EMPTY_FILE")
    headers = [str(h or "").strip().lower() for h in rows[0]]
    where = {}
    for field, names in COLUMNS.items():
        for i, header in enumerate(headers):
            if header in names:
                where[field] = i
                break
    if "indicator" not in where or not (
        {"level", "justification", "external_score"} & where.keys()
    ):
        raise InputError(
            "Baris pertama harus berisi judul kolom: indikator, level, catatan.",
            "The first row must hold the column names: indicator, level, note.",
            code="MISSING_COLUMNS",
        )
    changes = []
    for number, row in enumerate(rows[1:], start=2):
        cells = {f: (row[i] if i < len(row) else None) for f, i in where.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        try:
            changes.append(_change(instrument, cells))
        except SpbeError as exc:
            raise InputError(
                f"Baris {number}: {exc.message('id')}",
                f"Row {number}: {exc.message('en')}",
                code=exc.code,
            ) from exc
    return changes


def _change(instrument: Instrument, cells: dict[str, Any]) -> dict[str, Any]:
    ind = instrument.indicator(_as_text(cells["indicator"]))
    change: dict[str, Any] = {"indicator": ind.id}
    if not _blank(cells.get("level")):
        change["level"] = instrument.check_level(_as_int(cells["level"]))
    if "justification" in cells and not _blank(cells["justification"]):
        change["justification"] = _as_text(cells["justification"])
    if not _blank(cells.get("external_score")):
        if ind.external is None:
            raise InputError(
                f"indikator {ind.number} tidak memakai skor indeks lain.",
                f"indicator {ind.number} does not take another agency's score.",
                code="NOT_EXTERNAL",
            )
        score = _as_decimal(cells["external_score"])
        ind.external.value_for(score)
        change["external_score"] = score
    if not _blank(cells.get("service_name")):
        change["service_name"] = _as_text(cells["service_name"])
    return change


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _as_int(value: Any) -> int:
    try:
        number = Decimal(_as_text(value).replace(",", "."))
    except InvalidOperation:
        number = None
    if number is None or number != number.to_integral_value():
        raise InputError(
            f"level '{value}' harus bilangan bulat.",
            f"level '{value}' must be a whole number.",
            code="LEVEL_OUT_OF_RANGE",
        )
    return int(number)


def _as_decimal(value: Any) -> Decimal:
    try:
        return Decimal(_as_text(value).replace(",", "."))
    except InvalidOperation as exc:
        raise InputError(
            f"skor '{value}' bukan angka.",
            f"score '{value}' is not a number.",
            code="INPUT_INVALID",
        ) from exc


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(text.splitlines(), dialect)]


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise InputError(
            f"{path.name} tidak bisa dibaca sebagai XLSX: {exc}",
            f"{path.name} cannot be read as XLSX: {exc}",
            code="UNREADABLE_FILE",
        ) from exc
    try:
        sheet = book.active
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
