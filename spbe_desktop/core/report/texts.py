"""The words of the PDF summary in Indonesian and English, and how it writes dates, sizes and
shortened text. Kept apart from the layout, and light to import (the GUI uses the formatting)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

JUSTIFICATION_CHARS = 220
MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def escape(value: str) -> str:
    """Text for a reportlab paragraph: its markup characters made literal."""
    from html import escape as html_escape  # its table of entities is not needed to start

    return html_escape(value, quote=False)


def in_language(table: Mapping[str, tuple[Any, Any]], lang: str) -> dict[str, Any]:
    """One language's column of a table of (Indonesian, English) pairs."""
    column = 1 if lang == "en" else 0
    return {key: pair[column] for key, pair in table.items()}


def texts(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


def format_date(day: date, lang: str) -> str:
    if lang == "en":
        return day.strftime("%d %B %Y").lstrip("0")
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"


def shorten(value: str, limit: int = JUSTIFICATION_CHARS) -> str:
    flat = " ".join(value.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0] + " …"


# Each word of the summary as (Indonesian, English).
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Ringkasan Penilaian Mandiri", "Self-assessment Summary"),
    "opd": ("OPD", "Work unit (OPD)"),
    "period": ("Periode", "Period"),
    "instrument": ("Instrumen", "Instrument"),
    "answered": ("Indikator terjawab", "Indicators answered"),
    "printed": ("Tanggal cetak", "Printed on"),
    "package": ("Paket pengiriman", "Submission package"),
    "draft": (
        "Draf — belum dikemas sebagai paket pengiriman",
        "Draft — not yet packaged for submission",
    ),
    "index": ("Indeks", "Index"),
    "provisional": ("sementara", "provisional"),
    "provisional_note": (
        "Indeks sementara: belum semua indikator dijawab.",
        "Provisional index: not every indicator is answered yet.",
    ),
    "supported_line": (
        "Indeks berbukti {0}: nilai yang diterima asesor bila setiap berkas benar — level "
        "bersifat kumulatif, level tanpa bukti pada setiap butir di bawahnya ditolak otomatis.",
        "Supported index {0}: what the assessors would accept if every file were right — "
        "levels are cumulative, a level without evidence on every item below it is rejected.",
    ),
    "of": ("dari", "of"),
    "domain": ("Domain", "Domain"),
    "aspect": ("Aspek", "Aspect"),
    "weight": ("Bobot", "Weight"),
    "no": ("No", "No"),
    "indicator": ("Indikator", "Indicator"),
    "ind": ("Ind.", "Ind."),
    "level": ("Level", "Level"),
    "justification": ("Penjelasan", "Justification"),
    "evidence": ("Bukti", "Evid."),
    "not_answered": ("belum dijawab", "not answered"),
    "findings": ("Hasil pemeriksaan bukti dukung", "Evidence check"),
    "no_findings": (
        "Tidak ada temuan pada pemeriksaan bukti dukung.",
        "The evidence check found nothing.",
    ),
    "severity_error": ("Kesalahan", "Error"),
    "severity_warning": ("Peringatan", "Warning"),
    "finding": ("Temuan", "Finding"),
    "sev_head": ("Sifat", "Severity"),
    "evidence_list": ("Daftar bukti dukung", "Evidence files"),
    "file": ("Nama berkas", "File name"),
    "size": ("Ukuran", "Size"),
    "no_evidence": ("Belum ada bukti dukung.", "No evidence attached yet."),
    "identity": ("Identitas paket", "Package identity"),
    "package_id": ("ID paket", "Package id"),
    "revision": ("Revisi", "Revision"),
    "digest": ("Hash manifes isi (SHA-256)", "Payload manifest hash (SHA-256)"),
    "fingerprint": ("Sidik jari kunci", "Key fingerprint"),
    "no_key": ("belum ada kunci penandatangan", "no signing key yet"),
    "statement": (
        "Dengan ini kami menyatakan bahwa isian penilaian mandiri dan bukti dukung dalam "
        "ringkasan ini benar dan dapat dipertanggungjawabkan.",
        "We declare that the self-assessment answers and evidence in this summary are true "
        "and accountable.",
    ),
    "head": ("Kepala", "Head of"),
    "page": ("Halaman {n} dari {total}", "Page {n} of {total}"),
    "predicate": ("Predikat", "Rating (predikat)"),
}
