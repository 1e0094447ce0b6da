"""The words of the user guide (Panduan Pengguna), Indonesian and English. Each step names the
screenshot it shows; the screenshots are taken from the running app when the guide is made
(spbe_desktop/ui/guide_shots.py): the words and the steps (guide_steps.py) are all that is kept.
"""

from __future__ import annotations

from .guide_steps import COORDINATOR, OPD, Part, Step

WORDS = {
    "title": ("Panduan Pengguna SPBE Desktop", "SPBE Desktop user guide"),
    "subtitle": (
        "Penilaian mandiri SPBE dan Pemerintah Digital: operator OPD dan koordinator Diskominfo",
        "Self-assessment for SPBE and Digital Government: OPD operators and Diskominfo coordinators",
    ),
    "made": (
        "Dibuat oleh SPBE Desktop versi {version} pada {date}. Semua tangkapan layar diambil dari "
        "aplikasi ini saat panduan dibuat, dengan data demo (Kabupaten Sukamaju, fiktif).",
        "Made by SPBE Desktop version {version} on {date}. Every screenshot was taken from this app "
        "when the guide was made, on demo data (Kabupaten Sukamaju, fictional).",
    ),
    "contents": ("Daftar isi", "Contents"),
    "step": ("Langkah {n}", "Step {n}"),
    "figure": ("Gambar {n}. {title}", "Figure {n}. {title}"),
    "page": ("Halaman {n} dari {total}", "Page {n} of {total}"),
    "footer": ("Panduan Pengguna SPBE Desktop {version}", "SPBE Desktop user guide {version}"),
    "keys_title": ("Lampiran: pintasan keyboard", "Appendix: keyboard shortcuts"),
    "keys_head": (("Tombol", "Fungsi"), ("Keys", "What it does")),
}

KEYS = (
    (
        "F1",
        (
            "Bantuan untuk layar atau jendela yang sedang dipakai",
            "Help for the screen or window in use",
        ),
    ),
    ("1 – 5", ("Memilih tingkat kematangan indikator", "Choose the indicator's maturity level")),
    ("Ctrl+PgDown / Ctrl+PgUp", ("Indikator berikut / sebelumnya", "Next / previous indicator")),
    ("Ctrl+L", ("Ke daftar indikator", "To the indicator list")),
    ("Ctrl+J", ("Ke kotak penjelasan", "To the justification")),
    ("Ctrl+Shift+A", ("Melampirkan bukti dukung", "Attach evidence")),
    ("Ctrl+0", ("Ringkasan per aspek", "Overview per aspect")),
    ("Ctrl+Z / Ctrl+Y", ("Membatalkan / mengulang perubahan", "Undo / redo a change")),
    ("Ctrl+E", ("Mengirim paket", "Export the package")),
    ("Ctrl+I", ("Koordinator: mengimpor paket", "Coordinator: import packages")),
    (
        "Ctrl+1 / 2 / 3",
        (
            "Koordinator: konsolidasi, peringkat, reviu",
            "Coordinator: consolidation, ranking, review",
        ),
    ),
)

PARTS: tuple[Part, ...] = (OPD, COORDINATOR)
__all__ = ["KEYS", "PARTS", "WORDS", "Part", "Step", "shot_keys"]


def shot_keys() -> list[str]:
    """Every screenshot the guide shows, in order."""
    return [step.shot for part in PARTS for step in part.steps]
