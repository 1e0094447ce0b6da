"""Run every benchmark; print the ratios and save them to benchmarks/out/results.json."""

import compileall
import json
import sys
from pathlib import Path

from . import bench_attach, bench_bundle, bench_cli_start, bench_gui, bench_import, bench_portal
from .common import OUT_DIR

BENCHMARKS = {
    "cli": bench_cli_start.main,
    "attach": bench_attach.main,
    "gui": bench_gui.main,
    "import": bench_import.main,
    "bundle": bench_bundle.main,
    "portal": bench_portal.main,
}


def main(argv: list[str]) -> int:
    # Measure the app as installed: with its bytecode compiled, not recompiled on every start.
    compileall.compile_dir(Path(__file__).parents[1] / "spbe_desktop", quiet=1)
    chosen = argv or list(BENCHMARKS)
    results = {}
    for name in chosen:
        results.update(BENCHMARKS[name]())
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
