"""The coordinator's Penilaian Asesor tab: a sheet imported as a round, a verdict chosen in the
table, the assessed index beside the claimed one and the gap by the points it costs."""

from __future__ import annotations

from opd_cycle import coordinator_with_levels

from spbe_desktop.core.assessment.store import TYPED, latest_verdicts, rounds
from spbe_desktop.ui.coordinator.prompts import CoordDialogs


def test_assessor_tab_imports_a_sheet_and_takes_typed_verdicts(
    main_window, synchronous_operations, tmp_path, pemdi2026, monkeypatch, qtbot
):
    path = coordinator_with_levels(
        tmp_path / "kab.spbews", pemdi2026, 2026, {"Kominfo": 3, "Bappeda": 2}
    )
    assert main_window.open_path(path)
    view = main_window.coordinator.view
    tab = view.assessor
    assert view.ui.tabs.tabText(tab.index) == "Penilaian &Asesor"
    view.ui.tabs.setCurrentIndex(tab.index)
    table = tab.ui.verdictTable
    assert table.rowCount() > 20 and table.horizontalHeaderItem(6).text() == "Putusan"
    assert "0 dari 20 indikator dinilai" in tab.ui.assessedSummary.text()

    sheet = tmp_path / "asesor.csv"
    sheet.write_text(
        "Indikator;Level;Butir;Status;Catatan;Nilai\n14;1;;diterima;;\n14;2;;revisi;DRC;\n"
    )
    monkeypatch.setattr(CoordDialogs, "open_sheet", staticmethod(lambda parent: str(sheet)))
    tab.ui.importSheetButton.click()
    assert [r.source for r in rounds(view.ws)] == ["asesor.csv"]
    assert "1 dari 20 indikator dinilai" in tab.ui.assessedSummary.text()
    gaps = tab.ui.gapTable
    assert gaps.rowCount() == 1 and gaps.item(0, 0).text() == "14"
    assert gaps.item(0, 4).text() == "0,10"  # (3 − 1) × 5 %
    review = main_window.coordinator.view.review
    review.select_opd("Kominfo")  # the owner of indicator 14: the items go back with its review
    assert "Asesor mengembalikan butir pada 1 indikatornya" in review.ui.reviewStateLabel.text()
    review.select_opd("Bappeda")
    assert "Asesor" not in review.ui.reviewStateLabel.text()

    # choose "diterima" for indicator 2, level 1, item 1 directly in the table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).text() == "2" and table.item(r, 2).text() == "1"
    )
    delegate = table.itemDelegateForColumn(6)
    index = table.model().index(row, 6)
    editor = delegate.createEditor(table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    editor.hidePopup()
    editor.setCurrentIndex(editor.findData("diterima"))
    delegate.setModelData(editor, table.model(), index)
    qtbot.waitUntil(lambda: ("I02", 1, 1) in latest_verdicts(view.ws))
    assert latest_verdicts(view.ws)[("I02", 1, 1)].status == "diterima"
    assert TYPED in [r.source for r in rounds(view.ws)]
    assert "2 dari 20 indikator dinilai" in tab.ui.assessedSummary.text()
    assert table.item(row, 6).text() == "diterima"  # redrawn from the workspace


def test_the_opd_sees_the_items_sent_back_on_the_indicator(main_window, tmp_path, pemdi2026):
    from spbe_desktop.core.assessment.workflow import import_verdicts
    from spbe_desktop.core.workspace.workspace import Workspace
    from spbe_desktop.ui.navigator import SHOW_REVISI

    path = tmp_path / "opd.spbews"
    ws = Workspace.create(path, opd_name="Dinas Kominfo", instrument=pemdi2026, period=2026)
    ws.set_answer(14, level=3, justification="Topologi dan DRC")
    ws.set_answer(9, level=1, justification="SK tim audit")
    sheet = tmp_path / "internal.csv"
    sheet.write_text(
        "Indikator;Level;Butir;Status;Catatan\n14;1;;diterima;\n"
        "14;2;1;tidak tepat;topologi 2019\n14;3;1;ditolak otomatis;\n9;1;;diterima;\n"
    )
    import_verdicts(ws, sheet)
    with ws.transaction() as conn:  # as a review package from this app's coordinator leaves them
        conn.execute(
            "INSERT INTO review_notes VALUES ('I14', 'revisi', 'Asesor: level 2 butir 1', 'p', 'x')"
        )
        conn.execute("INSERT INTO review_notes VALUES ('I09', 'revisi', 'SK belum sah', 'p', 'x')")
    ws.close()
    assert main_window.open_path(path)
    main_window.navigator.select("I14")
    banner = main_window.page.ui.assessorBanner
    assert banner.isVisibleTo(main_window)
    shown = banner.text()
    assert "Asesor mengembalikan butir" in shown
    assert "level 2 butir 1 tidak tepat — topologi 2019" in shown
    assert "level 3 butir 1 ditolak otomatis (perbaiki dulu level 2)" in shown
    # the coordinator's note only repeats the assessors' items: one banner, not two
    assert not main_window.page.ui.reviewBanner.isVisibleTo(main_window)
    main_window.navigator.select("I09")
    assert not banner.isVisibleTo(main_window)
    assert main_window.page.ui.reviewBanner.isVisibleTo(main_window)  # the coordinator's own
    nav = main_window.navigator
    nav.ui.filterCombo.setCurrentIndex(SHOW_REVISI)
    assert nav.ui.filterCombo.currentText() == "Perlu revisi (asesor)"
    nav.select("I14")
    nav.apply_filter()
    visible = [i for i, item in nav._items.items() if not item.isHidden()]
    assert visible == ["I14"]


def test_assessor_tab_writes_the_template_and_the_interview_pack(
    main_window, dialogs, synchronous_operations, tmp_path, pemdi2026, monkeypatch
):
    from openpyxl import load_workbook

    path = coordinator_with_levels(tmp_path / "kab.spbews", pemdi2026, 2026, {"Kominfo": 2})
    assert main_window.open_path(path)
    tab = main_window.coordinator.view.assessor
    wanted = iter([str(tmp_path / "lembar.xlsx"), str(tmp_path / "interviu.pdf")])
    monkeypatch.setattr(CoordDialogs, "save_as", staticmethod(lambda *a: next(wanted)))
    tab.ui.templateButton.click()
    rows = list(load_workbook(tmp_path / "lembar.xlsx").worksheets[0].iter_rows(values_only=True))
    assert rows[0][7] == "Status" and len(rows) - 1 == tab.ui.verdictTable.rowCount()
    tab.ui.interviewButton.click()
    assert (tmp_path / "interviu.pdf").read_bytes().startswith(b"%PDF")
    assert [u.toLocalFile() for u in dialogs.opened] == [
        str(tmp_path / "lembar.xlsx"),
        str(tmp_path / "interviu.pdf"),
    ]
    assert dialogs.errors == []


def test_the_opd_imports_its_internal_teams_sheet(
    main_window, dialogs, synchronous_operations, tmp_path, pemdi2026, monkeypatch
):
    from spbe_desktop.core.workspace.workspace import Workspace
    from spbe_desktop.ui.dialogs import Dialogs

    path = tmp_path / "opd.spbews"
    ws = Workspace.create(path, opd_name="Dinas Kominfo", instrument=pemdi2026, period=2026)
    ws.set_answer(14, level=2, justification="Topologi jaringan")
    ws.close()
    sheet = tmp_path / "tim-internal.csv"
    sheet.write_text("Indikator;Level;Status;Catatan\n14;1;diterima;\n14;2;revisi;belum ada DRC\n")
    monkeypatch.setattr(Dialogs, "open_sheet", staticmethod(lambda *a: str(sheet)))
    assert main_window.open_path(path)
    main_window.navigator.select("I14")
    action = main_window.actions_by_key["import_assessment"]
    assert action.text() == "Impor penilaian &internal…" and action.isEnabled()
    action.trigger()
    assert dialogs.errors == []
    assert dialogs.infos and "butir dikembalikan" in dialogs.infos[-1]
    banner = main_window.page.ui.assessorBanner
    assert banner.isVisibleTo(main_window) and "belum ada DRC" in banner.text()
    with Workspace.open(path, read_only=True) as opened:
        assert [r.kind for r in rounds(opened)] == ["mandiri"]
