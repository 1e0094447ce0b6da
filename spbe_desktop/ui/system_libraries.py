"""Before the first window on Linux: are the system libraries of Qt's X11 (xcb) plugin there?

A fresh Linux machine often lacks a few of them (libxcb-cursor0 and friends); Qt then stops with
a generic "could not load the Qt platform plugin" message that names no package. This check runs
before the application object exists and names the packages to install instead. Qt is not
imported here: loading the plugin is what would fail.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from spbe_desktop.core.errors import SpbeError

# The libraries the xcb plugin loads beyond what any desktop has (used when `ldd` is absent).
XCB_LIBRARIES = (
    "libxcb.so.1", "libX11-xcb.so.1", "libxcb-cursor.so.0", "libxcb-icccm.so.4",
    "libxcb-image.so.0", "libxcb-keysyms.so.1", "libxcb-randr.so.0", "libxcb-render-util.so.0",
    "libxcb-shape.so.0", "libxcb-shm.so.0", "libxcb-sync.so.1", "libxcb-xfixes.so.0",
    "libxcb-xkb.so.1", "libxkbcommon.so.0", "libxkbcommon-x11.so.0", "libxcb-util.so.1",
    "libEGL.so.1", "libGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3",
)  # fmt: skip
# Debian/Ubuntu package names that do not follow the usual rule (see apt_package).
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}
NOT_FOUND = r"^\s*(\S+)\s+=>\s+not found"  # a line of ldd's output


def apt_package(soname: str) -> str:
    """The Debian/Ubuntu package holding a library: libxcb-cursor.so.0 → libxcb-cursor0,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0 (a dash when the name ends in a digit)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin inside the PySide6 in use (also in the frozen build)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs and the dynamic loader cannot find."""
    import ctypes  # here, not at the top: starts that do not use X11 need none of these
    import re
    import subprocess

    try:
        listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        listed = None
    if listed is not None and listed.returncode == 0:
        return sorted(set(re.findall(NOT_FOUND, listed.stdout, re.MULTILINE)))
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 plugin: Linux, an X display, no other platform chosen."""
    if not sys.platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def check_system_libraries() -> SpbeError | None:
    """The error to show when the window cannot open for lack of system libraries, else None."""
    if not uses_xcb(os.environ):
        return None
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin else []
    if not missing:
        return None
    packages = " ".join(sorted({apt_package(soname) for soname in missing}))
    return SpbeError(
        "Jendela aplikasi tidak dapat dibuka karena pustaka sistem untuk X11 belum terpasang; "
        f"pasang dengan `sudo apt install {packages}` lalu jalankan aplikasi lagi.",
        "The application window cannot open because system libraries for X11 are missing; "
        f"install them with `sudo apt install {packages}` and start the application again.",
        code="SYSTEM_LIBRARIES_MISSING",
    )


def start_check() -> Callable[[], SpbeError | None]:
    """`check_system_libraries` begun on a thread: its `ldd` runs while the start goes on importing
    (Qt's modules load without the plugin). The function returned waits for the answer; call it
    before the application object is made."""
    if not uses_xcb(os.environ):
        return lambda: None
    import threading

    answers: list[SpbeError | None] = []
    thread = threading.Thread(target=lambda: answers.append(check_system_libraries()), daemon=True)
    thread.start()

    def answer() -> SpbeError | None:
        thread.join()
        if not answers:  # the check itself failed: let Qt speak, as without the check
            return None
        return answers[0]

    return answer
