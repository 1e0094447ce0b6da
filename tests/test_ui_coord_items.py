"""The coordinator's evidence items through the real widgets: the instrument's items shown
read-only beside its own, an own item added (text and portal code), its note saved, retired and
put back, refusals in one sentence with the workspace unchanged, and the items with their notes
carried by the next assignment into the OPD's workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from spbe_desktop.core.evidence.items import item_note, level_items, own_items

FIXTURES = Path(__file__).parent / "fixtures"


def items_tab(main_window, tmp_path):
    path = tmp_path / "kab.spbews"
    shutil.copy(FIXTURES / "coordinator-schema3.spbews", path)
    assert main_window.open_path(path)
    view = main_window.coordinator.view
    main_window.coordinator._tab(8)
    assert view.ui.tabs.currentWidget() is view.items.page
    return view, view.items


def row_of(tree, level: int, number: int):
    top = tree.topLevelItem(level - 1)
    return next(
        top.child(i)
        for i in range(top.childCount())
        if top.child(i).text(0).startswith(f"{number}.")
    )


def test_coordinator_adds_notes_and_retires_its_own_items(
    main_window, dialogs, qtbot, tmp_path, monkeypatch
):
    view, tab = items_tab(main_window, tmp_path)
    ws = view.ws
    tab.select_indicator(14)
    ui, tree = tab.ui, tab.ui.tree
    pack = {lv: len(level_items(ws, 14, lv)) for lv in ws.instrument.item_levels}
    assert tree.topLevelItemCount() == len(pack)

    # The instrument's item: its text and note are not the coordinator's; it may be retired.
    tree.setCurrentItem(row_of(tree, 1, 1))
    assert ui.retireButton.isEnabled() and not ui.noteBox.isEnabled()
    assert not ui.ageButton.isEnabled()
    assert ui.levelCombo.currentData() == 1

    # A refusal: one sentence, nothing stored.
    tree.setCurrentItem(tree.topLevelItem(1))
    ui.textEdit.setText("   ")
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    assert dialogs.errors == ["Teks butir tidak boleh kosong."]
    assert own_items(ws) == []

    ui.textEdit.setText("Berita acara uji pemulihan pusat data")
    ui.codeEdit.setText("TD_14")
    ui.ageSpin.setValue(12)
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    [added] = own_items(ws)
    assert added.max_age_months == 12 and ui.ageSpin.value() == 0
    assert "paling lama 12 bulan" in row_of(tree, 2, added.number).text(0)
    assert (added.level, added.number, added.code, added.origin) == (
        2,
        pack[2] + 1,
        "TD_14",
        "coordinator",
    )
    assert ui.textEdit.text() == "" and tab.selected_place() == (2, added.number)
    assert tree.topLevelItem(1).childCount() == pack[2] + 1
    assert "1" in ui.indicatorList.currentItem().text()  # the list counts the own item

    # Its note, saved; too long a note is refused and the stored one stays.
    assert ui.noteBox.isEnabled() and ui.retireButton.isEnabled()
    ui.noteEdit.setPlainText("Unggah berita acara terakhir, bertanda tangan")
    ui.pagesEdit.setText("hal. 2")
    assert ui.saveNoteButton.isEnabled()
    qtbot.mouseClick(ui.saveNoteButton, Qt.MouseButton.LeftButton)
    assert item_note(ws, 14, 2, added.number) == (
        "Unggah berita acara terakhir, bertanda tangan",
        "hal. 2",
    )
    ui.noteEdit.setPlainText("x" * 6000)
    qtbot.mouseClick(ui.saveNoteButton, Qt.MouseButton.LeftButton)
    assert len(dialogs.errors) == 2 and "5000" in dialogs.errors[-1]
    assert item_note(ws, 14, 2, added.number).note.startswith("Unggah berita acara")

    # How recent its evidence must be, changed; the instrument's item has no such button.
    answers, parents = iter([(6, True), (0, True)]), []

    def get_int(parent, *_a):
        parents.append(parent)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    assert ui.ageButton.isEnabled()
    qtbot.mouseClick(ui.ageButton, Qt.MouseButton.LeftButton)
    assert own_items(ws)[0].max_age_months == 6
    assert "paling lama 6 bulan" in row_of(tree, 2, added.number).text(0)
    tree.setCurrentItem(row_of(tree, 2, added.number))
    qtbot.mouseClick(ui.ageButton, Qt.MouseButton.LeftButton)  # 0: any age
    assert own_items(ws)[0].max_age_months is None
    assert all(isinstance(parent, QWidget) for parent in parents)  # Qt takes no other parent
    tree.setCurrentItem(row_of(tree, 1, 1))
    assert not ui.ageButton.isEnabled()
    tree.setCurrentItem(row_of(tree, 2, added.number))

    # Retired, then put back: its number stays.
    qtbot.mouseClick(ui.retireButton, Qt.MouseButton.LeftButton)
    assert own_items(ws)[0].retired
    assert row_of(tree, 2, added.number).text(3) == "tidak dipakai"
    qtbot.mouseClick(ui.retireButton, Qt.MouseButton.LeftButton)
    assert not own_items(ws)[0].retired and own_items(ws)[0].number == added.number


def test_the_portals_list_imported_and_sent_with_the_assignment(
    main_window, dialogs, qtbot, tmp_path, monkeypatch
):
    from spbe_desktop.core.evidence.item_exchange import assignment_items
    from spbe_desktop.ui.dialogs import Dialogs

    view, tab = items_tab(main_window, tmp_path)
    sheet = tmp_path / "butir-portal.csv"
    sheet.write_text(
        "Indikator;Level;Butir;Kode\n14;1;Foto ruang server;TD_14_01\n14;2;Kontrak PDNS;\n",
        encoding="utf-8",
    )
    bad = tmp_path / "rusak.csv"
    bad.write_text("Indikator;Level;Butir\n14;9;Tidak ada level sembilan\n", encoding="utf-8")
    chosen = [str(bad), str(sheet), str(sheet)]
    monkeypatch.setattr(Dialogs, "open_sheet", staticmethod(lambda *a: chosen.pop(0)))

    tab.ui.importButton.click()  # a bad row refuses the whole sheet
    assert len(dialogs.errors) == 1 and own_items(view.ws) == []
    tab.ui.importButton.click()
    assert dialogs.infos[-1].startswith("2 butir ditambahkan, 0 sudah ada")
    tab.ui.importButton.click()  # the same list again: nothing doubled
    assert dialogs.infos[-1].startswith("0 butir ditambahkan, 2 sudah ada")
    ids = {it.text["id"] for it in own_items(view.ws)}
    assert ids == {"Foto ruang server", "Kontrak PDNS"}
    i14 = view.ws.instrument.indicator(14).id
    carried = {row["text"] for row in assignment_items(view.ws, [i14])}
    assert carried == ids  # the portal's list reaches the OPDs with their assignment
    tab.select_indicator(14)
    assert "2" in tab.ui.indicatorList.currentItem().text()


def test_items_of_a_read_only_coordinator_workspace_are_shown_not_changed(
    main_window, dialogs, tmp_path
):
    from spbe_desktop.core.evidence.items import add_item
    from spbe_desktop.core.workspace.workspace import Workspace

    path = tmp_path / "kab.spbews"
    shutil.copy(FIXTURES / "coordinator-schema3.spbews", path)
    with Workspace.open(path) as ws:
        add_item(ws, 3, 1, "Notulen rapat tim")
    elsewhere = Workspace.open(path)  # open in another window: this one is read-only
    try:
        assert main_window.open_path(path)
        view = main_window.coordinator.view
        assert view.ws.read_only
        tab = view.items
        tab.select_indicator(3)
        tab.ui.tree.setCurrentItem(row_of(tab.ui.tree, 1, 2))
        assert tab.ui.noteBox.isEnabled() and tab.ui.noteEdit.isReadOnly()
        assert not tab.ui.addBox.isEnabled() and not tab.ui.retireButton.isEnabled()
    finally:
        main_window.actions_by_key["close_workspace"].trigger()
        elsewhere.close()


def test_coordinator_retires_an_instrument_item_the_portal_does_not_list(
    main_window, dialogs, qtbot, tmp_path
):
    from spbe_desktop.core.evidence.item_exchange import assignment_retired

    view, tab = items_tab(main_window, tmp_path)
    ws = view.ws
    tab.select_indicator(14)
    ui, tree = tab.ui, tab.ui.tree
    tree.setCurrentItem(row_of(tree, 2, 1))
    assert ui.retireButton.text().replace("&", "") == "Nonaktifkan butir"
    qtbot.mouseClick(ui.retireButton, Qt.MouseButton.LeftButton)
    assert level_items(ws, 14, 2)[0].retired
    assert row_of(tree, 2, 1).text(3) == "tidak dipakai"
    i14 = ws.instrument.indicator(14).id
    assert assignment_retired(ws, [i14]) == [{"indicator": i14, "level": 2, "number": 1}]
    qtbot.mouseClick(ui.retireButton, Qt.MouseButton.LeftButton)  # put back in use
    assert not level_items(ws, 14, 2)[0].retired
    assert assignment_retired(ws, [i14]) == []
