"""Timing helpers shared by the benchmarks: run a command, measure wall time and peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

OUT_DIR = Path(__file__).parent / "out"


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float


def run_measured(cmd: list[str], env: dict | None = None) -> Run:
    """Wall time and peak resident memory of one command, measured by `peak_rss`."""
    helper = [sys.executable, str(Path(__file__).with_name("peak_rss.py"))]
    out = subprocess.run(
        [*helper, *cmd], env={**os.environ, **(env or {})}, capture_output=True, text=True
    )
    result = json.loads(out.stdout or "{}")
    if out.returncode != 0 or result.get("exit") != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{out.stderr}")
    return Run(result["seconds"], result["peak_rss_mb"])


class Measure(NamedTuple):
    """One side of a ratio: `run` is timed; `prepare` is not (it clears what the last run left,
    such as its output folder or workspace, and sets up an empty one)."""

    run: Callable[[], Run]
    prepare: Callable[[], None] | None = None


def best_of_each(n: int, measures: dict[str, Measure | Callable[[], Run]]) -> dict[str, Run]:
    """The best of n runs of each measure, taken in turns (one run of each per round, the order
    reversed every other round): a machine that slows down or speeds up during the benchmark
    then weighs on every side alike, not on whichever ran last. Each timed run starts after a
    sync, with nothing left to write from the runs or the preparing before it: neither a copy a
    baseline left in memory nor the freeing of the last run's output is on its bill."""
    steps = {k: m if isinstance(m, Measure) else Measure(m) for k, m in measures.items()}
    runs: dict[str, list[Run]] = {name: [] for name in steps}
    for name in _in_turns(list(steps), n):
        if steps[name].prepare is not None:
            steps[name].prepare()
        os.sync()
        runs[name].append(steps[name].run())
    return {name: min(found, key=lambda r: r.seconds) for name, found in runs.items()}


def median_seconds_each(n: int, commands: dict[str, list[str]]) -> dict[str, float]:
    """The median wall time of n runs of each command, timed here (start-up figures are too
    small for a helper), taken in turns like `best_of_each`."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name in _in_turns(list(commands), n):
        started = time.perf_counter()
        subprocess.run(commands[name], check=True, capture_output=True)
        times[name].append(time.perf_counter() - started)
    return {name: statistics.median(found) for name, found in times.items()}


def _in_turns(names: list[str], rounds: int) -> Iterator[str]:
    """Each name once per round, the order reversed every other round."""
    for round_number in range(rounds):
        yield from names if round_number % 2 == 0 else reversed(names)


def python() -> str:
    return sys.executable


def scale() -> float:
    """SPBE_BENCH_SCALE shrinks or grows the workloads (1.0 = the sizes the targets speak of)."""
    return float(os.environ.get("SPBE_BENCH_SCALE", "1.0"))


def write_mixed_files(folder: Path, total_bytes: int) -> list[Path]:
    """A realistic mix of evidence: a few large scans/videos and many small documents."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes = []
    big, medium, small = int(total_bytes * 0.4), int(total_bytes * 0.4), int(total_bytes * 0.2)
    sizes.append(big)
    sizes += [medium // 4] * 4
    small_size = max(small // 100, 1)
    sizes += [small_size] * 100
    files = []
    seed = os.urandom(1 << 20)
    for n, size in enumerate(sizes):
        path = folder / f"bukti-{n:03d}.bin"
        with path.open("wb") as fh:
            written = 0
            while written < size:
                block = seed[: min(len(seed), size - written)]
                fh.write(n.to_bytes(4, "big") + written.to_bytes(8, "big") + block[12:])
                written += len(block)
        files.append(path)
    return files


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n== {title}")
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


def spbe_command() -> list[str]:
    """The installed `spbe` script beside this Python, else the module."""
    script = Path(sys.executable).with_name("spbe")
    return [str(script)] if script.exists() else [sys.executable, "-m", "spbe_desktop.cli"]
