"""Missing X11 libraries on Linux: the app names the packages to install instead of Qt's generic
platform-plugin error, before any window or application object exists."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from spbe_desktop.ui import app, system_libraries

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 plugin")


@pytest.fixture
def on_x11(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":97")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_library_to_package(soname, package):
    assert system_libraries.apt_package(soname) == package


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({}, False),
    ],
)
def test_when_qt_uses_its_x11_plugin(env, expected):
    assert system_libraries.uses_xcb(env) is expected


def test_missing_libraries_are_named_as_packages_before_qt_starts(on_x11, monkeypatch, capsys):
    seen = []

    def probe(plugin):
        seen.append(plugin)
        return ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"]

    monkeypatch.setattr(system_libraries, "missing_libraries", probe)
    assert app.main(["--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert seen and seen[0].name == "libqxcb.so"  # the plugin of the PySide6 in use
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0" in err
    assert err.startswith("The application window cannot open") and err.count("\n") == 1
    assert app.main(["--lang", "id"]) == 1
    assert capsys.readouterr().err.startswith("Jendela aplikasi tidak dapat dibuka")


def test_the_language_setting_is_used_without_lang(on_x11, monkeypatch, capsys):
    from spbe_desktop.ui.settings import AppSettings

    AppSettings().set_language("en")
    monkeypatch.setattr(system_libraries, "missing_libraries", lambda plugin: ["libxcb-shape.so.0"])
    assert app.main([]) == 1
    assert "install them with `sudo apt install libxcb-shape0`" in capsys.readouterr().err


def test_nothing_is_said_when_every_library_loads(on_x11):
    plugin = system_libraries.xcb_plugin()
    assert plugin is not None
    # The machine that runs the tests has them (.ci/run installs them): no false alarm.
    missing = system_libraries.missing_libraries(plugin)
    assert missing == [], "apt install " + " ".join(map(system_libraries.apt_package, missing))
    assert system_libraries.check_system_libraries() is None


def test_without_ldd_each_library_is_loaded(monkeypatch):
    def no_ldd(*args, **kwargs):
        raise FileNotFoundError("ldd")

    import subprocess  # imported by the check itself only when X11 is used

    monkeypatch.setattr(subprocess, "run", no_ldd)
    monkeypatch.setattr(
        system_libraries, "XCB_LIBRARIES", ("libc.so.6", "libspbe-does-not-exist.so.3")
    )
    assert system_libraries.missing_libraries(Path("x")) == ["libspbe-does-not-exist.so.3"]


def test_ldd_output_is_read(monkeypatch, tmp_path):
    class Listed:
        returncode = 0
        stdout = (
            "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f)\n"
            "\tlibxcb-cursor.so.0 => not found\n"
            "\tlibxcb-icccm.so.4 => not found\n"
            "\tlibxcb-cursor.so.0 => not found\n"
        )

    import subprocess

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: Listed())
    assert system_libraries.missing_libraries(tmp_path / "libqxcb.so") == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
    ]
