"""Coordinator import: `spbe coord import` of 50 OPD submissions (verify + store), against a
durable, verified copy of the same packages (`cp`, `sync`, then `openssl dgst -sha256` of the
copies), measured in the same run. An import is that and no less: the evidence ends up on disk,
committed with fsync, and every byte of every package was hashed. `openssl dgst` alone is
printed too."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from .common import Measure, best_of_each, report, run_measured, scale, spbe_command

PACKAGES = 50
ROUNDS = 5  # taken in turns with the baselines, best of each
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

        quoted = " ".join(map(shlex.quote, names))
        copies = tmp / "copy"
        dest = shlex.quote(str(copies))
        ws = tmp / "koordinator.spbews"

        def durable_copy():
            script = (
                f"mkdir {dest} && cp {quoted} {dest} && sync && "
                f"openssl dgst -sha256 {dest}/* > /dev/null"
            )
            return run_measured(["bash", "-c", script])

        def digest_only():
            return run_measured(["openssl", "dgst", "-sha256", *names])

        def empty_coordinator():
            ws.unlink(missing_ok=True)
            subprocess.run(
                [*spbe, "coord", "init", str(ws), "--name", "Benchmark", "--period", "2025"],
                check=True,
                capture_output=True,
            )

        def ours():
            return run_measured([*spbe, "coord", "import", str(ws), *names, "--trust-new-keys"])

        def no_copies():
            shutil.rmtree(copies, ignore_errors=True)

        no_copies()
        durable_copy()  # warm the page cache for both sides alike
        best = best_of_each(
            ROUNDS,
            {
                "base": Measure(durable_copy, no_copies),
                "digest": digest_only,
                "ours": Measure(ours, empty_coordinator),
            },
        )
        base, digest, mine = best["base"], best["digest"], best["ours"]
    mib = total / 1024**2
    ratio = base.seconds / mine.seconds
    report(
        f"coord import of {PACKAGES} packages, {mib:.0f} MiB (best of {ROUNDS})",
        [
            ("cp + sync + openssl dgst of the packages", _speed(base.seconds, mib)),
            ("openssl dgst -sha256 alone", _speed(digest.seconds, mib)),
            ("spbe coord import (verify + store)", _speed(mine.seconds, mib)),
            ("throughput ratio vs cp+sync+dgst (target >= 0.8)", f"{ratio:.2f}x"),
            ("throughput ratio vs dgst alone", f"{digest.seconds / mine.seconds:.2f}x"),
            ("peak RSS of the import", f"{mine.peak_rss_mb:.0f} MB"),
        ],
    )
    return {
        "import_ratio": ratio,
        "import_ratio_dgst": digest.seconds / mine.seconds,
        "import_seconds": mine.seconds,
        "import_baseline_seconds": base.seconds,
        "import_mib": mib,
        "import_peak_rss_mb": mine.peak_rss_mb,
    }


def _speed(seconds: float, size_mb: float) -> str:
    return f"{seconds:.2f} s ({size_mb / seconds:.0f} MiB/s)"


def _work_dir() -> str:
    return str(Path(__file__).resolve().parent)
