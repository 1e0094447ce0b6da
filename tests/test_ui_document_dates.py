"""The document date asked when files are attached in the GUI: one dialog for all the files, each
starting at the file's own date, a corrected date stored with the evidence, Cancel attaching
nothing."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from evidence_files import make_image, make_pdf
from PySide6.QtCore import QDate

from spbe_desktop.core.evidence.store import list_evidence
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.dialogs import Dialogs


def dated(path: Path, day: str) -> Path:
    stamp = datetime.fromisoformat(f"{day}T10:00:00").timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_dialog_starts_at_each_files_date(qtbot, ui_forms, tmp_path):
    from spbe_desktop.ui.document_dates import DocumentDatesDialog

    sk = dated(make_pdf(tmp_path / "sk.pdf"), "2025-02-03")
    photo = dated(make_image(tmp_path / "foto.png"), "2026-07-09")
    dialog = DocumentDatesDialog(None, [sk, tmp_path / "hilang.pdf", photo])
    qtbot.addWidget(dialog)
    assert dialog.ui.table.rowCount() == 2  # a file that is not there is left to the attach
    assert dialog.dates() == {sk: "2025-02-03", photo: "2026-07-09"}
    dialog.editors[0].setDate(QDate(2024, 12, 31))
    assert dialog.dates()[sk] == "2024-12-31"


def test_attaching_on_the_items_panel_asks_the_dates(
    main_window, dialogs, qtbot, tmp_path, pemdi2026, monkeypatch
):
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026):
        pass
    assert main_window.open_path(path)
    ws = main_window.session.ws
    main_window.navigator.select(ws.instrument.indicator(14).id)
    panel = main_window.page.items
    tree = panel.ui.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))

    sk = dated(make_pdf(tmp_path / "sk.pdf"), "2025-02-03")
    photo = dated(make_image(tmp_path / "foto.png"), "2026-07-09")
    dialogs.files = [str(sk), str(photo)]
    dialogs.document_dates = {"sk.pdf": "2024-11-30"}  # corrected; the photo keeps its own
    panel.choose_files()
    qtbot.waitUntil(lambda: len(list_evidence(ws, 14)) == 2, timeout=5000)
    stored = {e.original_name: e.document_date for e in list_evidence(ws, 14)}
    assert stored == {"sk.pdf": "2024-11-30", "foto.png": "2026-07-09"}

    monkeypatch.setattr(Dialogs, "document_dates", staticmethod(lambda parent, paths: None))
    dialogs.files = [str(make_pdf(tmp_path / "batal.pdf"))]
    panel.choose_files()  # cancelled at the dates: nothing attached
    main_window.page.evidence.choose_files()
    assert len(list_evidence(ws, 14)) == 2
    from spbe_desktop.ui.tasks import busy

    qtbot.waitUntil(lambda: not busy(), timeout=10000)  # the previews made meanwhile delivered
