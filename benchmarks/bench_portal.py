"""Portal folder: `spbe portal` writing 500 evidence files (2 GiB at scale 1) out of a workspace
into the portal's names, against `cp` of the same files into a folder, in the same run.

Most items carry one file (copied byte for byte out of the workspace, its SHA-256 checked);
every tenth item carries two small real PDFs that are joined into one (pypdf). The portal folder
also gets catatan.xlsx and catatan.html. Neither side syncs: the folder is a working copy for
the upload, not a record. Setting up the workspace (attaching the files) is not timed.
"""

from __future__ import annotations

import shlex
import shutil
import tempfile
from pathlib import Path

from .common import Measure, best_of_each, report, run_measured, scale, spbe_command

ROUNDS = 3
FILES = 500


def main() -> dict:
    total = int(2 * 1024**3 * scale())
    with tempfile.TemporaryDirectory(prefix="spbe-bench-portal-", dir=_work_dir()) as tmp:
        tmp = Path(tmp)
        ws_path, files = _workspace(tmp, total)
        names = " ".join(shlex.quote(str(f)) for f in files)
        out = tmp / "out"

        def baseline():
            return run_measured(["bash", "-c", f"mkdir {out} && cp {names} {out}"])

        written: list[str] = []

        def ours():
            run = run_measured([*spbe_command(), "portal", str(ws_path), "--out", str(out)])
            written[:] = sorted(p.name for p in out.iterdir())
            return run

        def no_folder():
            shutil.rmtree(out, ignore_errors=True)

        no_folder()
        baseline()  # warm the page cache for both sides alike
        best = best_of_each(
            ROUNDS, {"base": Measure(baseline, no_folder), "ours": Measure(ours, no_folder)}
        )
        base, mine = best["base"], best["ours"]
    size_mb = total / 1024**2
    ratio = mine.seconds / base.seconds
    report(
        f"portal folder of {len(files)} files, {size_mb:.0f} MiB (best of {ROUNDS})",
        [
            ("cp of the same files", _speed(base.seconds, size_mb)),
            ("spbe portal", _speed(mine.seconds, size_mb)),
            ("time ratio spbe portal / cp", f"{ratio:.2f}x"),
            ("files in the portal folder (with catatan.xlsx/.html)", str(len(written))),
            ("peak RSS of spbe portal", f"{mine.peak_rss_mb:.0f} MB"),
        ],
    )
    return {
        "portal_seconds": mine.seconds,
        "portal_cp_seconds": base.seconds,
        "portal_time_ratio": ratio,
        "portal_peak_rss_mb": mine.peak_rss_mb,
        "portal_files": len(files),
        "portal_mib": size_mb,
    }


def _workspace(tmp: Path, total: int) -> tuple[Path, list[Path]]:
    """A Pemdi-2026 workspace answering level 5 everywhere, FILES evidence files spread over
    the items of levels 1–5 (own items added where a level has too few)."""
    from spbe_desktop.core.evidence.items import add_item, level_items
    from spbe_desktop.core.evidence.store import attach_file
    from spbe_desktop.core.instrument.pack import pack_by_id
    from spbe_desktop.core.workspace.workspace import Workspace

    src = tmp / "src"
    src.mkdir()
    inst = pack_by_id("pemdi-2026")
    slots = [(i.number, lv) for i in inst.indicators if i.external is None for lv in range(1, 6)]
    joined = FILES // 10  # items with two small PDFs each
    single = FILES - 2 * joined
    size = max(total // single, 1)
    seed = bytes(range(256)) * 4096
    files: list[Path] = []
    ws_path = tmp / "bench.spbews"
    with Workspace.create(ws_path, opd_name="Benchmark", instrument=inst, period=2026) as ws:
        for ind in inst.indicators:
            if ind.external is None:
                ws.set_answer(ind.number, level=5)
        used: dict[tuple[int, int], int] = {}
        for n in range(single + joined):
            number, level = slots[n % len(slots)]
            item = used.get((number, level), 0) + 1
            used[(number, level)] = item
            if item > len(level_items(ws, number, level)):
                add_item(ws, number, level, f"Butir tambahan {item}")
            if n < single:
                path = src / f"bukti-{n:03d}.pdf"  # copied as it is: its bytes are not parsed
                _write(path, n, size, seed)
                batch = [path]
            else:
                batch = [_pdf(src / f"gabung-{n:03d}-{k}.pdf", n) for k in "ab"]
            for path in batch:
                attach_file(ws, number, path, level=level, item=item)
                files.append(path)
    return ws_path, files


def _write(path: Path, n: int, size: int, seed: bytes) -> None:
    with path.open("wb") as fh:
        done = 0
        while done < size:
            block = seed[: min(len(seed), size - done)]
            fh.write(n.to_bytes(4, "big") + done.to_bytes(8, "big") + block[12:])
            done += len(block)


def _pdf(path: Path, n: int) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, f"Bukti dukung {n}")
    pdf.showPage()
    pdf.save()
    return path


def _speed(seconds: float, size_mb: float) -> str:
    return f"{seconds:.2f} s ({size_mb / seconds:.0f} MiB/s)"


def _work_dir() -> str:
    # Measure on the project's disk, not a RAM-backed /tmp.
    return str(Path(__file__).resolve().parent)
