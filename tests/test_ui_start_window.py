"""The window as it starts: on a workspace it shows that workspace in its first frame and never
builds the welcome page; with nothing to open, or a workspace that does not open, the welcome."""

from __future__ import annotations

import pytest

from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture
def window(qtbot, dialogs):
    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.app import Controller
    from spbe_desktop.ui.settings import AppSettings

    i18n.install("id")
    controller = Controller(AppSettings(), "id")
    shown = controller.window
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    yield shown
    from spbe_desktop.ui.tasks import shutdown

    shutdown()
    controller.window.close()


def test_started_on_a_workspace_the_welcome_is_never_built(window, tmp_path, spbe2020, qtbot):
    path = tmp_path / "dinas.spbews"
    Workspace.create(path, opd_name="Dinas Kominfo", instrument=spbe2020, period=2025).close()
    assert window.show_opening(path)
    qtbot.waitExposed(window)
    assert window.ui.stack.currentWidget() is window.ui.workspaceHolder
    assert window._welcome is None
    assert window.page.indicator is not None  # the first indicator is on the page


def test_started_with_nothing_to_open_shows_the_welcome(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert window._welcome is not None
    assert window.ui.stack.currentWidget() is window.ui.welcomeHolder
    assert window.welcome.isVisible()


def test_a_workspace_that_does_not_open_has_its_message_over_the_welcome(
    window, dialogs, tmp_path, monkeypatch, qtbot
):
    from spbe_desktop.ui.dialogs import Dialogs

    behind = []

    def error(parent, message):
        behind.append(window._welcome is not None and window.welcome.isVisible())
        dialogs.errors.append(message)

    monkeypatch.setattr(Dialogs, "error", staticmethod(error))
    assert not window.show_opening(tmp_path / "tidak-ada.spbews")
    assert behind == [True]
    assert "tidak ditemukan" in dialogs.errors[0]
    assert window.ui.stack.currentWidget() is window.ui.welcomeHolder
    assert window.session is None
