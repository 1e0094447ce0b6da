"""Attach throughput: `spbe attach` of ~1 GB of mixed evidence into a workspace, against `cp`
followed by `openssl dgst -sha256` of the same files, measured in the same run.

The copy is synced before hashing, because an attachment is durable once `spbe attach` returns
(SQLite commits with fsync); the figure without the sync is printed too.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from .common import (
    Measure,
    best_of_each,
    report,
    run_measured,
    scale,
    spbe_command,
    write_mixed_files,
)

ROUNDS = 3


def main() -> dict:
    total = int(1024**3 * scale())
    spbe = spbe_command()
    with tempfile.TemporaryDirectory(prefix="spbe-bench-", dir=_work_dir()) as tmp:
        tmp = Path(tmp)
        files = write_mixed_files(tmp / "src", total)
        names = [str(f) for f in files]
        quoted = " ".join(map(shlex.quote, names))
        copies = tmp / "copy"
        dest = shlex.quote(str(copies))
        ws = tmp / "bench.spbews"

        def baseline(sync: bool):
            script = (
                f"mkdir {dest} && cp {quoted} {dest} && "
                f"{'sync && ' if sync else ''}openssl dgst -sha256 {dest}/* > /dev/null"
            )
            return run_measured(["bash", "-c", script])

        def no_copies():
            shutil.rmtree(copies, ignore_errors=True)

        def empty_workspace():
            ws.unlink(missing_ok=True)
            subprocess.run(
                [*spbe, "init", str(ws), "--opd", "Benchmark", "--period", "2025"],
                check=True,
                capture_output=True,
            )

        def ours():
            return run_measured([*spbe, "attach", str(ws), "11", *names])

        no_copies()
        baseline(True)  # warm the page cache for both sides alike
        best = best_of_each(
            ROUNDS,
            {
                "sync": Measure(lambda: baseline(True), no_copies),
                "nosync": Measure(lambda: baseline(False), no_copies),
                "ours": Measure(ours, empty_workspace),
            },
        )
        base, base_nosync, mine = best["sync"], best["nosync"], best["ours"]
    size_mb = total / 1024**2
    ratio = base.seconds / mine.seconds
    report(
        f"attach {len(files)} files, {size_mb:.0f} MiB (best of {ROUNDS})",
        [
            ("cp + sync + openssl dgst", _speed(base.seconds, size_mb)),
            ("cp + openssl dgst (no sync)", _speed(base_nosync.seconds, size_mb)),
            ("spbe attach", _speed(mine.seconds, size_mb)),
            ("throughput ratio vs cp+sync+dgst (target >= 0.8)", f"{ratio:.2f}x"),
            ("throughput ratio vs cp+dgst", f"{base_nosync.seconds / mine.seconds:.2f}x"),
            ("peak RSS of spbe attach (target < 150 MB)", f"{mine.peak_rss_mb:.0f} MB"),
        ],
    )
    return {
        "attach_ratio": ratio,
        "attach_ratio_nosync": base_nosync.seconds / mine.seconds,
        "attach_peak_rss_mb": mine.peak_rss_mb,
        "attach_seconds": mine.seconds,
        "baseline_seconds": base.seconds,
        "attach_mib": size_mb,
    }


def _speed(seconds: float, size_mb: float) -> str:
    return f"{seconds:.2f} s ({size_mb / seconds:.0f} MiB/s)"


def _work_dir() -> str:
    # Measure on the project's disk, not a RAM-backed /tmp.
    return str(Path(__file__).resolve().parent)
