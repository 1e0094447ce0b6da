"""Qt settings that are read from the environment, so they are set before the application
object exists."""

from __future__ import annotations

import os


def prepare() -> None:
    """Keep Qt's raster painting on the UI thread. Qt hands every fill of 96 rows or more to its
    GUI thread pool and waits for it; on the two- and four-core PCs the app is used on, waking
    the pool costs more than the fill (benchmarks/bench_gui.py: an indicator switch paints
    about twice as fast without it on two cores). Large image scaling, the pool's other use,
    runs on the app's workers already. A value set by the user is kept."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
