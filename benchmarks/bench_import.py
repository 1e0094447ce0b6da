"""Coordinator import: `spbe coord import` of 50 OPD submissions (verify + store), against
`openssl dgst -sha256` of all the package bytes, measured in the same run."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from .common import best_of, report, run_measured, scale, spbe_command

PACKAGES = 50
PASS = "benchmark-passphrase"


def make_packages(folder: Path, spbe: list[str], per_package: int) -> list[Path]:
    """Fifty OPD workspaces, each with its own evidence, exported as signed packages."""
    env = {**os.environ, "SPBE_PASSPHRASE": PASS}

    def run(*args: str) -> None:
        subprocess.run([*spbe, *args], check=True, capture_output=True, env=env)

    files = []
    for n in range(PACKAGES):
        ws = folder / f"opd{n:02d}.spbews"
        run("init", str(ws), "--opd", f"OPD {n:02d}", "--period", "2025")
        run("keygen", str(ws))
        sheet = folder / f"jawaban{n:02d}.csv"
        sheet.write_text(
            "indicator,level,note\n" + "".join(f"{i},{1 + (i + n) % 5},ok\n" for i in range(1, 48))
        )
        run("answer", str(ws), "--from", str(sheet))
        evidence = []
        for k in range(4):
            path = folder / f"bukti{n:02d}-{k}.bin"
            path.write_bytes(os.urandom(per_package // 4))
            evidence.append(str(path))
        run("attach", str(ws), str(1 + n % 47), *evidence)
        out = folder / f"kiriman{n:02d}.spbe"
        run("export", str(ws), "--out", str(out))
        files.append(out)
        for path in evidence:
            Path(path).unlink()
    return files


def main() -> dict:
    spbe = spbe_command()
    per_package = int(8 * 1024**2 * scale())
    with tempfile.TemporaryDirectory(prefix="spbe-bench-", dir=_work_dir()) as tmp:
        tmp = Path(tmp)
        files = make_packages(tmp, spbe, per_package)
        names = [str(f) for f in files]
        total = sum(f.stat().st_size for f in files)

        def baseline():
            return run_measured(["openssl", "dgst", "-sha256", *names])

        def ours():
            ws = tmp / "koordinator.spbews"
            ws.unlink(missing_ok=True)
            subprocess.run(
                [*spbe, "coord", "init", str(ws), "--name", "Benchmark", "--period", "2025"],
                check=True,
                capture_output=True,
            )
            return run_measured([*spbe, "coord", "import", str(ws), *names, "--trust-new-keys"])

        baseline()  # warm the page cache for both sides alike
        base = best_of(3, baseline)
        mine = best_of(3, ours)
    mib = total / 1024**2
    ratio = mine.seconds / base.seconds
    report(
        f"coord import of {PACKAGES} packages, {mib:.0f} MiB (best of 3)",
        [
            ("openssl dgst -sha256 of the packages", f"{base.seconds:.2f} s"),
            ("spbe coord import (verify + store)", f"{mine.seconds:.2f} s"),
            ("time ratio (target <= 1.3x)", f"{ratio:.2f}x"),
            ("peak RSS of the import", f"{mine.peak_rss_mb:.0f} MB"),
        ],
    )
    return {
        "import_ratio": ratio,
        "import_seconds": mine.seconds,
        "import_mib": mib,
        "import_peak_rss_mb": mine.peak_rss_mb,
    }


def _work_dir() -> str:
    return str(Path(__file__).resolve().parent)
