"""F1 context help: the right page on each main screen and dialog, pages in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from opd_cycle import coordinator_with_levels
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from spbe_desktop.ui.help_browser import HelpBrowser, help_folder, page_path
from spbe_desktop.ui.help_topics import COORDINATOR_TABS, DIALOGS


@pytest.fixture
def help_closed():
    yield
    browser = HelpBrowser.current()
    if browser is not None:
        browser.close()


def f1(qtbot, widget) -> str:
    """F1 where the user would press it: on the widget with the keyboard focus."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    browser = HelpBrowser.current()
    assert browser is not None and browser.isVisible()
    return browser.topic


def test_f1_on_each_main_screen(main_window, dialogs, qtbot, workspace, help_closed):
    window = main_window
    assert f1(qtbot, window.welcome.ui.recentList) == "welcome"
    assert "Layar pembuka" in HelpBrowser.current().ui.browser.toPlainText()
    path = workspace.path
    workspace.close()
    window.open_path(path)
    assert f1(qtbot, window.navigator.tree) == "indicator"
    assert f1(qtbot, window.page.ui.justificationEdit) == "indicator"
    assert f1(qtbot, window.page.evidence.ui.list) == "evidence"
    window.actions_by_key["overview"].trigger()
    assert f1(qtbot, window.overview.ui.table) == "overview"
    window.actions_by_key["help_contents"].trigger()
    assert HelpBrowser.current().topic == "index"


def test_f1_on_each_coordinator_tab(main_window, dialogs, qtbot, tmp_path, spbe2020, help_closed):
    path = coordinator_with_levels(tmp_path / "kab.spbews", spbe2020, 2025, {"Bappeda": 3})
    assert main_window.open_path(path)
    view = main_window.coordinator.view
    for index, topic in enumerate(COORDINATOR_TABS):
        view.ui.tabs.setCurrentIndex(index)
        assert f1(qtbot, view.ui.tabs.currentWidget()) == topic
    main_window.toolbar.setFocus()
    assert f1(qtbot, main_window.toolbar) == COORDINATOR_TABS[-1]


def test_f1_in_a_dialog_opens_its_page(main_window, qtbot, tmp_path, help_closed):
    from spbe_desktop.ui.welcome import NewWorkspaceDialog

    dialog = NewWorkspaceDialog(main_window, tmp_path, "id")
    qtbot.addWidget(dialog)
    dialog.show()
    assert f1(qtbot, dialog.ui.opdEdit) == "new-workspace"
    dialog.reject()


def _dialog_classes() -> set[str]:
    ui = Path(__file__).resolve().parents[1] / "spbe_desktop" / "ui"
    found = set()
    for source in ui.rglob("*.py"):
        if "forms" in source.parts:
            continue
        found |= set(
            re.findall(
                r"^class (\w+)\((?:QDialog|NewWorkspaceForm|ChecklistDialog)\)",
                source.read_text(),
                re.M,
            )
        )
    return found


def test_every_dialog_has_a_help_page_and_every_page_both_languages():
    dialogs = _dialog_classes() - {"HelpBrowser", "NewWorkspaceForm", "ChecklistDialog"}
    assert dialogs and dialogs <= set(DIALOGS), (
        f"no help topic for {sorted(dialogs - set(DIALOGS))}"
    )
    topics = set(DIALOGS.values()) | set(COORDINATOR_TABS) | {"index", "welcome", "coordinator"}
    for lang in ("id", "en"):
        pages = {p.stem for p in (help_folder() / lang).glob("*.html")}
        assert topics <= pages, f"{lang}: missing {sorted(topics - pages)}"
        for page in (help_folder() / lang).glob("*.html"):
            body = page.read_text(encoding="utf-8")
            assert f'<html lang="{lang}">' in body
            for link in re.findall(r'href="([^"#]+\.html)"', body):
                assert (page.parent / link).is_file(), f"{page.name} links to {link}"
    assert {p.stem for p in (help_folder() / "id").glob("*.html")} == {
        p.stem for p in (help_folder() / "en").glob("*.html")
    }
    assert page_path("no-such-topic", "en").name == "index.html"


def test_help_follows_the_language(main_window, qtbot, help_closed):
    from spbe_desktop.ui import i18n

    i18n.install("en")
    try:
        assert f1(qtbot, main_window.welcome.ui.recentList) == "welcome"
        assert "Welcome screen" in HelpBrowser.current().ui.browser.toPlainText()
    finally:
        i18n.install("id")
