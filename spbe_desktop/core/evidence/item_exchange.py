"""The coordinator's items as an assignment carries them to an OPD, and as the OPD takes them in.

An assignment carries the coordinator's own items in use for the assigned indicators (with their
notes and maximum age) and the items it retired there: the instrument's by number, its own by
text (an OPD may hold them under another number). The OPD's workspace adds the items it lacks,
follows a changed age, retires what the coordinator retired and puts back in use what the
coordinator retired before and no longer does. The OPD's own decisions are never undone: the
retirements that came from the coordinator are remembered apart (`META_RETIRED`), and only they
are put back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from spbe_desktop.core.workspace.workspace import Workspace

from .items import (
    LevelItem,
    add_item,
    all_items,
    item_notes,
    own_items,
    restore_item,
    retire_item,
    set_item_note,
    set_max_age,
)

META_RETIRED = "coordinator_retired"  # JSON list of the keys below, as the last assignments said
RetiredKey = tuple[str, str, int, object]  # (origin, indicator, level, number or text)


def assignment_items(ws: Workspace, indicator_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The coordinator's own items in use for the assigned indicators (added one by one or taken
    from the portal's list), with their notes, as an assignment carries them."""
    wanted = set(indicator_ids)
    notes = item_notes(ws)
    rows = []
    for it in own_items(ws):
        if it.indicator_id not in wanted or it.retired:
            continue
        row = {
            "indicator": it.indicator_id,
            "level": it.level,
            "number": it.number,
            "text": it.text["id"],
            "code": it.code,
            # Always said, null for any age: an OPD that took the item in earlier follows a
            # change either way.
            "max_age_months": it.max_age_months,
        }
        note = notes.get((it.indicator_id, it.level, it.number))
        if note is not None and (note.note or note.pages):
            row["note"], row["pages"] = note.note, note.pages
        rows.append(row)
    return rows


def take_in_items(ws: Workspace, rows: Iterable[Mapping[str, Any]]) -> int:
    """Add the coordinator's items an assignment carries (under the coordinator's number when
    it is free), with the coordinator's note when it sends one; an item already taken in (same
    indicator, level and text) is not added again, but takes the maximum age the assignment
    gives it (none: any age; an assignment from before ages were sent says nothing and changes
    nothing). Returns how many were added."""
    added = 0
    with ws.transaction():
        have = {
            (it.indicator_id, it.level, it.text["id"]): it for it in own_items(ws, "coordinator")
        }
        for row in rows:
            key = (str(row["indicator"]), int(row["level"]), _flat(str(row["text"])))
            if key in have:
                there, months = have[key], row.get("max_age_months")
                if "max_age_months" in row and months != there.max_age_months:
                    set_max_age(ws, there.indicator_id, there.level, there.number, months)
                continue
            item = add_item(
                ws,
                key[0],
                key[1],
                key[2],
                row.get("code"),
                origin="coordinator",
                number=int(row["number"]),
                max_age_months=row.get("max_age_months"),
            )
            note, pages = row.get("note") or "", row.get("pages") or ""
            if note or pages:
                if not isinstance(note, str) or not isinstance(pages, str):
                    raise TypeError("an item's note and pages are text")
                set_item_note(ws, key[0], key[1], item.number, note, pages)
            have[key] = item
            added += 1
    return added


def assignment_retired(ws: Workspace, indicator_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The items the coordinator retired for the assigned indicators: the instrument's by
    number, its own by text."""
    wanted = set(indicator_ids)
    rows = []
    for ind_id, levels in all_items(ws).items():
        if ind_id not in wanted:
            continue
        for items in levels.values():
            for it in items:
                if not it.retired:
                    continue
                row: dict[str, Any] = {"indicator": ind_id, "level": it.level}
                if it.origin == "pack":
                    row["number"] = it.number
                else:
                    row["text"] = it.text["id"]
                rows.append(row)
    return rows


def take_in_retired(
    ws: Workspace, rows: Iterable[Mapping[str, Any]], indicator_ids: Sequence[str]
) -> tuple[int, int]:
    """Retire what the assignment says the coordinator retired for its indicators, and put back
    in use what an earlier assignment retired there and this one no longer does. Returns
    (retired, put back)."""
    assigned = set(indicator_ids)
    said = {_key(row) for row in rows}
    if any(key[1] not in assigned for key in said):
        raise ValueError("a retired item outside the assigned indicators")
    before = {tuple(k) for k in json.loads(ws.meta(META_RETIRED) or "[]")}
    retired = put_back = 0
    with ws.transaction():
        items = all_items(ws)
        for key in sorted(said, key=repr):
            item = _find(items, key)
            if item is not None and not item.retired:
                retire_item(ws, item.indicator_id, item.level, item.number)
                retired += 1
        for key in sorted(before - said, key=repr):
            item = _find(items, key) if key[1] in assigned else None
            if item is not None and item.retired:
                restore_item(ws, item.indicator_id, item.level, item.number)
                put_back += 1
        kept = {key for key in before if key[1] not in assigned} | said
        ws.set_meta(META_RETIRED, json.dumps(sorted(kept, key=repr), ensure_ascii=False))
    return retired, put_back


def retired_by_coordinator(
    ws: Workspace, indicator_id: str, levels: Mapping[int, Sequence[LevelItem]]
) -> set[tuple[int, int]]:
    """(level, number) of the indicator's items (`levels`, as read for it) that are retired
    because an assignment said so."""
    keys = [tuple(k) for k in json.loads(ws.meta(META_RETIRED) or "[]") if k[1] == indicator_id]
    found = [_find({indicator_id: levels}, key) for key in keys]
    return {(it.level, it.number) for it in found if it is not None and it.retired}


def _key(row: Mapping[str, Any]) -> RetiredKey:
    indicator, level = str(row["indicator"]), int(row["level"])
    if "number" in row:
        return ("pack", indicator, level, int(row["number"]))
    text = row["text"]
    if not isinstance(text, str):
        raise TypeError("an item's text is text")
    return ("coordinator", indicator, level, _flat(text))


def _find(
    items: Mapping[str, Mapping[int, Sequence[LevelItem]]], key: RetiredKey
) -> LevelItem | None:
    """The OPD's item a key names: the instrument's item of that number, or the coordinator's
    item of that text (None when the workspace has no such item)."""
    origin, indicator, level, which = key
    for it in items.get(indicator, {}).get(level, ()):
        if _names(it, origin, which):
            return it
    return None


def _names(item: LevelItem, origin: str, which: object) -> bool:
    """Whether a key's (origin, number or text) names this item."""
    named = item.number if origin == "pack" else _flat(item.text["id"])
    return item.origin == origin and named == which


def _flat(text: str) -> str:
    """An item's text as items are matched: runs of spaces and line breaks as one space."""
    return " ".join(text.split())
