"""What the indicator page's items panel asks of an item beyond its files: the assessors' latest
verdict on it, and its context menu — an item the OPD added (or took from the portal's list, or
received from its coordinator) is retired when it no longer applies, or put back in use (its
number never goes to another item), and is told how recent its evidence must be. The instrument's
items have no menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from spbe_desktop.core.evidence import items as it
from spbe_desktop.core.workspace.workspace import Workspace

from .operations import WriteOp
from .session import Changes

PLACE = Qt.ItemDataRole.UserRole  # the items panel's (level, item number) of a row


def item_outcomes(ws: Workspace, indicator_id: str) -> dict:
    """The assessors' latest verdict per (level, item) of the indicator; none before any."""
    from spbe_desktop.core.assessment.presence import has_verdicts

    if not has_verdicts(ws):
        return {}
    from spbe_desktop.core.assessment.store import latest_verdicts

    return {
        (level, number): latest
        for (ind_id, level, number), latest in latest_verdicts(ws).items()
        if ind_id == indicator_id
    }


def install_item_menu(panel) -> None:
    tree = panel.ui.tree
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    tree.customContextMenuRequested.connect(lambda pos: _show_menu(panel, pos))


def own_item_at(panel, pos: QPoint) -> it.LevelItem | None:
    """The item (not the instrument's) of the row at `pos`, when the workspace may change."""
    row = panel.ui.tree.itemAt(pos)
    place = row.data(0, PLACE) if row is not None else None
    if panel.session.read_only or panel.indicator_id is None or not place or place[1] is None:
        return None
    item = it.get_item(panel.session.ws, panel.indicator_id, place[0], place[1])
    return None if item.origin == "pack" else item


def _show_menu(panel, pos: QPoint) -> None:
    item = own_item_at(panel, pos)
    if item is None:
        return
    menu = QMenu(panel.ui.tree)
    label = (
        QCoreApplication.translate("ItemMenu", "&Put back in use")
        if item.retired
        else QCoreApplication.translate("ItemMenu", "&Retire this item (its number stays)")
    )
    retire = menu.addAction(label)
    age = menu.addAction(
        QCoreApplication.translate("ItemMenu", "How recent its &evidence must be…")
    )
    chosen = menu.exec(panel.ui.tree.viewport().mapToGlobal(pos))
    if chosen is retire:
        toggle_retired(panel, item)
    elif chosen is age:
        ask_max_age(panel, item)


def months_from_user(parent: QWidget, item: it.LevelItem) -> tuple[bool, int | None]:
    """Ask how many months old the item's evidence may be at most: (chosen, months), months
    None for any age (0 in the box)."""
    from PySide6.QtWidgets import QInputDialog

    months, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("ItemMenu", "Evidence age"),
        QCoreApplication.translate(
            "ItemMenu",
            "At most how many months old may this item's evidence be, counted back from the "
            "start of the period? 0 means any age.",
        ),
        item.max_age_months or 0,
        0,
        it.MAX_AGE_MONTHS,
    )
    return ok, months or None


def ask_max_age(panel, item: it.LevelItem) -> None:
    """Ask how recent the item's evidence must be, and keep it."""
    ok, months = months_from_user(panel.window(), item)
    if not ok:
        return

    def work(ws: Workspace, progress, cancel) -> None:
        it.set_max_age(ws, item.indicator_id, item.level, item.number, months)

    setting = WriteOp(panel, panel.session.ws, work)
    setting.notify(panel.session, Changes.of_evidence(item.indicator_id)).run_now()


def toggle_retired(panel, item: it.LevelItem) -> None:
    change = it.restore_item if item.retired else it.retire_item

    def work(ws: Workspace, progress, cancel) -> None:
        change(ws, item.indicator_id, item.level, item.number)

    retiring = WriteOp(panel, panel.session.ws, work)
    retiring.notify(panel.session, Changes.of_evidence(item.indicator_id)).run_now()
