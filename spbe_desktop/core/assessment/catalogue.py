"""What the assessors look at, per indicator: its items level by level, the files on each item
and the notes, and the level claimed — read from an OPD workspace (its own items and evidence)
or a coordinator workspace (the items and files of the OPD the indicator's value comes from).
"""

from __future__ import annotations

import math
from collections import defaultdict
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.instrument.pack import Indicator, text
from spbe_desktop.core.workspace.workspace import Workspace

from .sheet import Catalogue
from .template import TemplateRow


class CatalogueItem(NamedTuple):
    level: int
    number: int
    text: str
    retired: bool
    files: tuple[str, ...]
    note: str
    pages: str


class IndicatorItems(NamedTuple):
    indicator_id: str
    number: int
    opd_id: str | None  # the OPD whose evidence stands for the indicator (coordinator)
    opd_name: str
    claimed: Decimal | None
    levels: dict[int, list[CatalogueItem]]
    unplaced: tuple[str, ...] = ()  # files on the indicator but on no level yet

    def numbers(self, level: int) -> list[int]:
        """The item numbers in use on a level."""
        return [it.number for it in self.levels.get(level, []) if not it.retired]

    def in_use(self) -> dict[int, list[int]]:
        return {level: self.numbers(level) for level in self.levels}


def workspace_items(ws: Workspace, lang: str = "id") -> dict[str, IndicatorItems]:
    if ws.info.kind == "coordinator":
        return _coordinator_items(ws, lang)
    return _opd_items(ws, lang)


def sheet_catalogue(items: dict[str, IndicatorItems]) -> Catalogue:
    """Every item number a sheet may name (retired ones too: the portal may still list them)."""
    return {
        ind_id: {level: [it.number for it in its] for level, its in entry.levels.items()}
        for ind_id, entry in items.items()
    }


def template_rows(
    ws: Workspace, items: dict[str, IndicatorItems], lang: str = "id"
) -> list[TemplateRow]:
    """One row per item in use of levels 1..claimed, in portal order; indicators valued from
    another agency's index and unclaimed ones have none."""
    rows = []
    for ind in ws.instrument.indicators:
        entry = items[ind.id]
        if ind.external is not None or entry.claimed is None:
            continue
        top = math.ceil(entry.claimed)
        loose = "; ".join(entry.unplaced)
        loose = (
            (f"(tanpa level: {loose})" if lang != "en" else f"(no level: {loose})") if loose else ""
        )
        for level in sorted(entry.levels):
            if level > top:
                break
            for it in entry.levels[level]:
                if not it.retired:
                    rows.append(
                        TemplateRow(
                            entry.opd_name,
                            ind.number,
                            text(ind.short_name, lang),
                            level,
                            it.number,
                            it.text,
                            "; ".join(x for x in ("; ".join(it.files), loose) if x),
                        )
                    )
                    loose = ""
    return rows


def _opd_items(ws: Workspace, lang: str) -> dict[str, IndicatorItems]:
    from spbe_desktop.core.evidence.items import all_items, item_notes

    notes = item_notes(ws)
    files: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    loose: dict[str, list[str]] = defaultdict(list)
    for ind_id, level, item, name in ws.conn.execute(
        "SELECT indicator_id, level, item, original_name FROM evidence ORDER BY id"
    ):
        if level is None:
            loose[ind_id].append(name)
        else:
            files[(ind_id, level, item or 1)].append(name)
    values = ws.values()
    result = {}
    for ind_id, levels in all_items(ws).items():
        ind = ws.instrument.indicator(ind_id)
        result[ind_id] = IndicatorItems(
            ind_id,
            ind.number,
            None,
            ws.info.opd_name,
            values.get(ind_id),
            {
                level: [
                    CatalogueItem(
                        level,
                        it.number,
                        text(it.text, lang),
                        it.retired,
                        tuple(files.get((ind_id, level, it.number), ())),
                        *notes.get((ind_id, level, it.number), ("", "")),
                    )
                    for it in its
                ]
                for level, its in levels.items()
            },
            tuple(loose.get(ind_id, ())),
        )
    return result


def _coordinator_items(ws: Workspace, lang: str) -> dict[str, IndicatorItems]:
    from spbe_desktop.core.coordinator.store import consolidation, list_opds

    names = {o.id: o.name for o in list_opds(ws)}
    views = {v.id: v for v in consolidation(ws).indicators}
    submitted: dict[tuple[str, str], dict[int, list[CatalogueItem]]] = defaultdict(dict)
    for opd_id, ind_id, level, number, body, retired, note, pages in ws.conn.execute(
        "SELECT opd_id, indicator_id, level, number, text, retired, note, pages "
        "FROM submitted_items ORDER BY opd_id, indicator_id, level, number"
    ):
        submitted[(opd_id, ind_id)].setdefault(level, []).append(
            CatalogueItem(level, number, body, bool(retired), (), note or "", pages or "")
        )
    files: dict[tuple[str, str, int, int], list[str]] = defaultdict(list)
    loose: dict[tuple[str, str], list[str]] = defaultdict(list)
    for opd_id, ind_id, level, item, name in ws.conn.execute(
        "SELECT opd_id, indicator_id, level, item, original_name FROM submitted_evidence "
        "ORDER BY id"
    ):
        if level is None:
            loose[(opd_id, ind_id)].append(name)
        else:
            files[(opd_id, ind_id, level, item or 1)].append(name)
    result = {}
    for ind in ws.instrument.indicators:
        view = views[ind.id]
        opd_id = source_opd(view.owner, list(view.answers))
        levels = submitted.get((opd_id, ind.id)) if opd_id else None
        levels = dict(levels) if levels else _pack_levels(ws, ind, lang)
        for level, its in levels.items():
            levels[level] = [
                it._replace(files=tuple(files.get((opd_id, ind.id, level, it.number), ())))
                for it in its
            ]
        result[ind.id] = IndicatorItems(
            ind.id,
            ind.number,
            opd_id,
            names.get(opd_id, ""),
            view.value,
            levels,
            tuple(loose.get((opd_id, ind.id), ())),
        )
    return result


def source_opd(owner: str | None, answering: list[str]) -> str | None:
    """The OPD whose evidence stands for an indicator: its owner when it answered, else the only
    OPD that answered; None when several answered and none owns it."""
    if owner is not None and owner in answering:
        return owner
    if len(answering) == 1:
        return answering[0]
    return owner


def _pack_levels(ws: Workspace, ind: Indicator, lang: str) -> dict[int, list[CatalogueItem]]:
    return {
        level: [
            CatalogueItem(level, n, text(it.text, lang), False, (), "", "")
            for n, it in enumerate(ind.items.get(level, ()), start=1)
        ]
        for level in ws.instrument.item_levels
    }
