"""The coordinator's Penilaian Asesor tab: a sheet imported as a round, a verdict chosen in the
table, the assessed index beside the claimed one and the gap by the points it costs."""

from __future__ import annotations

from opd_cycle import coordinator_with_levels

from spbe_desktop.core.assessment.store import TYPED, latest_verdicts, rounds
from spbe_desktop.ui.coordinator.prompts import CoordDialogs


def test_assessor_tab_imports_a_sheet_and_takes_typed_verdicts(
    main_window, synchronous_operations, tmp_path, pemdi2026, monkeypatch
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

    # choose "diterima" for indicator 2, level 1, item 1 directly in the table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).text() == "2" and table.item(r, 2).text() == "1"
    )
    combo = table.cellWidget(row, 6)
    combo.setCurrentIndex(combo.findData("diterima"))
    assert latest_verdicts(view.ws)[("I02", 1, 1)].status == "diterima"
    assert TYPED in [r.source for r in rounds(view.ws)]
    assert "2 dari 20 indikator dinilai" in tab.ui.assessedSummary.text()
