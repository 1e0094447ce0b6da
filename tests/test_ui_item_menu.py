"""An OPD's own item retired from its context menu on the indicator page and put back; the
instrument's items have no such menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from spbe_desktop.core.evidence.items import add_item, level_items
from spbe_desktop.core.workspace.workspace import Workspace


def test_own_item_retired_and_put_back(main_window, dialogs, tmp_path, pemdi2026):
    from spbe_desktop.ui.item_menu import own_item_at, toggle_retired

    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        own = add_item(ws, 14, 1, "Foto ruang server")
    assert main_window.open_path(path)
    ws = main_window.session.ws
    main_window.navigator.select(ws.instrument.indicator(14).id)
    panel = main_window.page.items
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
