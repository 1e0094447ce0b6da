"""The user guide PDF: laid out around the screenshots it is given (core), made with screenshots
of the running app by `spbe guide` without a display, and from Help → User guide."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from evidence_files import make_image
from pypdf import PdfReader

from spbe_desktop.core.report.guide import write_guide
from spbe_desktop.core.report.guide_texts import PARTS, shot_keys


def _images(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def test_guide_lays_out_every_step_with_its_screenshot(tmp_path):
    shots = {
        key: make_image(tmp_path / f"{key}.png", (1200, 760), color=(20 + n * 7, 90, 160))
        for n, key in enumerate(shot_keys())
    }
    tall = make_image(tmp_path / "tall.png", (1200, 1400))
    shots["evidence"] = tall
    out = write_guide(tmp_path / "panduan.pdf", shots, lang="id")
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Panduan Pengguna SPBE Desktop" in text and "Daftar isi" in text
    for part in PARTS:
        assert part.title[0] in text
        for step in part.steps:
            assert step.title[0] in text
    assert "Halaman 1 dari" in text and "Ctrl+Shift+A" in text
    assert _images(reader) == len(shot_keys())
    english = PdfReader(write_guide(tmp_path / "guide.pdf", shots, lang="en"))
    assert "Part 2 — Diskominfo coordinator" in "\n".join(p.extract_text() for p in english.pages)


def test_guide_refuses_missing_screenshots(tmp_path):
    shots = {key: make_image(tmp_path / f"{key}.png") for key in shot_keys()[1:]}
    with pytest.raises(ValueError, match=shot_keys()[0]):
        write_guide(tmp_path / "panduan.pdf", shots)
    assert not (tmp_path / "panduan.pdf").exists()


def test_spbe_guide_without_a_display_writes_current_screenshots(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["SPBE_DATA_DIR"] = str(tmp_path / "data")
    out = tmp_path / "panduan.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", "guide", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Panduan ditulis" in done.stdout
    reader = PdfReader(out)
    assert len(reader.pages) >= len(shot_keys()) // 2
    assert _images(reader) == len(shot_keys())
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Langkah 1. Membuka aplikasi" in text
    first = reader.pages[1].images[0].image  # the welcome screen, taken just now
    assert first.size[0] >= 1000 and len(first.convert("L").getcolors(maxcolors=65536)) > 20
    assert not list(Path(tmp_path).glob("*.part"))


def test_help_menu_makes_the_guide(main_window, dialogs, monkeypatch, qtbot, tmp_path):
    from spbe_desktop.ui.dialogs import Dialogs

    out = tmp_path / "panduan.pdf"
    monkeypatch.setattr(Dialogs, "save_file", staticmethod(lambda *a: str(out)))
    main_window.actions_by_key["guide"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.opened), timeout=240_000)
    assert dialogs.opened[0].toLocalFile() == str(out)
    assert _images(PdfReader(out)) == len(shot_keys())
    assert main_window.isEnabled() and main_window.session is None  # the welcome screen again
