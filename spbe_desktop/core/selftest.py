"""A self-test of an installed or frozen build: proves the bundled resources are there and work.

It creates a workspace in a temporary folder from every bundled instrument pack, answers and
attaches evidence, computes the index, writes the PDF summary and a signed package, verifies the
package, and reports each step. Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from spbe_desktop.core.instrument.pack import available_packs, text

PASSPHRASE = "uji-mandiri-spbe-desktop"


def run_self_test(say: Callable[[str], None] = print) -> bool:
    """Run every step; True when all passed."""
    from spbe_desktop import __version__

    started = time.perf_counter()
    say(f"SPBE Desktop {__version__} self-test")
    ok = True
    with tempfile.TemporaryDirectory(prefix="spbe-selftest-") as tmp:
        folder = Path(tmp)
        for step, action in _steps(folder):
            try:
                detail = action()
                say(f"  ok    {step}: {detail}")
            except Exception as exc:  # a self-test reports every failure and goes on
                ok = False
                say(f"  FAIL  {step}: {type(exc).__name__}: {exc}")
                break
    say(f"{'passed' if ok else 'FAILED'} in {time.perf_counter() - started:.1f} s")
    return ok


def _steps(folder: Path):
    from spbe_desktop.core.bundle.verify import verify_package
    from spbe_desktop.core.evidence.store import attach_file
    from spbe_desktop.core.export.submission import export_submission
    from spbe_desktop.core.report.summary import write_summary
    from spbe_desktop.core.workspace.workspace import Workspace

    from .keys import generate_key

    state: dict = {}

    def packs() -> str:
        found = available_packs()
        state["pack"] = next(p for p in found if p.id == "spbe-2020")
        return ", ".join(f"{p.id} ({len(p.indicators)})" for p in found)

    def workspace() -> str:
        ws = Workspace.create(
            folder / "uji.spbews", opd_name="Uji Mandiri", instrument=state["pack"], period=2025
        )
        for ind in ws.instrument.indicators:
            ws.set_answer(ind.id, level=3, justification="Uji mandiri")
        state["ws"] = ws
        return f"{ws.score().answered} answers"

    def evidence() -> str:
        sample = folder / "bukti.pdf"
        _write_sample_pdf(sample)
        item = attach_file(state["ws"], 1, sample, level=3)
        return f"{item.original_name} sha256 {item.sha256[:12]}"

    def index() -> str:
        score = state["ws"].score()
        if score.index_display != "3.00" or score.predicate.name != "Baik":
            raise AssertionError(f"index {score.index_display} {score.predicate}")
        return f"{text(state['ws'].instrument.index_name)} {score.index_display} {score.predicate.name}"

    def pdf() -> str:
        from spbe_desktop.core.evidence.pdf_pages import page_count, render_page

        out = write_summary(state["ws"], folder / "ringkasan.pdf")
        page = render_page(out, 0, 200, 283)  # PDFium is bundled and reads what reportlab wrote
        return f"{out.name} {out.stat().st_size} bytes, {page_count(out)} pages, {page.width}×{page.height}"

    def package() -> str:
        generate_key(state["ws"], PASSPHRASE)
        result = export_submission(state["ws"], folder / "kiriman.spbe", PASSPHRASE)
        state["package"] = result.path
        return f"{result.path.name} {result.size} bytes, revision {result.revision}"

    def verify() -> str:
        result = verify_package(state["package"])
        state["ws"].close()
        if not result.valid:
            raise AssertionError(result.errors[0]["message_en"])
        return f"valid, signed by {result.signer_fingerprint}"

    return [
        ("instrument packs", packs),
        ("workspace", workspace),
        ("evidence", evidence),
        ("index", index),
        ("PDF summary", pdf),
        ("signed package", package),
        ("verify", verify),
    ]


def _write_sample_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Keputusan Kepala Daerah tentang SPBE (uji mandiri)")
    page.save()
