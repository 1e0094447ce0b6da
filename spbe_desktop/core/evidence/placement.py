"""Where evidence sits: on which item of which level, and how much evidence each item has."""

from __future__ import annotations

from spbe_desktop.core.workspace.workspace import Workspace

from .dates import check_document_date
from .items import check_placement
from .store import EvidenceItem, get_evidence


def item_evidence_counts(ws: Workspace) -> dict[tuple[str, int, int], int]:
    """Evidence files per (indicator id, level, item number); unplaced evidence is left out."""
    rows = ws.conn.execute(
        "SELECT indicator_id, level, item, COUNT(*) FROM evidence "
        "WHERE level IS NOT NULL AND item IS NOT NULL GROUP BY indicator_id, level, item"
    )
    return {(r[0], r[1], r[2]): r[3] for r in rows}


def place_evidence(
    ws: Workspace, evidence_id: int, level: int | None, item: int | None = None
) -> EvidenceItem:
    """Move evidence onto another item (or level; item 1 when only the level is given), or
    take it off any (`level` None: not placed)."""
    old = get_evidence(ws, evidence_id)
    ind = ws.instrument.indicator(old.indicator_id)
    item = check_placement(ws, ind, level, item)
    if (old.level, old.item) == (level, item):
        return old
    with ws.transaction() as conn:
        conn.execute(
            "UPDATE evidence SET level = ?, item = ? WHERE id = ?", (level, item, evidence_id)
        )
        ws.log(
            "evidence.placed",
            ind.id,
            {
                "evidence": evidence_id,
                "from": {"level": old.level, "item": old.item},
                "to": {"level": level, "item": item},
            },
        )
    return get_evidence(ws, evidence_id)


def set_document_date(ws: Workspace, evidence_id: int, value: str) -> EvidenceItem:
    """Correct the date of the document behind an evidence file."""
    old = get_evidence(ws, evidence_id)
    new = check_document_date(value)
    if new == old.document_date:
        return old
    with ws.transaction() as conn:
        conn.execute("UPDATE evidence SET document_date = ? WHERE id = ?", (new, evidence_id))
        ws.log(
            "evidence.dated",
            old.indicator_id,
            {"evidence": evidence_id, "from": old.document_date, "to": new},
        )
    return get_evidence(ws, evidence_id)
