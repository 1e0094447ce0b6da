"""GUI: cold start to an idle window on the demo workspace against a bare PySide6 window started
the same way in the same run (target <= 2x), and the p95 latency of switching indicators
(target <= 16 ms), measured offscreen inside the app's own process."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from spbe_desktop.ui.app import READY_MARKER

from .common import python, report, run_measured

RUNS = 9
SWITCHES = 200
BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow()\n"
    "w.resize(1280, 720)\n"
    "w.show()\n"
    # Ready once the window is exposed and that expose (with its painting) handled, as the app's
    # marker; asked without events so that the bare window builds no enum the app pays for.
    "def ready():\n"
    "    if not w.windowHandle().isExposed():\n"
    "        QTimer.singleShot(0, ready)\n"
    "        return\n"
    "    print('READY', flush=True)\n"
    "    app.quit()\n"
    "QTimer.singleShot(0, ready)\n"
    "app.exec()\n"
)


def measure_switches(workspace: str) -> dict:
    """Runs inside a child process: open the workspace, walk the indicators back and forth."""
    from PySide6.QtWidgets import QApplication

    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.main_window import MainWindow
    from spbe_desktop.ui.qt_environment import prepare
    from spbe_desktop.ui.settings import AppSettings

    prepare()  # as the app does before its application object
    app = QApplication([])
    i18n.install("id")
    window = MainWindow(AppSettings(), "id")
    window.resize(1366, 768)
    window.show()
    window.open_path(workspace)
    app.processEvents()
    ids = [i.id for i in window.session.ws.instrument.indicators]
    times = []
    for n in range(SWITCHES):
        target = ids[(n * 7) % len(ids)]
        started = time.perf_counter()
        window.navigator.select(target)
        app.processEvents()  # layout and paint of the new page are part of the switch
        times.append(time.perf_counter() - started)
    window.close()
    from spbe_desktop.ui.tasks import shutdown

    shutdown()
    times.sort()
    return {
        "p95_ms": times[int(len(times) * 0.95) - 1] * 1000,
        "median_ms": statistics.median(times) * 1000,
    }


def time_to_marker(cmd: list[str], marker: str, env: dict) -> float:
    """Time from starting the process to the line that says its window is up, painted and idle
    (what a person waits for; the exit afterwards is not part of it)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env={**os.environ, **env}, stdout=subprocess.PIPE, text=True, stderr=subprocess.DEVNULL
    )
    seen = None
    for line in proc.stdout:
        if line.strip() == marker:
            seen = time.perf_counter() - started
            break
    proc.communicate()
    if proc.returncode != 0 or seen is None:
        raise SystemExit(f"{' '.join(cmd)} did not report a ready window")
    return seen


def medians_to_marker(runs: int, starts: list[tuple[list[str], str]], env: dict) -> list[float]:
    """The median of `runs` starts of each command, taken in turn (one of each, then again), so
    that a shared machine's load weighs on the baseline as on the app."""
    times: list[list[float]] = [[] for _ in starts]
    for _ in range(runs):
        for n, (cmd, marker) in enumerate(starts):
            times[n].append(time_to_marker(cmd, marker, env))
    return [statistics.median(t) for t in times]


def main() -> dict:
    with tempfile.TemporaryDirectory(prefix="spbe-bench-gui-") as tmp:
        env = {"QT_QPA_PLATFORM": "offscreen", "SPBE_DATA_DIR": str(Path(tmp) / "data")}
        from spbe_desktop.core.demo import ensure_demo_workspace

        demo = ensure_demo_workspace(Path(tmp) / "demo")
        workspace = Path(tmp) / "bench.spbews"
        shutil.copy(demo, workspace)
        app_cmd = [python(), "-m", "spbe_desktop", str(workspace), "--benchmark-startup"]
        subprocess.run(app_cmd, env={**os.environ, **env}, check=True, capture_output=True)
        bare, app = medians_to_marker(
            RUNS, [([python(), "-c", BARE_WINDOW], "READY"), (app_cmd, READY_MARKER)], env
        )
        bare_mb = run_measured([python(), "-c", BARE_WINDOW], env).peak_rss_mb
        app_mb = run_measured(app_cmd, env).peak_rss_mb
        child = subprocess.run(
            [python(), "-m", "benchmarks.bench_gui", "--switch", str(workspace)],
            env={**os.environ, **env},
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        switch = json.loads(child.stdout.strip().splitlines()[-1])
    ratio = app / bare
    report(
        f"GUI (median of {RUNS} starts, {SWITCHES} indicator switches)",
        [
            ("bare PySide6 window", f"{bare * 1000:.0f} ms"),
            ("spbe-desktop on a workspace", f"{app * 1000:.0f} ms"),
            ("start ratio (target <= 2x)", f"{ratio:.2f}x"),
            ("peak memory: bare window / spbe-desktop", f"{bare_mb:.0f} MB / {app_mb:.0f} MB"),
            ("indicator switch p95 (target <= 16 ms)", f"{switch['p95_ms']:.1f} ms"),
            ("indicator switch median", f"{switch['median_ms']:.1f} ms"),
        ],
    )
    return {
        "gui_start_ratio": ratio,
        "gui_start_ms": app * 1000,
        "bare_qt_window_ms": bare * 1000,
        "gui_start_peak_rss_mb": app_mb,
        "bare_qt_window_peak_rss_mb": bare_mb,
        "gui_switch_p95_ms": switch["p95_ms"],
        "gui_switch_median_ms": switch["median_ms"],
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--switch"]:
        print(json.dumps(measure_switches(sys.argv[2])))
    else:
        main()
