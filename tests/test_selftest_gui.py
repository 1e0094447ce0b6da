"""The GUI self-test (run on every frozen build in CI) finds a GUI module that cannot be imported,
such as one whose compiled form was left out of the build."""

from __future__ import annotations

import sys

from spbe_desktop.ui.selftest import import_every_ui_module


def test_every_ui_module_and_form_imports():
    imported, failed = import_every_ui_module()
    assert failed == []
    assert "spbe_desktop.ui.coordinator.new_dialog" in imported
    assert "spbe_desktop.ui.forms.ui_coord_new" in imported


def test_a_missing_compiled_form_is_reported(monkeypatch):
    import_every_ui_module()
    monkeypatch.setitem(sys.modules, "spbe_desktop.ui.forms.ui_coord_new", None)
    monkeypatch.delitem(sys.modules, "spbe_desktop.ui.coordinator.new_dialog")
    imported, failed = import_every_ui_module()
    assert any(f.startswith("spbe_desktop.ui.coordinator.new_dialog ") for f in failed)
    assert "spbe_desktop.ui.coordinator.new_dialog" not in imported
