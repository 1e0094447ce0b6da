"""Making the user guide (Panduan Pengguna): fresh demo data (core, on a worker), screenshots of
the running app on it (GUI thread, ui/guide_shots.py), the PDF laid out around them (core, on a
worker). `make_guide` does it all at once for `spbe guide`; `GuideMaker` does it from Help →
User guide without freezing the window."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from spbe_desktop.core.guide_data import GuideData, prepare_guide_data
from spbe_desktop.core.jobs import ProgressFn, no_progress
from spbe_desktop.core.report.guide import write_guide

from .guide_shots import take_screenshots
from .operations import Operation


def make_guide(
    out: str | Path, lang: str, window_class: type, progress: ProgressFn = no_progress
) -> Path:
    """The whole guide on the calling (GUI) thread: a QApplication must exist; `window_class` is
    the app's MainWindow."""
    temp = Path(tempfile.mkdtemp(prefix="spbe-panduan-"))
    try:
        progress(0, 3, "demo")
        data = prepare_guide_data(temp / "data")
        progress(1, 3, "screenshots")
        shots = take_screenshots(data, temp / "shots", lang, window_class)
        progress(2, 3, "pdf")
        path = write_guide(out, shots, lang=lang)
        progress(3, 3, "")
        return path
    finally:
        shutil.rmtree(temp, ignore_errors=True)


class GuideMaker:
    """Help → User guide: the same three steps, the slow ones off the GUI thread."""

    def __init__(self, parent: QWidget, out: Path, lang: str, done: Callable[[Path], None]):
        self.parent = parent  # the main window: its class takes the screenshots
        self.out = out
        self.lang = lang
        self.done = done
        self.temp = Path(tempfile.mkdtemp(prefix="spbe-panduan-"))
        self.title = QCoreApplication.translate("GuideMaker", "Making the user guide…")

    def run(self) -> None:
        Operation(
            self.parent,
            lambda progress, cancel: prepare_guide_data(
                self.temp / "data", progress=progress, cancel=cancel
            ),
        ).success(self._shoot).failure(self._failed).cancelled(self._cleanup).with_progress(
            self.title
        ).run()

    def _shoot(self, data: GuideData) -> None:
        dialog = QProgressDialog(self.title, "", 0, 4, self.parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setLabelText(QCoreApplication.translate("GuideMaker", "Taking the screenshots…"))
        try:
            shots = take_screenshots(
                data,
                self.temp / "shots",
                self.lang,
                type(self.parent),
                lambda done, _total, _m: dialog.setValue(done),
            )
        except Exception as exc:
            dialog.close()
            self._failed(exc)
            return
        dialog.close()
        Operation(
            self.parent, lambda progress, cancel: write_guide(self.out, shots, lang=self.lang)
        ).success(self._written).failure(self._failed).with_progress(self.title).run()

    def _written(self, path: Path) -> None:
        self._cleanup()
        self.done(path)

    def _failed(self, exc: BaseException) -> None:
        from .dialogs import show_error

        self._cleanup()
        show_error(self.parent, exc)

    def _cleanup(self) -> None:
        shutil.rmtree(self.temp, ignore_errors=True)
