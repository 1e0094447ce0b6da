"""What is settled before Qt's application object exists: Qt settings read from the
environment, and PySide's view of the app's modules."""

from __future__ import annotations

import os

from .pyside_features import skip_source_reading


def prepare() -> None:
    """Set up Qt and PySide for the app (before its application object)."""
    keep_painting_on_ui_thread()
    skip_source_reading()


def keep_painting_on_ui_thread() -> None:
    """Keep Qt's raster painting on the UI thread. Qt hands every fill of 96 rows or more to its
    GUI thread pool and waits for it; on the two- and four-core PCs the app is used on, waking
    the pool costs more than the fill (benchmarks/bench_gui.py: an indicator switch paints
    about twice as fast without it on two cores). Large image scaling, the pool's other use,
    runs on the app's workers already. A value set by the user is kept."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
