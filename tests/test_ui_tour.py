"""The first-start tour: offered once, five steps on the real widgets, skippable, reopened from
Help."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt

from spbe_desktop.ui.settings import AppSettings
from spbe_desktop.ui.tour import Tour, first_start, offer_first_tour


def _wait_for_tour(qtbot) -> Tour:
    qtbot.waitUntil(lambda: Tour.current() is not None, timeout=60_000)
    return Tour.current()


def test_first_start_offers_the_tour_once_on_the_demo(main_window, dialogs, qtbot):
    window = main_window
    assert not window.settings.tour_shown()
    assert offer_first_tour(window)
    tour = _wait_for_tour(qtbot)
    assert window.session is not None  # no workspace was open: the demo was opened for it
    expected = [
        window.navigator,
        window.page.ui.levelsBox,
        window.page.ui.evidenceBox,
        window.index_label,
        window.toolbar.widgetForAction(window.actions_by_key["export"]),
    ]
    for index, target in enumerate(expected):
        assert tour.index == index and tour.current_target() is target
        corner = target.mapTo(window, QPoint(0, 0))
        assert tour.target_rect.contains(QRect(corner, target.size()))
        bubble = tour.bubble.geometry()
        assert window.rect().contains(bubble)
        qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert Tour.current() is None and not tour.isVisible()
    assert AppSettings().tour_shown()  # remembered in the settings file
    assert not offer_first_tour(window)  # never offered twice


def test_the_tour_can_be_declined_skipped_and_reopened(main_window, dialogs, qtbot, workspace):
    window = main_window
    dialogs.confirm_answer = False
    path = workspace.path
    workspace.close()
    window.open_path(path)
    assert not offer_first_tour(window) and Tour.current() is None
    assert window.settings.tour_shown()
    window.actions_by_key["tour"].trigger()  # Help → Short tour, on the open workspace
    tour = _wait_for_tour(qtbot)
    assert window.session.ws.path == path
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.index == 1
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.index == 0 and not tour.back_button.isEnabled()
    qtbot.mouseClick(tour.skip_button, Qt.MouseButton.LeftButton)
    assert Tour.current() is None


def test_declining_on_the_first_start_still_opens_the_demo_asked_for(main_window, dialogs, qtbot):
    dialogs.confirm_answer = False
    first_start(main_window, open_demo=True)
    qtbot.waitUntil(lambda: main_window.session is not None, timeout=60_000)
    assert Tour.current() is None
    assert "demo" in main_window.session.ws.path.name
