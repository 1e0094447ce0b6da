"""Evidence items ("butir data dukung"): what the portal asks for, level by level.

A level's items are the instrument's own (pack data, numbered 1, 2, … in pack order) followed by
the ones a workspace adds (an OPD, or the coordinator through an assignment). Numbers never move:
assessors' verdicts refer to them, so an item that no longer applies is retired, not deleted.
Each item has a note for the portal's note field and page references ("hal. 3–5").
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.instrument.pack import Indicator, LocalText
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

ORIGINS = ("pack", "opd", "coordinator", "portal")
MAX_TEXT = 1000
MAX_NOTE = 5000
MAX_AGE_MONTHS = 240  # as the instrument packs allow


class LevelItem(NamedTuple):
    indicator_id: str
    level: int
    number: int
    text: LocalText
    code: str | None
    max_age_months: int | None
    origin: str  # one of ORIGINS
    retired: bool


class ItemNote(NamedTuple):
    note: str
    pages: str


ItemKey = tuple[str, int, int]  # (indicator id, level, number)


def item_ref(level: int, number: int, indicator: int | None = None) -> str:
    """How the portal numbers an item: L2-03, or I14-L2-03 with its indicator's number."""
    ref = f"L{level}-{number:02d}"
    return ref if indicator is None else f"I{indicator}-{ref}"


def all_items(ws: Workspace) -> dict[str, dict[int, list[LevelItem]]]:
    """Every indicator's items per level (retired ones included, marked), in number order."""
    return _items_of(ws, None)


def indicator_items(ws: Workspace, indicator_ref: str | int) -> dict[int, list[LevelItem]]:
    """One indicator's items per level, read for it alone (the indicator page, per switch)."""
    ind = ws.instrument.indicator(indicator_ref)
    return _items_of(ws, ind.id)[ind.id]


def _items_of(ws: Workspace, only: str | None) -> dict[str, dict[int, list[LevelItem]]]:
    where, args = ("WHERE indicator_id = ?", (only,)) if only else ("", ())
    retired = {
        tuple(r)
        for r in ws.conn.execute(
            f"SELECT indicator_id, level, number FROM retired_items {where}", args
        )
    }
    own: dict[tuple[str, int], list[LevelItem]] = defaultdict(list)
    for ind_id, level, number, text, code, origin, months in ws.conn.execute(
        f"SELECT indicator_id, level, number, text, code, origin, max_age_months FROM items "
        f"{where} ORDER BY indicator_id, level, number",
        args,
    ):
        own[(ind_id, level)].append(
            LevelItem(ind_id, level, number, {"id": text}, code, months, origin, False)
        )
    result: dict[str, dict[int, list[LevelItem]]] = {}
    for ind in ws.instrument.indicators:
        if only is not None and ind.id != only:
            continue
        levels = {}
        for level in ws.instrument.item_levels:
            items = _pack_items(ind, level) + own.get((ind.id, level), [])
            levels[level] = [
                it._replace(retired=(ind.id, level, it.number) in retired) for it in items
            ]
        result[ind.id] = levels
    return result


def level_items(ws: Workspace, indicator_ref: str | int, level: int) -> list[LevelItem]:
    ind = ws.instrument.indicator(indicator_ref)
    _check_item_level(ws, level)
    return indicator_items(ws, ind.id)[level]


def get_item(ws: Workspace, indicator_ref: str | int, level: int, number: int) -> LevelItem:
    ind = ws.instrument.indicator(indicator_ref)
    for item in level_items(ws, ind.id, level):
        if item.number == number:
            return item
    raise InputError(
        f"Indikator {ind.number} level {level} tidak punya butir {number}.",
        f"Indicator {ind.number} level {level} has no item {number}.",
        code="UNKNOWN_ITEM",
    )


def add_item(
    ws: Workspace,
    indicator_ref: str | int,
    level: int,
    text: str,
    code: str | None = None,
    *,
    origin: str | None = None,
    number: int | None = None,
    max_age_months: int | None = None,
) -> LevelItem:
    """Add an item after the level's last one (or at `number`, when taken in from another
    workspace and that number is still free); returns it with its number. The origin defaults
    to the workspace's kind (an OPD's or the coordinator's own item). `max_age_months`: how
    recent its evidence must be (none: any age)."""
    ind = ws.instrument.indicator(indicator_ref)
    if origin is None:
        origin = "coordinator" if ws.info.kind == "coordinator" else "opd"
    _check_item_level(ws, level)
    text = " ".join((text or "").split())
    code = (code or "").strip() or None
    if not text:
        raise InputError("Teks butir tidak boleh kosong.", "The item text must not be empty.")
    if len(text) > MAX_TEXT or (code is not None and len(code) > 40):
        raise InputError(
            f"Teks butir paling banyak {MAX_TEXT} karakter, kodenya 40.",
            f"An item's text may have at most {MAX_TEXT} characters, its code 40.",
        )
    check_max_age(max_age_months)
    if origin not in ORIGINS[1:]:
        raise ValueError(f"unknown origin {origin!r}")
    with ws.transaction() as conn:
        taken = {it.number for it in level_items(ws, ind.id, level)}
        if number is None or number in taken or number < 1:
            number = max(taken, default=0) + 1
        conn.execute(
            "INSERT INTO items (indicator_id, level, number, text, code, origin, added_at, "
            "max_age_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ind.id, level, number, text, code, origin, now_utc(), max_age_months),
        )
        details = {"level": level, "number": number, "text": text, "code": code, "origin": origin}
        if max_age_months is not None:
            details["max_age_months"] = max_age_months
        ws.log("item.added", ind.id, details)
    return get_item(ws, ind.id, level, number)


def check_max_age(months: object) -> None:
    """Refuse anything but a whole number of months, 1 to MAX_AGE_MONTHS (None: any age)."""
    if months is not None and (
        isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_AGE_MONTHS
    ):
        raise InputError(
            f"Umur bukti paling lama ditulis dalam bulan, 1 sampai {MAX_AGE_MONTHS}.",
            f"The evidence's maximum age is a number of months, 1 to {MAX_AGE_MONTHS}.",
            code="BAD_MAX_AGE",
        )


def set_max_age(
    ws: Workspace, indicator_ref: str | int, level: int, number: int, months: int | None
) -> LevelItem:
    """How recent an own item's evidence must be, in months (None: any age). The instrument's
    items keep what the pack says."""
    item = get_item(ws, indicator_ref, level, number)
    if item.origin == "pack":
        raise InputError(
            "Butir instrumen tidak bisa diubah; tambahkan butir sendiri bila perlu.",
            "The instrument's items cannot be changed; add an item of your own if needed.",
            code="PACK_ITEM",
        )
    check_max_age(months)
    if item.max_age_months == months:
        return item
    with ws.transaction() as conn:
        conn.execute(
            "UPDATE items SET max_age_months = ? WHERE indicator_id = ? AND level = ? AND number = ?",
            (months, item.indicator_id, level, number),
        )
        details = {"level": level, "number": number, "max_age_months": months}
        ws.log("item.max_age", item.indicator_id, details)
    return item._replace(max_age_months=months)


def retire_item(ws: Workspace, indicator_ref: str | int, level: int, number: int) -> LevelItem:
    """Take an item out of use; its number is never given to another item."""
    item = get_item(ws, indicator_ref, level, number)
    if item.retired:
        return item
    with ws.transaction() as conn:
        conn.execute(
            "INSERT INTO retired_items (indicator_id, level, number, retired_at) VALUES (?, ?, ?, ?)",
            (item.indicator_id, level, number, now_utc()),
        )
        ws.log("item.retired", item.indicator_id, {"level": level, "number": number})
    return item._replace(retired=True)


def restore_item(ws: Workspace, indicator_ref: str | int, level: int, number: int) -> LevelItem:
    """Put a retired item back in use."""
    item = get_item(ws, indicator_ref, level, number)
    if not item.retired:
        return item
    with ws.transaction() as conn:
        conn.execute(
            "DELETE FROM retired_items WHERE indicator_id = ? AND level = ? AND number = ?",
            (item.indicator_id, level, number),
        )
        ws.log("item.restored", item.indicator_id, {"level": level, "number": number})
    return item._replace(retired=False)


def item_notes(ws: Workspace) -> dict[ItemKey, ItemNote]:
    return {
        (r[0], r[1], r[2]): ItemNote(r[3], r[4])
        for r in ws.conn.execute("SELECT indicator_id, level, number, note, pages FROM item_notes")
    }


def item_note(ws: Workspace, indicator_ref: str | int, level: int, number: int) -> ItemNote:
    item = get_item(ws, indicator_ref, level, number)
    return item_notes(ws).get((item.indicator_id, level, number), ItemNote("", ""))


def set_item_note(
    ws: Workspace,
    indicator_ref: str | int,
    level: int,
    number: int,
    note: str | None = None,
    pages: str | None = None,
) -> ItemNote:
    """Change an item's note and/or page references (those given); logged when changed."""
    item = get_item(ws, indicator_ref, level, number)
    old = item_note(ws, item.indicator_id, level, number)
    new = ItemNote(
        old.note if note is None else note.strip(),
        old.pages if pages is None else " ".join(pages.split()),
    )
    if len(new.note) > MAX_NOTE or len(new.pages) > 200:
        raise InputError(
            f"Catatan butir paling banyak {MAX_NOTE} karakter, rujukan halaman 200.",
            f"An item note may have at most {MAX_NOTE} characters, page references 200.",
        )
    if new == old:
        return old
    with ws.transaction() as conn:
        conn.execute(
            "INSERT INTO item_notes (indicator_id, level, number, note, pages, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(indicator_id, level, number) DO UPDATE SET "
            "note = excluded.note, pages = excluded.pages, updated_at = excluded.updated_at",
            (item.indicator_id, level, number, new.note, new.pages, now_utc()),
        )
        changes = {
            field: {"from": getattr(old, field), "to": getattr(new, field)}
            for field in ("note", "pages")
            if getattr(old, field) != getattr(new, field)
        }
        ws.log("item.note", item.indicator_id, {"level": level, "number": number, **changes})
    return new


def own_items(ws: Workspace, origin: str | None = None) -> list[LevelItem]:
    """The items this workspace added (of one origin, when given), in portal order."""
    rows = [
        it
        for levels in all_items(ws).values()
        for items in levels.values()
        for it in items
        if it.origin != "pack" and (origin is None or it.origin == origin)
    ]
    return rows


def check_placement(
    ws: Workspace, indicator: Indicator, level: int | None, item: int | None
) -> int | None:
    """The item number evidence lands on: item 1 when only the level is given, none without a
    level. Refuses an unknown or retired item."""
    if level is None:
        if item is not None:
            raise InputError(
                "Sebutkan levelnya juga (--level) bila memilih butir.",
                "Give the level as well (--level) when choosing an item.",
                code="ITEM_WITHOUT_LEVEL",
            )
        return None
    ws.instrument.check_level(level)
    if level not in ws.instrument.item_levels:
        raise InputError(
            f"Level {level} berarti belum ada apa-apa; bukti dukung tidak ditempatkan di sana.",
            f"Level {level} means nothing exists yet; evidence is not placed there.",
            code="LEVEL_WITHOUT_ITEMS",
        )
    number = 1 if item is None else item
    found = get_item(ws, indicator.id, level, number)
    if found.retired:
        raise InputError(
            f"Butir {number} level {level} indikator {indicator.number} sudah tidak dipakai.",
            f"Item {number} of level {level}, indicator {indicator.number}, is retired.",
            code="ITEM_RETIRED",
        )
    return number


def _pack_items(ind: Indicator, level: int) -> list[LevelItem]:
    return [
        LevelItem(ind.id, level, n, it.text, it.code, it.max_age_months, "pack", False)
        for n, it in enumerate(ind.items.get(level, ()), start=1)
    ]


def _check_item_level(ws: Workspace, level: int) -> None:
    ws.instrument.check_level(level)
    if level not in ws.instrument.item_levels:
        raise InputError(
            f"Level {level} tidak punya butir data dukung.",
            f"Level {level} has no evidence items.",
            code="LEVEL_WITHOUT_ITEMS",
        )
