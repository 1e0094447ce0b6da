"""Start-up stays light: opening an OPD workspace brings up the window without the libraries of
the reports, the evidence check, the workbook and the crosswalk (they are imported when used),
without the last period's modules where there is no last period, and without the Python types
of Qt classes the first page never uses (PySide builds each one at its first use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("reportlab", "pypdf", "openpyxl", "pydantic", "spbe_desktop.core.period.carry")
# Loaded by asking a header for its model, a brush from a colour alone, opening a file.
UNUSED_QT = ("QtCore.QSortFilterProxyModel", "QtGui.QGradient", "QtGui.QDesktopServices")

OPEN_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from spbe_desktop.ui import i18n
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.settings import AppSettings
app = QApplication([])
i18n.install("id")
window = MainWindow(AppSettings(), "id")
window.show()
assert window.open_path(sys.argv[1])
app.processEvents()
heavy = sorted(m for m in {HEAVY} if m in sys.modules)
import PySide6
def built(name):
    module, cls = name.split(".")
    return isinstance(vars(getattr(PySide6, module)).get(cls), type)
lazy = not built("QtGui.QPdfWriter")  # a PySide that builds its classes as they are used
unused_qt = sorted(n for n in {UNUSED_QT} if built(n)) if lazy else []
window.show_overview()
app.processEvents()
overview = "reportlab" in sys.modules
window.close()
print(json.dumps({{"heavy": heavy, "overview": overview, "unused_qt": unused_qt}}))
"""


def test_opening_a_workspace_imports_no_report_or_check_library(tmp_path, workspace):
    path = workspace.path
    workspace.close()
    result = subprocess.run(
        [sys.executable, "-c", OPEN_WINDOW.format(HEAVY=HEAVY, UNUSED_QT=UNUSED_QT), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPBE_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["heavy"] == []
    assert seen["unused_qt"] == []
    assert seen["overview"]  # the overview's profile chart is drawn with reportlab, when shown
