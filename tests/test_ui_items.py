"""Items on the indicator page through the real widgets: levels with their items and status,
a file dropped onto an item, the item's note, an own item, the claimed and supported index in
the status bar, and the portal folder written from the OPD's and the coordinator's window."""

from __future__ import annotations

import shutil
from pathlib import Path

from evidence_files import make_image, make_pdf
from portal_answers import answer_portal_dialog
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from spbe_desktop.core.evidence.items import item_note, level_items
from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.workspace.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def drop_onto(viewport, where, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)


def test_items_on_the_indicator_page(main_window, dialogs, qtbot, tmp_path, pemdi2026, monkeypatch):
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        ws.set_answer(14, level=2)
        ind = ws.instrument.indicator(14)
        levels = {lv: len(level_items(ws, 14, lv)) for lv in ws.instrument.item_levels}
        attach_file(ws, 1, make_pdf(tmp_path / "renstra.pdf"), level=1)
        ws.set_answer(1, level=1)
    assert main_window.open_path(path)
    main_window.navigator.select(ind.id)
    panel = main_window.page.items
    tree = panel.ui.tree
    assert tree.topLevelItemCount() == len(levels)
    first = tree.topLevelItem(0)
    assert first.childCount() == levels[1]
    assert first.child(0).text(2) == "belum ada"
    assert "Level berbukti 0" in panel.ui.supportLabel.text()
    assert "ditolak otomatis" in panel.ui.supportLabel.text()
    label = main_window.index_label.text()
    assert "klaim" in label and "berbukti" in label

    tree.expandAll()
    rect = tree.visualItemRect(first.child(0))
    drop_onto(tree.viewport(), rect.center(), make_pdf(tmp_path / "topologi.pdf", pages=3))
    qtbot.waitUntil(lambda: tree.topLevelItem(0).child(0).text(2) == "ada bukti", timeout=5000)
    ws = main_window.session.ws
    placed = [(e.original_name, e.level, e.item) for e in list_evidence(ws, ind.id)]
    assert placed == [("topologi.pdf", 1, 1)]

    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    panel.ui.noteEdit.setPlainText("Topologi jaringan")
    panel.ui.pagesEdit.setText("hal. 1–3")
    assert panel.ui.saveNoteButton.isEnabled()
    qtbot.mouseClick(panel.ui.saveNoteButton, Qt.MouseButton.LeftButton)
    assert item_note(ws, ind.id, 1, 1) == ("Topologi jaringan", "hal. 1–3")

    tree.setCurrentItem(tree.topLevelItem(1))
    panel.ui.newItemEdit.setText("Foto ruang server")
    panel.ui.codeEdit.setText("14.2.F")
    panel.ui.ageSpin.setValue(12)
    qtbot.mouseClick(panel.ui.addItemButton, Qt.MouseButton.LeftButton)
    added = level_items(ws, ind.id, 2)[-1]
    assert (added.text["id"], added.origin, added.number) == (
        "Foto ruang server",
        "opd",
        levels[2] + 1,
    )
    assert (added.code, added.max_age_months) == ("14.2.F", 12)
    assert not panel.ui.codeEdit.text() and panel.ui.ageSpin.value() == 0  # ready for the next
    assert tree.topLevelItem(1).childCount() == levels[2] + 1
    dialogs.files = [str(make_image(tmp_path / "ruang.png"))]
    panel.choose_files()  # the new item is selected
    qtbot.waitUntil(lambda: len(list_evidence(ws, ind.id)) == 2, timeout=5000)
    assert list_evidence(ws, ind.id)[-1].item == added.number

    out = tmp_path / "portal"
    answer_portal_dialog(monkeypatch, lambda dialog: dialog.ui.folderEdit.setText(str(out)))
    main_window.actions_by_key["portal"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=10000)
    assert not dialogs.errors
    names = sorted(p.name for p in out.iterdir())
    assert "I14-L1-01-topologi.pdf" in names and "I1-L1-01-renstra.pdf" in names
    assert f"I14-L2-{added.number:02d}-ruang.png" in names and "catatan.xlsx" in names
    assert "Folder portal ditulis" in dialogs.infos[-1]


def test_portal_folder_from_the_coordinator_window(
    main_window, dialogs, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "kab.spbews"
    shutil.copy(FIXTURES / "coordinator-schema3.spbews", path)
    assert main_window.open_path(path)
    out = tmp_path / "portal-kab"

    def fill(dialog) -> None:
        dialog.ui.folderEdit.setText(str(out))
        dialog.ui.downscaleCheck.setChecked(True)

    answer_portal_dialog(monkeypatch, fill)
    main_window.coordinator._portal()
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=10000)
    assert not dialogs.errors
    names = sorted(p.name for p in out.iterdir())
    assert "I14-L1-01-topologi-jaringan.pdf" in names and "catatan.html" in names


def test_document_date_corrected_on_the_indicator_page(
    main_window, dialogs, qtbot, tmp_path, pemdi2026
):
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        ws.set_answer(14, level=1)
        attach_file(ws, 14, make_pdf(tmp_path / "topologi.pdf"), level=1, item=1)
    assert main_window.open_path(path)
    main_window.navigator.select(main_window.session.ws.instrument.indicator(14).id)
    tree = main_window.page.items.ui.tree
    tree.expandAll()

    def file_row():
        return tree.topLevelItem(0).child(0).child(0)

    [before] = list_evidence(main_window.session.ws, 14)
    assert file_row().text(2) == (before.document_date or "")
    file_row().setText(2, "2025-03-17")  # what the inline editor commits
    qtbot.waitUntil(
        lambda: list_evidence(main_window.session.ws, 14)[0].document_date == "2025-03-17"
    )
    qtbot.waitUntil(lambda: file_row().text(2) == "2025-03-17")

    file_row().setText(2, "17 Maret")  # not a date: refused, the stored date shown again
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=3000)
    qtbot.waitUntil(lambda: file_row().text(2) == "2025-03-17")
    assert list_evidence(main_window.session.ws, 14)[0].document_date == "2025-03-17"


def test_switching_refills_the_rows_with_each_indicators_items_files_and_notes(
    main_window, dialogs, qtbot, tmp_path, pemdi2026
):
    from spbe_desktop.core.evidence.items import set_item_note

    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        attach_file(ws, 14, make_pdf(tmp_path / "topologi.pdf"), level=1, item=1)
        set_item_note(ws, 14, 1, 1, "Topologi di hal. 2", "hal. 2")
        set_item_note(ws, 1, 1, 1, "Renstra bab 3", "")
        counts = {
            i: [len(level_items(ws, i, lv)) for lv in ws.instrument.item_levels] for i in (1, 14)
        }
    assert main_window.open_path(path)
    ids = {n: main_window.session.ws.instrument.indicator(n).id for n in (1, 14)}
    panel = main_window.page.items
    tree = panel.ui.tree

    def shown(number):
        main_window.navigator.select(ids[number])
        return [tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())]

    assert shown(14) == counts[14]
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    assert panel.ui.noteEdit.toPlainText() == "Topologi di hal. 2"
    row = tree.topLevelItem(0).child(0)
    assert (row.text(1), row.text(2), row.child(0).text(0).strip()) == (
        "1",
        "ada bukti",
        "topologi.pdf",
    )
    assert shown(1) == counts[1]
    row = tree.topLevelItem(0).child(0)  # the same place, another indicator's item
    assert (row.text(1), row.text(2), row.childCount()) == ("–", "belum ada", 0)
    assert panel.selected_place() == (1, 1)
    assert panel.ui.noteEdit.toPlainText() == "Renstra bab 3"
    assert shown(14) == counts[14]
    assert panel.ui.noteEdit.toPlainText() == "Topologi di hal. 2"
    [stored] = list_evidence(main_window.session.ws, 14)
    assert tree.topLevelItem(0).child(0).child(0).text(2) == (stored.document_date or "")
    assert not dialogs.errors  # refilling a file row is no edit of its date
