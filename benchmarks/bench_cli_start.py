"""CLI start-up: `spbe --help` and `spbe status WS` against a bare `python -c pass`, in the same
run."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from .common import median_seconds_each, python, report, spbe_command

RUNS = 25


def main() -> dict:
    cmd = spbe_command()
    with tempfile.TemporaryDirectory(prefix="spbe-bench-") as tmp:
        ws = Path(tmp) / "status.spbews"
        subprocess.run(
            [*cmd, "init", str(ws), "--opd", "Dinas Kesehatan", "--period", "2025"],
            check=True,
            capture_output=True,
        )
        for n in range(1, 48):
            subprocess.run(
                [*cmd, "answer", str(ws), str(n), "--level", str(1 + n % 5)],
                check=True,
                capture_output=True,
            )
        medians = median_seconds_each(
            RUNS,
            {
                "bare": [python(), "-c", "pass"],
                "help": [*cmd, "--help"],
                "status": [*cmd, "status", str(ws)],
                "status_json": [*cmd, "status", str(ws), "--json"],
            },
        )
        bare, helped = medians["bare"], medians["help"]
        status, status_json = medians["status"], medians["status_json"]
    ratio = status / bare
    report(
        f"CLI start-up (median of {RUNS})",
        [
            ("python -c pass", f"{bare * 1000:.1f} ms"),
            ("spbe --help", f"{helped * 1000:.1f} ms"),
            ("spbe status", f"{status * 1000:.1f} ms"),
            ("spbe status --json", f"{status_json * 1000:.1f} ms"),
            ("ratio spbe status (target <= 3x)", f"{ratio:.2f}x"),
            ("ratio spbe --help", f"{helped / bare:.2f}x"),
        ],
    )
    return {
        "cli_status_ratio": ratio,
        "cli_help_ratio": helped / bare,
        "cli_help_ms": helped * 1000,
        "cli_status_ms": status * 1000,
        "bare_python_ms": bare * 1000,
    }
