"""The Qt environment the app sets for itself before its application object exists."""

from __future__ import annotations

import os

from spbe_desktop.ui.qt_environment import prepare


def test_painting_stays_on_the_ui_thread_unless_the_user_chose_otherwise(monkeypatch):
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    prepare()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "0")
    prepare()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "0"
