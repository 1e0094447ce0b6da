"""The monitoring charts on screen: the coordinator's Pemantauan tab (the same drawings as the PDF,
target and threshold kept from the spin boxes) and the OPD's aspect profile on its overview."""

from __future__ import annotations

from decimal import Decimal

from opd_cycle import coordinator_with_levels
from PySide6.QtGui import QImage

from spbe_desktop.core.targets import set_targets, targets
from spbe_desktop.core.workspace.workspace import Workspace


def dark_share(widget) -> float:
    """How much of the widget is painted dark (bars), from a real grab."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            dark += image.pixelColor(x, y).value() < 100
    return dark / max(1, total)


def test_monitoring_tab_draws_the_charts_and_keeps_the_target(
    main_window, synchronous_operations, tmp_path, spbe2020, qtbot
):
    path = coordinator_with_levels(tmp_path / "kab.spbews", spbe2020, 2025, {"A": 3, "B": 2})
    assert main_window.open_path(path)
    view = main_window.coordinator.view
    tabs = view.ui.tabs
    assert tabs.tabText(view.monitor.index) == "Pe&mantauan"
    tabs.setCurrentIndex(view.monitor.index)
    captions = [c.text() for c, chart in view.monitor.charts if chart.isVisibleTo(view)]
    assert captions == [
        "Peringkat OPD dan target",
        "Profil domain",
        "Profil aspek",
        "Indeks per periode",
        "Kesiapan OPD",
    ]
    ranking_chart = view.monitor.charts[0][1]
    qtbot.waitUntil(lambda: ranking_chart.height() > 50)
    assert dark_share(ranking_chart) > 0.01  # the bars are really painted
    spin = view.monitor.ui.targetSpin
    assert spin.specialValueText() == "tidak ada" and spin.value() == 0
    spin.setValue(2.75)
    spin.editingFinished.emit()
    assert targets(view.ws) == (Decimal("2.75"), Decimal("2.75"))
    view.monitor.ui.thresholdSpin.setValue(2.5)
    view.monitor.ui.thresholdSpin.editingFinished.emit()
    assert targets(view.ws) == (Decimal("2.75"), Decimal("2.50"))


def test_read_only_coordinator_cannot_change_the_target(main_window, tmp_path, spbe2020):
    path = coordinator_with_levels(tmp_path / "kab.spbews", spbe2020, 2025, {"A": 3})
    with Workspace.open(path) as ws:
        set_targets(ws, "3.00")
        assert main_window.open_path(path)  # held open here: the window gets it read-only
        monitor = main_window.coordinator.view.monitor
        assert not monitor.ui.targetSpin.isEnabled()
        assert monitor.ui.targetSpin.value() == 3.0


def test_overview_shows_the_aspect_profile_against_the_target(main_window, workspace, qtbot):
    set_targets(workspace, "3.00")
    for number in (1, 11, 21, 32):
        workspace.set_answer(number, level=2, justification="ada")
    path = workspace.path
    workspace.close()
    assert main_window.open_path(path)
    main_window.show_overview()
    profile = main_window.overview.profile
    assert profile.caption.text() == "Profil aspek terhadap target indeks"
    qtbot.waitUntil(lambda: profile.chart.height() > 50)
    assert dark_share(profile.chart) > 0.005
    table = main_window.overview.ui.table
    assert table.height() >= sum(table.rowHeight(r) for r in range(table.rowCount()))


def test_award_certificates_from_the_reports_tab(
    main_window, dialogs, synchronous_operations, tmp_path, spbe2020, monkeypatch
):
    from spbe_desktop.core.keys import generate_key
    from spbe_desktop.ui.coordinator.prompts import CoordDialogs

    levels = {"Dinas Kominfo": 4, "Bappeda": 3, "Inspektorat": 3, "BPKAD": 1}
    path = coordinator_with_levels(tmp_path / "kab.spbews", spbe2020, 2025, levels)
    with Workspace.open(path) as ws:
        generate_key(ws, "kata-sandi-diskominfo", scrypt_n=2**10)
    out = tmp_path / "piagam"
    asked = []
    monkeypatch.setattr(CoordDialogs, "folder", staticmethod(lambda *a: str(out)))
    monkeypatch.setattr(
        CoordDialogs,
        "number",
        staticmethod(lambda parent, title, label, value: asked.append(value) or 2),
    )
    assert main_window.open_path(path)
    view = main_window.coordinator.view
    assert view.ui.awardButton.text() == "&Piagam penghargaan…"
    view.ui.awardButton.click()
    assert asked == [3] and not dialogs.errors
    assert sorted(p.name for p in out.iterdir()) == [
        "peringkat-1-Dinas-Kominfo.pdf",
        "peringkat-2-Bappeda.pdf",
        "peringkat-2-Inspektorat.pdf",
    ]
    assert view.ui.reportsList.count() == 3
    assert view.ui.reportsList.item(0).text().startswith("peringkat-1-Dinas-Kominfo.pdf")
    assert dialogs.opened[-1].toLocalFile() == str(out)
