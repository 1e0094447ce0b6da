"""What goes into an OPD's portal folder: its items of levels 1..claimed, with their evidence."""

from __future__ import annotations

from collections import defaultdict

from spbe_desktop.core.evidence.items import ItemNote, LevelItem, all_items, item_notes
from spbe_desktop.core.evidence.store import EvidenceItem, list_evidence
from spbe_desktop.core.instrument.pack import Indicator, text
from spbe_desktop.core.workspace.workspace import Workspace

from .plan import Missing, PortalItem, PortalPlan, Source, build_plan

# The portal lists its items in Indonesian: names and notes use that text whatever the UI's
# language, so a folder written in English matches the coordinator's and the portal's.
PORTAL_LANG = "id"


def opd_plan(ws: Workspace, lang: str = "id") -> PortalPlan:
    answers = ws.answers()
    items = all_items(ws)
    notes = item_notes(ws)
    placed: dict[tuple[str, int, int], list[EvidenceItem]] = defaultdict(list)
    unplaced = []
    number = {ind.id: ind.number for ind in ws.instrument.indicators}
    for ev in list_evidence(ws):
        if ev.level is None or ev.item is None:
            unplaced.append((number[ev.indicator_id], ev.original_name))
        else:
            placed[(ev.indicator_id, ev.level, ev.item)].append(ev)
    portal_items: list[PortalItem] = []
    missing: list[Missing] = []
    for ind in ws.instrument.indicators:
        answer = answers.get(ind.id)
        claimed = answer.level if answer is not None and answer.level else 0
        for level in ws.instrument.item_levels:
            if level > claimed:
                break
            got, gaps = level_content(
                ind, level, items[ind.id][level], placed, notes, ws.info.opd_name
            )
            portal_items.extend(got)
            missing.extend(gaps)
    heading = {
        "opd": ws.info.opd_name,
        "period": ws.info.period,
        "instrument": text(ws.instrument.title, lang),
    }
    return build_plan(portal_items, missing, unplaced=unplaced, heading=heading)


def level_content(
    ind: Indicator,
    level: int,
    level_items: list[LevelItem],
    placed: dict[tuple[str, int, int], list],
    notes: dict[tuple[str, int, int], ItemNote],
    opd: str,
) -> tuple[list[PortalItem], list[Missing]]:
    """The items of one level that have evidence, and those in use that have none."""
    active = [it for it in level_items if not it.retired]
    if not active and ind.external is None:
        return [], [Missing(ind.number, level, None, "", opd)]
    got, gaps = [], []
    for it in active:
        files = placed.get((ind.id, level, it.number), [])
        if not files:
            if ind.external is None:  # valued from another index: nothing to upload
                gaps.append(Missing(ind.number, level, it.number, text(it.text, PORTAL_LANG), opd))
            continue
        note = notes.get((ind.id, level, it.number), ItemNote("", ""))
        got.append(
            PortalItem(
                indicator=ind.number,
                indicator_id=ind.id,
                level=level,
                number=it.number,
                text=text(it.text, PORTAL_LANG),
                code=it.code,
                note=note.note,
                pages=note.pages,
                opd=opd,
                sources=tuple(
                    Source(f.original_name, f.sha256, f.size) for f in _in_attach_order(files)
                ),
            )
        )
    return got, gaps


def _in_attach_order(files: list) -> list:
    return sorted(files, key=lambda f: f.id)
