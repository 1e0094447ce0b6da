"""Items from a sheet copied from the national portal (CSV or XLSX).

Columns, found by name in a header row near the top: `Indikator` (number or id), `Level`, `Butir`
(the item's text) and optionally `Kode` (the portal's code) and `Umur maks` (how many months old
its evidence may be at most). Every row is checked before any is taken in; one bad row refuses
the file with its row number and nothing changes. An item already there (same text or same code
in that level) is not added twice, so a sheet can be imported again after the portal changed; an
item already there that is not the instrument's takes the sheet's Umur maks when it gives one.
With `retire_others`, the items of each level named in the sheet that the sheet does not list are
retired: the portal's own list then replaces the pack's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.errors import InputError, SpbeError
from spbe_desktop.core.workspace.answer_import import read_rows
from spbe_desktop.core.workspace.workspace import Workspace

from .items import LevelItem, add_item, all_items, check_max_age, retire_item, set_max_age

COLUMNS = {
    "indicator": ("indikator", "indicator", "no indikator", "nomor indikator"),
    "level": ("level", "tingkat"),
    "text": ("butir", "item", "butir data dukung", "data dukung", "uraian"),
    "code": ("kode", "code", "kode butir"),
    "max_age": ("umur maks", "umur maks.", "umur maks (bulan)", "umur maksimal", "max age"),
}
HEADER_SEARCH_ROWS = 10


class SheetItem(NamedTuple):
    row: int
    indicator_id: str
    level: int
    text: str
    code: str | None
    max_age_months: int | None = None


class ImportResult(NamedTuple):
    added: list[LevelItem]
    already: int
    retired: list[LevelItem]
    updated: tuple[LevelItem, ...] = ()  # items already there given the sheet's Umur maks


def import_items(
    ws: Workspace, path: str | Path, *, retire_others: bool = False, origin: str = "portal"
) -> ImportResult:
    rows = parse_item_rows(ws, read_rows(path))
    existing = all_items(ws)
    added: list[LevelItem] = []
    already = 0
    updated: list[LevelItem] = []
    matched: set[tuple[str, int, int]] = set()
    with ws.transaction():
        for row in rows:
            level_items = existing[row.indicator_id][row.level] + [
                it for it in added if (it.indicator_id, it.level) == (row.indicator_id, row.level)
            ]
            twin = _same(level_items, row)
            if twin is not None:
                matched.add((row.indicator_id, row.level, twin.number))
                already += 1
                if _newer_age(twin, row):
                    updated.append(
                        set_max_age(
                            ws, twin.indicator_id, twin.level, twin.number, row.max_age_months
                        )
                    )
                continue
            item = add_item(
                ws,
                row.indicator_id,
                row.level,
                row.text,
                row.code,
                origin=origin,
                max_age_months=row.max_age_months,
            )
            matched.add((item.indicator_id, item.level, item.number))
            added.append(item)
        retired = []
        if retire_others:
            for ind_id, level in {(r.indicator_id, r.level) for r in rows}:
                for it in existing[ind_id][level]:
                    if not it.retired and (ind_id, level, it.number) not in matched:
                        retired.append(retire_item(ws, ind_id, level, it.number))
    return ImportResult(added, already, retired, tuple(updated))


def _newer_age(item: LevelItem, row: SheetItem) -> bool:
    """Whether the sheet gives an item already there (not the instrument's) another Umur maks."""
    return (
        item.origin != "pack"
        and row.max_age_months is not None
        and row.max_age_months != item.max_age_months
    )


def parse_item_rows(ws: Workspace, rows: list[list[Any]]) -> list[SheetItem]:
    header_at, where = _header(rows)
    items = []
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = {f: (row[i] if i < len(row) else None) for f, i in where.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        try:
            items.append(_item(ws, number, cells))
        except SpbeError as exc:
            raise InputError(
                f"Baris {number}: {exc.message('id')}",
                f"Row {number}: {exc.message('en')}",
                code=exc.code,
            ) from exc
    if not items:
        raise InputError(
            "Berkas tidak berisi butir.", "The file lists no items.", code="EMPTY_FILE"
        )
    return items


def _header(rows: list[list[Any]]) -> tuple[int, dict[str, int]]:
    for at, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        headers = [" ".join(str(h or "").split()).lower() for h in row]
        where = {}
        for field, names in COLUMNS.items():
            for i, header in enumerate(headers):
                if header in names:
                    where[field] = i
                    break
        if {"indicator", "level", "text"} <= where.keys():
            return at, where
    raise InputError(
        "Tidak ada baris judul kolom Indikator, Level, Butir (dan Kode) di bagian atas berkas.",
        "No header row with the columns Indikator, Level, Butir (and Kode) near the top.",
        code="MISSING_COLUMNS",
    )


def _item(ws: Workspace, row: int, cells: dict[str, Any]) -> SheetItem:
    if _blank(cells.get("indicator")):
        raise InputError("kolom Indikator kosong.", "the Indikator column is empty.")
    ind = ws.instrument.indicator(_text(cells["indicator"]))
    level_text = _text(cells.get("level"))
    if not level_text.isdigit() or int(level_text) not in ws.instrument.item_levels:
        levels = ws.instrument.item_levels
        raise InputError(
            f"level '{level_text}' tidak sah (pakai {levels[0]}–{levels[-1]}).",
            f"level '{level_text}' is not valid (use {levels[0]}–{levels[-1]}).",
            code="LEVEL_OUT_OF_RANGE",
        )
    text = " ".join(_text(cells.get("text")).split())
    if not text:
        raise InputError("kolom Butir kosong.", "the Butir column is empty.")
    code = _text(cells.get("code")) or None
    return SheetItem(row, ind.id, int(level_text), text, code, _months(cells.get("max_age")))


def _months(value: Any) -> int | None:
    """The `Umur maks` cell: blank for any age, else a whole number of months."""
    shown = _text(value)
    if not shown:
        return None
    months = int(shown) if shown.isdigit() else shown  # words are refused as they stand
    check_max_age(months)
    return months


def _same(items: list[LevelItem], row: SheetItem) -> LevelItem | None:
    wanted = row.text.casefold()
    for it in items:
        if row.code and it.code and it.code.casefold() == row.code.casefold():
            return it
        if " ".join(it.text.get("id", "").split()).casefold() == wanted:
            return it
    return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
