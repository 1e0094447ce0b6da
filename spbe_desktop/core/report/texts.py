"""The words of the PDF summary in Indonesian and English, and how it writes dates, sizes and
shortened text. Kept apart from the layout, and light to import (the GUI uses the formatting)."""

from __future__ import annotations

from datetime import date
from html import escape as html_escape

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
    return html_escape(value, quote=False)


def texts(lang: str) -> dict[str, str]:
    return TEXTS["en" if lang == "en" else "id"]


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


def para_text(value: str) -> str:
    return escape(value)


TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Ringkasan Penilaian Mandiri",
        "opd": "OPD",
        "period": "Periode",
        "instrument": "Instrumen",
        "answered": "Indikator terjawab",
        "printed": "Tanggal cetak",
        "package": "Paket pengiriman",
        "draft": "Draf — belum dikemas sebagai paket pengiriman",
        "index": "Indeks",
        "provisional": "sementara",
        "provisional_note": "Indeks sementara: belum semua indikator dijawab.",
        "of": "dari",
        "domain": "Domain",
        "aspect": "Aspek",
        "weight": "Bobot",
        "no": "No",
        "indicator": "Indikator",
        "ind": "Ind.",
        "level": "Level",
        "justification": "Penjelasan",
        "evidence": "Bukti",
        "not_answered": "belum dijawab",
        "findings": "Hasil pemeriksaan bukti dukung",
        "no_findings": "Tidak ada temuan pada pemeriksaan bukti dukung.",
        "severity": {"error": "Kesalahan", "warning": "Peringatan"},
        "finding": "Temuan",
        "sev_head": "Sifat",
        "evidence_list": "Daftar bukti dukung",
        "file": "Nama berkas",
        "size": "Ukuran",
        "no_evidence": "Belum ada bukti dukung.",
        "identity": "Identitas paket",
        "package_id": "ID paket",
        "revision": "Revisi",
        "digest": "Hash manifes isi (SHA-256)",
        "fingerprint": "Sidik jari kunci",
        "no_key": "belum ada kunci penandatangan",
        "statement": "Dengan ini kami menyatakan bahwa isian penilaian mandiri dan bukti dukung "
        "dalam ringkasan ini benar dan dapat dipertanggungjawabkan.",
        "head": "Kepala",
        "page": "Halaman {n} dari {total}",
        "predicate": "Predikat",
    },
    "en": {
        "title": "Self-assessment Summary",
        "opd": "Work unit (OPD)",
        "period": "Period",
        "instrument": "Instrument",
        "answered": "Indicators answered",
        "printed": "Printed on",
        "package": "Submission package",
        "draft": "Draft — not yet packaged for submission",
        "index": "Index",
        "provisional": "provisional",
        "provisional_note": "Provisional index: not every indicator is answered yet.",
        "of": "of",
        "domain": "Domain",
        "aspect": "Aspect",
        "weight": "Weight",
        "no": "No",
        "indicator": "Indicator",
        "ind": "Ind.",
        "level": "Level",
        "justification": "Justification",
        "evidence": "Evid.",
        "not_answered": "not answered",
        "findings": "Evidence check",
        "no_findings": "The evidence check found nothing.",
        "severity": {"error": "Error", "warning": "Warning"},
        "finding": "Finding",
        "sev_head": "Severity",
        "evidence_list": "Evidence files",
        "file": "File name",
        "size": "Size",
        "no_evidence": "No evidence attached yet.",
        "identity": "Package identity",
        "package_id": "Package id",
        "revision": "Revision",
        "digest": "Payload manifest hash (SHA-256)",
        "fingerprint": "Key fingerprint",
        "no_key": "no signing key yet",
        "statement": "We declare that the self-assessment answers and evidence in this summary "
        "are true and accountable.",
        "head": "Head of",
        "page": "Page {n} of {total}",
        "predicate": "Rating (predikat)",
    },
}
