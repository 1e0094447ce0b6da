"""An assessor sheet read back: every row checked, the whole file refused on the first bad row.

Columns are found by name in a header row near the top (Indonesian, or English): `Indikator`
(number or id), `Level`, `Butir` (blank: every item of that level), `Status`, `Catatan` and the
per-indicator `Nilai` (may be fractional, with a decimal point or comma). Other columns (the
item's text, the file uploaded, the OPD) are there for the person filling it in and are ignored.
Rows with neither a status nor a value (the template's unfilled rows) are skipped. Row numbers
are the spreadsheet's own, so "baris 14" is the row a person sees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from spbe_desktop.core.errors import InputError, SpbeError
from spbe_desktop.core.instrument.pack import Instrument

from .statuses import normalise_status

COLUMNS = {
    "indicator": ("indikator", "indicator", "no indikator"),
    "level": ("level", "tingkat"),
    "item": ("butir", "item", "no butir"),
    "status": ("status", "hasil", "putusan", "verdict"),
    "note": ("catatan", "catatan asesor", "note", "notes"),
    "value": ("nilai", "value", "nilai asesor"),
}
HEADER_SEARCH_ROWS = 10
MAX_NOTE = 5000

# indicator id → level → the item numbers the workspace knows there
Catalogue = Mapping[str, Mapping[int, Sequence[int]]]


class ItemVerdict(NamedTuple):
    indicator_id: str
    level: int
    number: int
    status: str
    note: str


class IndicatorValue(NamedTuple):
    indicator_id: str
    value: Decimal
    note: str


class VerdictSheet(NamedTuple):
    items: tuple[ItemVerdict, ...]
    values: tuple[IndicatorValue, ...]

    @property
    def empty(self) -> bool:
        return not self.items and not self.values


def parse_verdicts(
    instrument: Instrument, catalogue: Catalogue, rows: Sequence[Sequence[Any]]
) -> VerdictSheet:
    """Check every row of a sheet and return its verdicts; one bad row refuses the file."""
    header_at, where = _header(rows)
    items: dict[tuple[str, int, int], tuple[ItemVerdict, int]] = {}
    values: dict[str, tuple[IndicatorValue, int]] = {}
    for row_no in range(header_at + 1, len(rows)):
        row = rows[row_no]
        cells = {f: (row[i] if i < len(row) else None) for f, i in where.items()}
        if _blank(cells.get("status")) and _blank(cells.get("value")):
            continue
        try:
            _read_row(instrument, catalogue, cells, row_no + 1, items, values)
        except SpbeError as exc:
            raise InputError(
                f"baris {row_no + 1}: {exc.message('id')}",
                f"row {row_no + 1}: {exc.message('en')}",
                code=exc.code,
            ) from exc
    sheet = VerdictSheet(tuple(v for v, _ in items.values()), tuple(v for v, _ in values.values()))
    if sheet.empty:
        raise InputError(
            "Lembar ini belum berisi status atau nilai apa pun.",
            "This sheet holds no status or value yet.",
            code="NO_VERDICTS",
        )
    return sheet


def _header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]]:
    for at, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        headers = [" ".join(str(c or "").lower().split()) for c in row]
        where: dict[str, int] = {}
        for field, names in COLUMNS.items():
            for i, header in enumerate(headers):
                if header in names and field not in where:
                    where[field] = i
        if "indicator" in where and ({"status", "value"} & where.keys()):
            if "status" in where and "level" not in where:
                break
            return at, where
    raise InputError(
        "Judul kolom tidak ditemukan: perlu Indikator, Level, Butir, Status, Catatan (dan Nilai).",
        "Column names not found: Indikator, Level, Butir, Status, Catatan (and Nilai) are needed.",
        code="MISSING_COLUMNS",
    )


def _read_row(
    instrument: Instrument,
    catalogue: Catalogue,
    cells: dict[str, Any],
    row_no: int,
    items: dict[tuple[str, int, int], tuple[ItemVerdict, int]],
    values: dict[str, tuple[IndicatorValue, int]],
) -> None:
    if _blank(cells.get("indicator")):
        raise InputError("kolom Indikator kosong", "the Indikator column is empty")
    ind = instrument.indicator(_text(cells["indicator"]))
    note = _text(cells.get("note"))[:MAX_NOTE] if not _blank(cells.get("note")) else ""
    if not _blank(cells.get("value")):
        value = _value(instrument, cells["value"])
        earlier = values.get(ind.id)
        if earlier is not None and earlier[0].value != value:
            raise InputError(
                f"nilai indikator {ind.number} sudah {earlier[0].value} di baris {earlier[1]}",
                f"indicator {ind.number} already has the value {earlier[0].value} in row "
                f"{earlier[1]}",
                code="VALUE_TWICE",
            )
        keep = note if _blank(cells.get("status")) else (earlier[0].note if earlier else "")
        values[ind.id] = (IndicatorValue(ind.id, value, keep), row_no)
    if _blank(cells.get("status")):
        return
    status = normalise_status(_text(cells["status"]))
    level = _whole(cells.get("level"), "level")
    known = catalogue.get(ind.id, {})
    if level not in known:
        raise InputError(
            f"indikator {ind.number} tidak punya level {level} untuk dinilai",
            f"indicator {ind.number} has no level {level} to assess",
            code="UNKNOWN_LEVEL",
        )
    if _blank(cells.get("item")):
        numbers = list(known[level])
    else:
        number = _whole(cells["item"], "butir")
        if number not in known[level]:
            raise InputError(
                f"indikator {ind.number} level {level} tidak punya butir {number}",
                f"indicator {ind.number} level {level} has no item {number}",
                code="UNKNOWN_ITEM",
            )
        numbers = [number]
    for number in numbers:
        key = (ind.id, level, number)
        if key in items and items[key][0].status != status:
            raise InputError(
                f"butir {number} level {level} indikator {ind.number} sudah berstatus "
                f"'{items[key][0].status}' di baris {items[key][1]}",
                f"item {number} of level {level}, indicator {ind.number}, already has the "
                f"status '{items[key][0].status}' in row {items[key][1]}",
                code="STATUS_TWICE",
            )
        items[key] = (ItemVerdict(ind.id, level, number, status, note), row_no)


def _value(instrument: Instrument, raw: Any) -> Decimal:
    try:
        value = Decimal(_text(raw).replace(",", "."))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise InputError(
            f"nilai '{raw}' bukan angka", f"value '{raw}' is not a number", code="BAD_VALUE"
        )
    if not instrument.level_min <= value <= instrument.level_max:
        raise InputError(
            f"nilai {value} di luar {instrument.level_min} sampai {instrument.level_max}",
            f"value {value} is outside {instrument.level_min} to {instrument.level_max}",
            code="BAD_VALUE",
        )
    return Decimal(int(value)) if value == value.to_integral_value() else value


def _whole(raw: Any, name: str) -> int:
    try:
        number = Decimal(_text(raw).replace(",", ".")) if not _blank(raw) else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number != number.to_integral_value():
        raise InputError(
            f"{name} '{raw if raw is not None else ''}' harus bilangan bulat",
            f"{'item' if name == 'butir' else name} '{raw if raw is not None else ''}' must be "
            "a whole number",
            code="BAD_NUMBER",
        )
    return int(number)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = int(value) if value.is_integer() else repr(value)
    return str(value).strip()
