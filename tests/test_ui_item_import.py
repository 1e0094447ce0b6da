"""The portal's item list taken into an OPD workspace from the Edit menu: a bad sheet refused with
its row and nothing taken in, a good one added once, the indicator page showing the new items."""

from __future__ import annotations

from spbe_desktop.core.evidence.items import own_items
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.dialogs import Dialogs


def test_portal_item_list_from_the_edit_menu(
    main_window, dialogs, tmp_path, pemdi2026, monkeypatch
):
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026):
        pass
    good = tmp_path / "butir.csv"
    good.write_text("Indikator,Level,Butir,Kode\n14,1,Foto ruang server,TD_14_01\n", "utf-8")
    bad = tmp_path / "rusak.csv"
    bad.write_text("Indikator,Level,Butir\n99,1,Indikator tidak ada\n", "utf-8")
    chosen = [str(bad), str(good), str(good)]
    monkeypatch.setattr(Dialogs, "open_sheet", staticmethod(lambda *a: chosen.pop(0)))
    assert main_window.open_path(path)
    ws = main_window.session.ws
    main_window.navigator.select(ws.instrument.indicator(14).id)
    before = main_window.page.items.ui.tree.topLevelItem(0).childCount()
    action = main_window.actions_by_key["import_items"]
    assert action.isEnabled()

    action.trigger()
    assert len(dialogs.errors) == 1 and own_items(ws) == []
    action.trigger()
    assert dialogs.infos[-1] == "1 butir ditambahkan, 0 sudah ada."
    [added] = own_items(ws)
    assert (added.level, added.code, added.origin) == (1, "TD_14_01", "portal")
    assert main_window.page.items.ui.tree.topLevelItem(0).childCount() == before + 1
    action.trigger()
    assert dialogs.infos[-1] == "0 butir ditambahkan, 1 sudah ada." and len(own_items(ws)) == 1
