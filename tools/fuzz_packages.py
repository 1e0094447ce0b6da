"""The package-reader fuzz by hand: tests/test_bundle_fuzz.py run far beyond CI's bounded run.

    nice -n 10 .venv/bin/python tools/fuzz_packages.py --examples 100000

Each test runs in rounds of --round examples, each round with its own Hypothesis seed (1, 2, ...
or from --first-seed), so a failure is reproduced by its seed alone (printed with it) and
progress shows as it goes. The run stops at
the first failing round (exit status pytest's) or when a round is killed from outside.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ("test_mutated_packages", "test_random_zip_structures")
PASSING = re.compile(r"(\d+) passing, (\d+) failing")


def run_round(test: str, examples: int, seed: int) -> tuple[int, int, str]:
    """One pytest run of one fuzz test: (exit status, passing examples, its output)."""
    env = dict(os.environ, SPBE_FUZZ_EXAMPLES=str(examples), QT_QPA_PLATFORM="offscreen")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"tests/test_bundle_fuzz.py::{test}",
        f"--hypothesis-seed={seed}",
        "--hypothesis-show-statistics",
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    output = done.stdout + done.stderr
    passing = sum(int(m.group(1)) for m in PASSING.finditer(output))
    return done.returncode, passing, output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="per test")
    parser.add_argument("--round", type=int, default=10_000, help="examples per pytest run")
    parser.add_argument("--test", choices=TESTS, action="append", help="default: both")
    parser.add_argument("--first-seed", type=int, default=1, help="to go on from an earlier run")
    args = parser.parse_args()
    tests = args.test or list(TESTS)
    totals = dict.fromkeys(tests, 0)
    started = time.monotonic()
    seed = args.first_seed - 1
    while any(totals[t] < args.examples for t in tests):
        for test in tests:
            if totals[test] >= args.examples:
                continue
            seed += 1
            size = min(args.round, args.examples - totals[test])
            status, passing, output = run_round(test, size, seed)
            totals[test] += passing
            minutes = (time.monotonic() - started) / 60
            print(
                f"{test} seed {seed}: {passing} passing, total {totals[test]}, {minutes:.1f} min",
                flush=True,
            )
            if status < 0:  # killed from outside: nothing was found, the round did not finish
                print(f"STOPPED by signal {-status}: {test}, round of seed {seed}", flush=True)
                return 1
            if status != 0:
                print(output, flush=True)
                print(f"FAILED: {test} with --hypothesis-seed={seed}", flush=True)
                return status
    minutes = (time.monotonic() - started) / 60
    print(f"done: {totals} examples passing, no failure, {minutes:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
