"""The data the user guide's screenshots are taken on: both demos, built fresh in a folder of the
caller's (so the guide never shows a demo the user has changed), and one piece of evidence on the
OPD demo that the assessors' guidance warns about, so the evidence check has something to show."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.demo import ensure_demo_workspace, make_pdf
from spbe_desktop.core.demo_coordinator import FILES, ensure_coordinator_demo
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

WARNED = (
    "Hasil-Indeks-KAMI-2023.pdf",
    "HASIL PENILAIAN INDEKS KAMI TAHUN 2023",
    ("Kategori sistem elektronik: Tinggi", "Skor total: 412", "Status: Cukup"),
)
WARNED_INDICATOR = "I10"  # Pemdi: Keamanan Pemerintah Digital, where IKASANDI is asked for
REVIEWED_OPD = "opd-5.spbews"  # the DPMPTSP in the coordinator demo: review notes received


class GuideData(NamedTuple):
    opd: Path  # the OPD demo workspace
    coordinator: Path  # the coordinator demo workspace
    reviewed: Path  # an OPD workspace that received review notes
    folder: Path


def prepare_guide_data(
    folder: str | Path, *, progress: ProgressFn = no_progress, cancel: CancelFlag | None = None
) -> GuideData:
    """Build the demos in `folder` (which should be empty) for the guide's screenshots."""
    folder = Path(folder)
    progress(0, 3, "")
    opd = ensure_demo_workspace(folder / "opd")
    check_cancel(cancel)
    with Workspace.open(opd) as ws:
        if any(i.id == WARNED_INDICATOR for i in ws.instrument.indicators):
            name, title, lines = WARNED
            attach_file(ws, WARNED_INDICATOR, make_pdf(folder / name, title, lines))
    progress(1, 3, "")
    coordinator = ensure_coordinator_demo(folder / "koordinator")
    check_cancel(cancel)
    progress(3, 3, "")
    return GuideData(opd, coordinator, folder / "koordinator" / FILES / REVIEWED_OPD, folder)
