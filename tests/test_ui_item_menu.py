"""An OPD's own item retired from its context menu on the indicator page and put back; the
instrument's items have no such menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from spbe_desktop.core.evidence.items import add_item, level_items
from spbe_desktop.core.workspace.workspace import Workspace


def open_with_own_item(main_window, tmp_path, pemdi2026):
    """The window on a workspace with an own item on indicator 14, level 1, shown."""
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        own = add_item(ws, 14, 1, "Foto ruang server")
    assert main_window.open_path(path)
    ws = main_window.session.ws
    main_window.navigator.select(ws.instrument.indicator(14).id)
    return ws, main_window.page.items, own


def test_own_item_retired_and_put_back(main_window, dialogs, tmp_path, pemdi2026):
    from spbe_desktop.ui.item_menu import own_item_at, toggle_retired

    ws, panel, own = open_with_own_item(main_window, tmp_path, pemdi2026)
    tree = panel.ui.tree
    assert tree.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    tree.expandAll()
    level_1 = tree.topLevelItem(0)

    def row_at(number: int):
        return tree.visualItemRect(level_1.child(number - 1)).center()

    assert own_item_at(panel, row_at(1)) is None  # the instrument's item
    found = own_item_at(panel, row_at(own.number))
    assert found is not None and found.number == own.number

    toggle_retired(panel, found)
    assert level_items(ws, 14, 1)[own.number - 1].retired
    status = tree.topLevelItem(0).child(own.number - 1).text(2)
    tree.expandAll()
    again = own_item_at(panel, row_at(own.number))
    assert again.retired and status == QCoreApplication.translate("ItemsPanel", "retired")
    toggle_retired(panel, again)
    assert not level_items(ws, 14, 1)[own.number - 1].retired
    assert tree.topLevelItem(0).child(own.number - 1).text(2) == "belum ada"


def test_own_items_evidence_age_set_from_the_menu(
    main_window, dialogs, tmp_path, pemdi2026, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from spbe_desktop.ui.item_menu import ask_max_age

    ws, panel, own = open_with_own_item(main_window, tmp_path, pemdi2026)
    answers = iter([(6, True), (0, False), (0, True)])
    asked: list[int] = []

    def get_int(_parent, _title, _label, value, *_range):
        asked.append(value)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    ask_max_age(panel, level_items(ws, 14, 1)[own.number - 1])
    assert level_items(ws, 14, 1)[own.number - 1].max_age_months == 6
    row = panel.ui.tree.topLevelItem(0).child(own.number - 1)
    assert "paling lama 6 bulan" in row.text(0)  # the item says it at once
    ask_max_age(panel, level_items(ws, 14, 1)[own.number - 1])  # cancelled: unchanged
    assert level_items(ws, 14, 1)[own.number - 1].max_age_months == 6
    ask_max_age(panel, level_items(ws, 14, 1)[own.number - 1])  # 0: any age
    assert level_items(ws, 14, 1)[own.number - 1].max_age_months is None
    assert asked == [0, 6, 6] and not dialogs.errors
