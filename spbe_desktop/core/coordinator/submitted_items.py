"""Each OPD's evidence items as submitted: its item lists (own items included), item notes with
page references, and where each evidence file is placed.

Packages of format 2 carry them; an older package carries none, and its evidence with a level is
placed on item 1 of that level (the same rule the workspace migration follows).
"""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.workspace.workspace import Workspace


def store_submitted_items(ws: Workspace, opd_id: str, submission: dict[str, Any]) -> None:
    """Replace the OPD's submitted items with the package's (inside the caller's transaction)."""
    ws.conn.execute("DELETE FROM submitted_items WHERE opd_id = ?", (opd_id,))
    rows = {}
    for entry in submission["indicators"]:
        for item in entry["items"]:
            rows[(entry["id"], item["level"], item["number"])] = (
                opd_id,
                entry["id"],
                item["level"],
                item["number"],
                item["text"],
                item["code"],
                item["origin"],
                int(item["retired"]),
                item["note"],
                item["pages"],
            )
    ws.conn.executemany(
        "INSERT INTO submitted_items (opd_id, indicator_id, level, number, text, code, origin, "
        "retired, note, pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        list(rows.values()),
    )


def placement(ref: dict[str, Any]) -> tuple[int | None, str | None]:
    """(item, document date) of a submitted evidence file (its checked entry in the package)."""
    if ref["level"] is None:
        return None, ref["document_date"]
    return (ref["item"] if ref["item"] is not None else 1), ref["document_date"]


def submitted_support(ws: Workspace) -> dict[tuple[str, str], int]:
    """(OPD id, indicator id) → the supported level of each answered indicator as the OPD
    submitted it (its own item lists; the coordinator's for a package from before items).
    Indicators valued from another agency's index are left out: they need no upload."""
    from collections import defaultdict

    from spbe_desktop.core.evidence.items import LevelItem, all_items
    from spbe_desktop.core.evidence.support import indicator_support

    base = all_items(ws)
    lists: dict[tuple[str, str], dict[int, list[LevelItem]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for opd, ind, level, number, code, origin, retired in ws.conn.execute(
        "SELECT opd_id, indicator_id, level, number, code, origin, retired FROM submitted_items "
        "ORDER BY opd_id, indicator_id, level, number"
    ):
        item = LevelItem(ind, level, number, {"id": ""}, code, None, origin, bool(retired))
        lists[(opd, ind)][level].append(item)
    counts: dict[tuple[str, str], dict[tuple[str, int, int], int]] = defaultdict(dict)
    for opd, ind, level, item, n in ws.conn.execute(
        "SELECT opd_id, indicator_id, level, COALESCE(item, 1), COUNT(*) FROM submitted_evidence "
        "WHERE level IS NOT NULL GROUP BY opd_id, indicator_id, level, COALESCE(item, 1)"
    ):
        counts[(opd, ind)][(ind, level, item)] = n
    external = {i.id for i in ws.instrument.indicators if i.external is not None}
    result = {}
    for opd, ind in ws.conn.execute(
        "SELECT opd_id, indicator_id FROM submitted_answers WHERE level IS NOT NULL"
    ):
        if ind in external or ind not in base:
            continue
        own = lists.get((opd, ind))
        levels = {lv: own.get(lv, []) for lv in base[ind]} if own else base[ind]
        result[(opd, ind)] = indicator_support(ind, levels, counts.get((opd, ind), {})).level
    return result
