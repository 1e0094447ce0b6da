"""`spbe-desktop --self-test`: the core self-test, then the GUI's own resources (compiled forms,
translations, Qt platform and image plugins) on a real window. Used on frozen builds in CI."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from spbe_desktop.core.selftest import run_self_test


def import_every_ui_module() -> tuple[list[str], list[str]]:
    """Import every module of the GUI, as a frozen build must carry them all: a compiled form left
    out of the build fails here rather than when its window first opens. (imported, failures)."""
    imported: list[str] = []
    failed: list[str] = []
    package = sys.modules[__package__]
    for info in pkgutil.walk_packages(package.__path__, f"{__package__}.", failed.append):
        try:
            importlib.import_module(info.name)
        except ImportError as error:
            failed.append(f"{info.name} ({error})")
        else:
            imported.append(info.name)
    return imported, failed


def gui_self_test(app: QApplication) -> int:
    if not run_self_test():
        return 1
    from . import i18n
    from .main_window import MainWindow
    from .settings import AppSettings

    checks = []
    imported, failed = import_every_ui_module()
    forms = [name for name in imported if name.startswith(f"{__package__}.forms.ui_")]
    detail = "; ".join(failed[:3]) or f"{len(imported)} modules, {len(forms)} compiled forms"
    checks.append(("modules", bool(forms) and not failed, detail))
    i18n.install("id")
    translated = QCoreApplication.translate("Actions", "&File")
    checks.append(("Indonesian translation", translated == "&Berkas", translated))
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    checks.append(("image formats", {"png", "jpg"} <= formats, ", ".join(sorted(formats))))
    with tempfile.TemporaryDirectory(prefix="spbe-selftest-gui-") as tmp:
        from spbe_desktop.core.instrument.pack import pack_by_id
        from spbe_desktop.core.workspace.workspace import Workspace

        path = Path(tmp) / "uji-gui.spbews"
        ws = Workspace.create(
            path, opd_name="Uji GUI", instrument=pack_by_id("pemdi-2026"), period=2026
        )
        ws.set_answer(1, level=3, justification="uji")
        ws.close()
        window = MainWindow(AppSettings(), "id")
        window.resize(1366, 768)
        window.show()
        opened = window.open_path(path)
        app.processEvents()
        shot = window.grab().toImage()
        checks.append(
            ("main window", opened and not shot.isNull(), f"{shot.width()}×{shot.height()}")
        )
        sample = QImage(8, 8, QImage.Format.Format_RGB32)
        checks.append(("PNG writer", sample.save(str(Path(tmp) / "x.png")), "ok"))
        window.close()
        from .tasks import shutdown

        shutdown()
    for name, ok, detail in checks:
        print(f"  {'ok  ' if ok else 'FAIL'}  GUI {name}: {detail}")
    passed = all(ok for _, ok, _ in checks)
    print("GUI self-test " + ("passed" if passed else "FAILED"))
    return 0 if passed else 1
