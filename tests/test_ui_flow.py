"""The main flow through the real widgets: welcome → create → answer → attach → index → reopen."""

from __future__ import annotations

from pathlib import Path

from evidence_files import make_pdf
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from spbe_desktop.core.evidence.store import list_evidence
from spbe_desktop.core.workspace.workspace import Workspace


def create_through_welcome(window, monkeypatch, path: Path, qtbot) -> None:
    from spbe_desktop.ui.welcome import NewWorkspaceDialog

    def fill(parent, folder, lang):
        dialog = NewWorkspaceDialog(parent, folder, lang)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.ui.opdEdit, "Dinas Kesehatan")
        dialog.ui.periodSpin.setValue(2025)  # the instrument follows the period
        assert dialog.ui.instrumentCombo.currentData() == "spbe-2020"
        dialog.ui.locationEdit.setText(str(path))
        dialog._accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.request()

    monkeypatch.setattr(NewWorkspaceDialog, "ask", classmethod(lambda cls, *a: fill(*a)))
    qtbot.mouseClick(window.welcome.ui.newButton, Qt.MouseButton.LeftButton)


def test_create_answer_attach_reopen(main_window, dialogs, monkeypatch, qtbot, tmp_path):
    window = main_window
    path = tmp_path / "dinkes.spbews"
    create_through_welcome(window, monkeypatch, path, qtbot)
    assert window.session is not None and path.exists()
    assert "Dinas Kesehatan" in window.windowTitle() and "dinkes.spbews" in window.windowTitle()
    page = window.page
    assert window.navigator.current_indicator() == "I01"
    assert window.index_label.text() == "Indeks SPBE: belum ada jawaban"

    qtbot.mouseClick(page._radios[4], Qt.MouseButton.LeftButton)
    assert window.session.ws.answer("I01").level == 4  # saved at once, no Save button
    assert "4,00" in window.index_label.text() and "sementara" in window.index_label.text()

    page.ui.justificationEdit.setFocus()
    qtbot.keyClicks(page.ui.justificationEdit, "Perbup Nomor 5 Tahun 2024 sudah ditetapkan.")
    qtbot.waitUntil(
        lambda: window.session.ws.answer("I01").justification.startswith("Perbup"), timeout=3000
    )

    dialogs.files = [str(make_pdf(tmp_path / "perbup.pdf"))]
    window.actions_by_key["attach"].trigger()
    qtbot.waitUntil(lambda: page.evidence.ui.list.topLevelItemCount() == 1, timeout=5000)
    assert page.evidence.ui.list.topLevelItem(0).text(0) == "perbup.pdf"
    assert window.isEnabled()
    assert "bukti dukung untuk 1" in window.progress_label.text()

    window.actions_by_key["next"].trigger()
    assert window.navigator.current_indicator() == "I02"
    window.choose_level(2)
    assert "3," in window.index_label.text()  # (1.30×4 + w2×2) / (1.30 + w2), shown 3,xx

    window.actions_by_key["close_workspace"].trigger()
    assert window.ui.stack.currentWidget() is window.ui.welcomeHolder
    assert window.welcome.ui.recentList.count() == 1
    item = window.welcome.ui.recentList.item(0)
    window.welcome.ui.recentList.itemActivated.emit(item)
    assert window.session is not None
    assert window.navigator.current_indicator() == "I02"  # back where the user left off
    window.navigator.select("I01")
    assert window.page.levels.checkedId() == 4
    assert window.page.ui.justificationEdit.toPlainText().startswith("Perbup")
    assert window.page.evidence.ui.list.topLevelItemCount() == 1
    assert not dialogs.errors


def test_drag_and_drop_onto_evidence_list(main_window, dialogs, qtbot, tmp_path, workspace):
    path = workspace.path
    workspace.close()
    assert main_window.open_path(path)
    panel = main_window.page.evidence
    dropped = make_pdf(tmp_path / "sk-tim.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    viewport = panel.ui.list.viewport()
    where = QPoint(10, 10)
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where.toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: panel.ui.list.topLevelItemCount() == 1, timeout=5000)
    ws = main_window.session.ws
    assert [e.original_name for e in list_evidence(ws, "I01")] == ["sk-tim.pdf"]

    panel.ui.list.setCurrentItem(panel.ui.list.topLevelItem(0))
    panel.open_selected()
    qtbot.waitUntil(lambda: len(dialogs.opened) == 1, timeout=5000)
    opened = Path(dialogs.opened[0].toLocalFile())
    assert opened.read_bytes() == dropped.read_bytes()

    dialogs.confirm_answer = False
    panel.remove_selected()
    assert panel.ui.list.topLevelItemCount() == 1
    dialogs.confirm_answer = True
    panel.remove_selected()
    assert panel.ui.list.topLevelItemCount() == 0
    assert list_evidence(ws, "I01") == []


def test_image_preview(main_window, dialogs, qtbot, tmp_path, workspace):
    from PIL import Image

    picture = tmp_path / "tangkapan-layar.png"
    Image.new("RGB", (800, 500), "#1f5fa8").save(picture)
    from spbe_desktop.core.evidence.store import attach_file

    attach_file(workspace, "I01", picture)
    path = workspace.path
    workspace.close()
    main_window.open_path(path)
    label = main_window.page.evidence.ui.previewLabel
    qtbot.waitUntil(
        lambda: label.pixmap() is not None and not label.pixmap().isNull(), timeout=5000
    )
    assert label.pixmap().width() <= 240


def test_going_back_shows_the_preview_without_reading_the_file_again(
    main_window, dialogs, qtbot, tmp_path, workspace, monkeypatch
):
    from PIL import Image

    from spbe_desktop.core.evidence import content, store

    picture = tmp_path / "bagan.png"
    Image.new("RGB", (640, 400), "#2e7d32").save(picture)
    store.attach_file(workspace, "I01", picture)
    path = workspace.path
    workspace.close()
    reads = []
    real = content.save_content
    monkeypatch.setattr(
        content, "save_content", lambda *a, **k: reads.append(a[1]) or real(*a, **k)
    )
    window = main_window
    window.open_path(path)
    label = window.page.evidence.ui.previewLabel
    shown = lambda: label.pixmap() is not None and not label.pixmap().isNull()  # noqa: E731
    qtbot.waitUntil(shown, timeout=5000)
    assert len(reads) == 1
    window.navigator.select("I02")
    assert not shown()
    window.navigator.select("I01")
    assert shown() and len(reads) == 1


def test_keyboard_levels_and_navigation(main_window, dialogs, qtbot, workspace):
    path = workspace.path
    workspace.close()
    window = main_window
    window.open_path(path)
    tree = window.navigator.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_3)
    assert window.session.ws.answer("I01").level == 3
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.current_indicator() == "I02"
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current_indicator() == "I01"
    edit = window.page.ui.justificationEdit
    window.actions_by_key["focus_justification"].trigger()
    qtbot.keyClicks(edit, "5 dokumen")
    assert window.session.ws.answer("I01").level == 3  # typing digits does not change the level
    window.actions_by_key["next"].trigger()  # switching saves the pending text at once
    assert window.session.ws.answer("I01").justification == "5 dokumen"

    window.actions_by_key["undo"].trigger()
    assert window.navigator.current_indicator() == "I01"
    assert window.session.ws.answer("I01").justification == ""
    assert edit.toPlainText() == ""
    window.actions_by_key["redo"].trigger()
    assert window.session.ws.answer("I01").justification == "5 dokumen"


def test_filter_and_overview(main_window, dialogs, qtbot, workspace):
    workspace.set_answer("I01", level=3, justification="ada")
    path = workspace.path
    workspace.close()
    window = main_window
    window.open_path(path)
    window.navigator.select("I05")
    nav = window.navigator
    nav.ui.filterCombo.setCurrentIndex(1)  # not yet answered
    assert nav._items["I01"].isHidden()
    assert not nav._items["I02"].isHidden()
    window.actions_by_key["overview"].trigger()
    assert window.ui.pages.currentWidget() is window.overview
    table = window.overview.ui.table
    assert table.rowCount() == 4 + 8  # spbe-2020: domains with their aspects
    assert table.item(1, 2).text().startswith("1 /")
    assert "3,00" in window.overview.ui.summaryLabel.text()


def test_read_only_when_in_use(main_window, dialogs, workspace):
    assert main_window.open_path(workspace.path)  # the fixture still holds it open
    assert main_window.session.read_only
    assert main_window.ui.bannerLabel.isVisible()
    assert "hanya baca" in main_window.ui.bannerLabel.text().lower()
    assert not main_window.page._radios[1].isEnabled()
    assert not main_window.actions_by_key["attach"].isEnabled()


def test_plain_messages_for_bad_files(main_window, dialogs, tmp_path):
    junk = tmp_path / "catatan.spbews"
    junk.write_text("bukan ruang kerja")
    assert not main_window.open_path(junk)
    assert dialogs.errors and "bukan berkas ruang kerja" in dialogs.errors[-1]
    assert main_window.session is None

    newer = tmp_path / "baru.spbews"
    Workspace.create(
        newer,
        opd_name="Inspektorat",
        instrument=__import__("spbe_desktop.core.instrument.pack").core.instrument.pack.pack_by_id(
            "spbe-2020"
        ),
        period=2025,
    ).close()
    import sqlite3

    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert not main_window.open_path(newer)
    assert "versi SPBE Desktop yang lebih baru" in dialogs.errors[-1]


def test_pdf_first_page_preview(main_window, dialogs, qtbot, tmp_path, workspace):
    from spbe_desktop.core.evidence.store import attach_file

    attach_file(workspace, "I01", make_pdf(tmp_path / "perbup.pdf"))
    path = workspace.path
    workspace.close()
    main_window.open_path(path)
    label = main_window.page.evidence.ui.previewLabel
    qtbot.waitUntil(
        lambda: label.pixmap() is not None and not label.pixmap().isNull(), timeout=5000
    )
    assert label.pixmap().height() <= 180 and label.pixmap().width() < label.pixmap().height()


def test_summary_prints_every_page(qtbot, tmp_path, workspace):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from spbe_desktop.core.report.summary import write_summary
    from spbe_desktop.ui.summary_print import print_pages

    for n in range(1, 48):
        workspace.set_answer(
            n, level=3, justification="Dokumen sudah ditetapkan dan diterapkan. " * 4
        )
    summary = write_summary(workspace, tmp_path / "ringkasan.pdf")
    pages = len(PdfReader(summary).pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    assert print_pages(printer, summary, pages)
    assert len(PdfReader(tmp_path / "cetak.pdf").pages) == pages > 1


def test_closing_a_changed_workspace_backs_it_up_and_restore_brings_it_back(
    main_window, dialogs, monkeypatch, tmp_path, workspace
):
    from spbe_desktop.core.workspace.backup import all_backups
    from spbe_desktop.core.workspace.workspace import Workspace
    from spbe_desktop.ui.dialogs import Dialogs
    from spbe_desktop.ui.restore_dialog import RestoreDialog

    path = workspace.path
    workspace.close()
    assert main_window.open_path(path)
    main_window.session.change("I03", "level", 4)
    main_window.actions_by_key["close_workspace"].trigger()
    backups = all_backups()
    assert len(backups) == 1 and backups[0].origin == path.resolve()

    with Workspace.open(path) as ws:  # a mistake after the backup
        ws.set_answer(3, level=1)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, parent, entries: entries[0]))
    monkeypatch.setattr(
        Dialogs, "save_workspace", staticmethod(lambda parent, suggested: suggested)
    )
    main_window.actions_by_key["restore_backup"].trigger()
    assert main_window.session.ws.answer(3).level == 4
    assert list(path.parent.glob("*.rusak-*"))
