"""The portal folder's settings in the GUI through the real dialog: the size limit from the pack
(marked uncertain), changed and remembered, images scaled down, files over the limit reported in
the result, a folder that is not new refused, and the coordinator's re-upload of revised items."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from portal_answers import answer_portal_dialog
from PySide6.QtWidgets import QDialog

from spbe_desktop.core.assessment.store import set_verdict, typed_round
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.workspace.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def noise_jpeg(path: Path, size=(3600, 2400)) -> Path:
    """A photo-like JPEG of about 6 MB that fits in about 1.3 MB once scaled to A4."""
    from PIL import Image

    Image.effect_noise(size, 40).convert("RGB").save(path, quality=92)
    return path


def noise_png(path: Path, size=(2000, 1400)) -> Path:
    """A PNG of about 2.8 MB already within A4: scaling it down cannot make it smaller."""
    from PIL import Image

    Image.effect_noise(size, 60).save(path)
    return path


def opd_workspace(tmp_path: Path, instrument) -> Path:
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=instrument, period=2026) as ws:
        ws.set_answer(14, level=2)
        attach_file(ws, 14, noise_jpeg(tmp_path / "foto-ruang-server.jpg"), level=1, item=1)
        attach_file(ws, 14, noise_png(tmp_path / "layar.png"), level=2, item=1)
    return path


def test_size_limit_setting_downscale_and_files_over_it(
    main_window, dialogs, qtbot, tmp_path, pemdi2026, monkeypatch
):
    assert main_window.open_path(opd_workspace(tmp_path, pemdi2026))
    settings = main_window.settings
    assert settings.portal_max_mb() is None and not settings.portal_downscale()
    first = tmp_path / "portal-1"

    def fill_first(dialog) -> None:
        ui = dialog.ui
        assert ui.limitSpin.value() == 100.0  # the pack's value
        assert ui.limitMark.text() == "?" and "100" in ui.limitMark.toolTip()
        assert not ui.packLimitButton.isEnabled() and not ui.downscaleCheck.isChecked()
        assert ui.revisiCheck.isHidden()  # an OPD has no assessors' revisions to re-upload
        ui.folderEdit.setText(str(first))
        ui.limitSpin.setValue(2.0)
        assert ui.packLimitButton.isEnabled() and "100" in ui.limitNote.text()
        ui.downscaleCheck.setChecked(True)

    answer_portal_dialog(monkeypatch, fill_first)
    main_window.actions_by_key["portal"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=20000)
    assert not dialogs.errors
    assert settings.portal_max_mb() == Decimal("2") and settings.portal_downscale()
    names = {p.name: p.stat().st_size for p in first.iterdir()}
    photo = next(n for n in names if n.startswith("I14-L1-01"))
    screen = next(n for n in names if n.startswith("I14-L2-01"))
    assert names[photo] < (tmp_path / "foto-ruang-server.jpg").stat().st_size
    report = dialogs.infos[-1]
    over = report[report.index("1 berkas lebih besar dari batas ukuran 2 MB") :]
    assert screen in over and photo not in over  # the photo fits once scaled down, the PNG cannot
    assert "diperkecil pada 2 berkas" in report

    second = tmp_path / "portal-2"

    def fill_second(dialog) -> None:
        ui = dialog.ui
        assert ui.limitSpin.value() == 2.0 and ui.downscaleCheck.isChecked()  # remembered
        ui.folderEdit.setText(str(first))  # not empty: refused, the dialog stays open
        ui.buttonBox.accepted.emit()
        assert dialogs.errors and dialog.result() != QDialog.DialogCode.Accepted
        ui.packLimitButton.click()
        assert ui.limitSpin.value() == 100.0
        ui.downscaleCheck.setChecked(False)
        ui.folderEdit.setText(str(second))

    answer_portal_dialog(monkeypatch, fill_second)
    errors = len(dialogs.errors)
    main_window.actions_by_key["portal"].trigger()
    qtbot.waitUntil(lambda: second.is_dir(), timeout=20000)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 2, timeout=5000)
    assert len(dialogs.errors) == errors + 1  # the refused folder only
    assert settings.portal_max_mb() is None and not settings.portal_downscale()
    assert "Semua berkas di bawah batas ukuran 100 MB" in dialogs.infos[-1]


def test_dialog_closed_writes_nothing_and_keeps_the_settings(
    main_window, dialogs, qtbot, tmp_path, pemdi2026, monkeypatch
):
    from spbe_desktop.ui.portal_dialog import PortalFolderDialog

    assert main_window.open_path(opd_workspace(tmp_path, pemdi2026))

    def closed(dialog) -> int:
        dialog.ui.limitSpin.setValue(5.0)
        dialog.ui.buttonBox.rejected.emit()
        return dialog.result()

    monkeypatch.setattr(PortalFolderDialog, "exec", closed)
    main_window.actions_by_key["portal"].trigger()
    assert not dialogs.infos and not dialogs.errors
    assert main_window.settings.portal_max_mb() is None
    assert not any(p.name.startswith("portal-") for p in tmp_path.iterdir())


def test_coordinator_rewrites_only_the_items_sent_back(
    main_window, dialogs, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "kab.spbews"
    shutil.copy(FIXTURES / "coordinator-schema3.spbews", path)
    with Workspace.open(path) as ws:
        set_verdict(ws, typed_round(ws, "dokumen", "2026-11-02"), 14, 1, 1, "revisi", "buram")
    assert main_window.open_path(path)
    out = tmp_path / "unggah-ulang"

    def fill(dialog) -> None:
        assert not dialog.ui.revisiCheck.isHidden()
        dialog.ui.revisiCheck.setChecked(True)
        dialog.ui.folderEdit.setText(str(out))

    answer_portal_dialog(monkeypatch, fill)
    main_window.coordinator._portal()
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=10000)
    assert not dialogs.errors
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("catatan"))
    assert written == ["I14-L1-01-topologi-jaringan.pdf"]
