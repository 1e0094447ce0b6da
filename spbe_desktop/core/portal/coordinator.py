"""The coordinator's portal folder: per indicator, the consolidated level's evidence.

For each indicator the evidence of levels 1..L (L the consolidated level) comes from one OPD: the
owner, else the one whose answer the coordinator's decision took, else the only OPD that answered.
Where that cannot be said (OPDs disagree and nothing is decided, several OPDs answered alike and
none owns the indicator, or a decision matches no OPD's answer) the indicator is listed, not
guessed. Items, notes and placement are the OPD's as submitted; a package from before items
existed places evidence with a level on item 1 of the coordinator's own item list.
"""

from __future__ import annotations

from collections import defaultdict

from spbe_desktop.core.coordinator.consolidate import IndicatorView
from spbe_desktop.core.coordinator.store import consolidation, list_opds
from spbe_desktop.core.evidence.items import ItemNote, LevelItem, all_items
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.workspace.workspace import Workspace

from .plan import Missing, PortalItem, PortalPlan, build_plan
from .sources import level_content

WHY = {
    "conflict": (
        "OPD menjawab berbeda dan belum ada keputusan",
        "OPDs answered differently and nothing is decided",
    ),
    "several": (
        "beberapa OPD menjawab sama tanpa pemilik indikator; tetapkan pemiliknya",
        "several OPDs answered alike and none owns the indicator; set its owner",
    ),
    "no_match": (
        "keputusan tidak sama dengan jawaban OPD mana pun",
        "the decision matches no OPD's answer",
    ),
}


def coordinator_plan(ws: Workspace, lang: str = "id", *, only_revisi: bool = False) -> PortalPlan:
    names = {o.id: o.name for o in list_opds(ws)}
    own_items = all_items(ws)
    revisi = _sent_back(ws) if only_revisi else None
    portal_items: list[PortalItem] = []
    missing: list[Missing] = []
    unresolved: list[tuple[int, str]] = []
    for view in consolidation(ws).indicators:
        if view.value is None and view.source != "conflict":
            continue
        opd_id, why = evidence_source(view)
        if opd_id is None:
            unresolved.append((view.number, WHY[why][lang == "en"]))
            continue
        ind = ws.instrument.indicator(view.id)
        levels, notes = _opd_items(ws, opd_id, view.id, own_items[view.id])
        placed = _placed(ws, opd_id, view.id)
        top = int(view.value)
        for level in ws.instrument.item_levels:
            if level > top:
                break
            got, gaps = level_content(
                ind, level, levels[level], placed, notes, names.get(opd_id, opd_id)
            )
            if revisi is not None:  # the re-upload: only what the assessors sent back
                got = [i for i in got if (i.indicator_id, i.level, i.number) in revisi]
                gaps = [g for g in gaps if (view.id, g.level, g.number) in revisi]
            portal_items.extend(got)
            missing.extend(gaps)
    heading = {
        "opd": ws.info.opd_name,
        "period": ws.info.period,
        "instrument": text(ws.instrument.title, lang),
    }
    return build_plan(
        portal_items, missing, unresolved=unresolved, coordinator=True, heading=heading
    )


def evidence_source(view: IndicatorView) -> tuple[str | None, str]:
    """The OPD whose evidence stands for an indicator, or (None, why not)."""
    if view.source == "conflict":
        return None, "conflict"
    if view.owner is not None and view.owner in view.answers:
        return view.owner, ""
    if view.source == "decision":
        same = sorted(o for o, v in view.answers.items() if v == view.value)
        if len(same) == 1:
            return same[0], ""
        return None, "no_match" if not same else "several"
    if len(view.answers) == 1:
        return next(iter(view.answers)), ""
    return None, "several"


def _opd_items(
    ws: Workspace, opd_id: str, ind_id: str, fallback: dict[int, list[LevelItem]]
) -> tuple[dict[int, list[LevelItem]], dict[tuple[str, int, int], ItemNote]]:
    rows = ws.conn.execute(
        "SELECT level, number, text, code, origin, retired, note, pages FROM submitted_items "
        "WHERE opd_id = ? AND indicator_id = ? ORDER BY level, number",
        (opd_id, ind_id),
    ).fetchall()
    if not rows:  # a package from before items: the coordinator's own list
        return fallback, {}
    levels: dict[int, list[LevelItem]] = defaultdict(list)
    notes = {}
    for level, number, item_text, code, origin, retired, note, pages in rows:
        levels[level].append(
            LevelItem(ind_id, level, number, {"id": item_text}, code, None, origin, bool(retired))
        )
        notes[(ind_id, level, number)] = ItemNote(note, pages)
    return {lv: levels.get(lv, []) for lv in fallback}, notes


def _placed(ws: Workspace, opd_id: str, ind_id: str) -> dict[tuple[str, int, int], list]:
    placed: dict[tuple[str, int, int], list] = defaultdict(list)
    for row in ws.conn.execute(
        "SELECT e.id, e.original_name, e.size, b.sha256, e.level, e.item "
        "FROM submitted_evidence e JOIN blobs b ON b.id = e.blob_id "
        "WHERE e.opd_id = ? AND e.indicator_id = ? AND e.level IS NOT NULL ORDER BY e.id",
        (opd_id, ind_id),
    ):
        placed[(ind_id, row[4], row[5] or 1)].append(_Stored(*row[:4]))
    return placed


class _Stored:
    """A submitted evidence file, shaped like the OPD's own for `level_content`."""

    __slots__ = ("id", "original_name", "sha256", "size")

    def __init__(self, ev_id: int, name: str, size: int, sha256: str) -> None:
        self.id, self.original_name, self.size, self.sha256 = ev_id, name, size, sha256


def _sent_back(ws: Workspace) -> set[tuple[str, int, int]]:
    """(indicator id, level, item) of the items whose latest verdict sends them back."""
    from spbe_desktop.core.assessment.statuses import is_revision
    from spbe_desktop.core.assessment.store import latest_verdicts

    return {key for key, latest in latest_verdicts(ws).items() if is_revision(latest.status)}
