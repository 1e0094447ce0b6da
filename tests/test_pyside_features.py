"""PySide is told what it would otherwise read every imported module's source to find out."""

from __future__ import annotations

import importlib
import sys

import pytest

from spbe_desktop.ui import pyside_features
from spbe_desktop.ui.qt_environment import prepare


@pytest.fixture
def feature_module():
    prepare()
    module = sys.modules.get(pyside_features.FEATURE_MODULE)
    if module is None or not hasattr(module, "_mod_uses_pyside"):
        pytest.skip("this PySide keeps no table of modules")
    return module


def _import_afresh(monkeypatch, feature_module, name: str) -> list[str]:
    """Import `name` as if for the first time; the names whose source PySide read meanwhile."""
    read: list[str] = []
    real = feature_module._mod_uses_pyside

    def reading(module):
        read.append(module.__name__)
        return real(module)

    monkeypatch.setattr(feature_module, "_mod_uses_pyside", reading)
    monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.delitem(feature_module.pyside_feature_dict, name, raising=False)
    __import__(name)  # an import statement's way in, which PySide wraps (import_module is not)
    return read


def test_the_apps_modules_are_known_to_use_pyside_without_options(monkeypatch, feature_module):
    name = "spbe_desktop.core.figures"
    assert _import_afresh(monkeypatch, feature_module, name) == []
    assert feature_module.pyside_feature_dict[name] == pyside_features.NO_OPTIONS


def test_pythons_own_modules_are_known_not_to_use_pyside(monkeypatch, feature_module):
    name = "colorsys"
    assert _import_afresh(monkeypatch, feature_module, name) == []
    assert feature_module.pyside_feature_dict[name] == pyside_features.NOT_PYSIDE


def test_other_modules_are_left_to_pyside(monkeypatch, feature_module):
    name = "platformdirs"  # neither the app's nor Python's: PySide reads it as before
    assert name in _import_afresh(monkeypatch, feature_module, name)
    assert feature_module.pyside_feature_dict[name] == pyside_features.NOT_PYSIDE


def test_known_values_match_what_pyside_reads(feature_module):
    for name in ("spbe_desktop.ui.main_window", "json", "sqlite3.dbapi2"):
        module = importlib.import_module(name)
        uses = feature_module._mod_uses_pyside(module)
        expected = pyside_features.NO_OPTIONS if uses else pyside_features.NOT_PYSIDE
        assert pyside_features.known_value(name) == expected
    assert pyside_features.known_value("pytestqt") is None


def test_the_finder_is_installed_once():
    prepare()
    prepare()
    finders = [f for f in sys.meta_path if type(f).__name__ == "_KnownModules"]
    assert len(finders) == 1
