"""Findings of the evidence linter: a stable code, a severity, and a sentence in each language.

Every message is written once, here; `finding` fills in the facts.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .store import EvidenceItem

_MESSAGES: dict[str, tuple[str, str, str]] = {
    "LEVEL_WITHOUT_EVIDENCE": (
        "error",
        "Level {level} diklaim tanpa bukti dukung.",
        "Level {level} is claimed without any evidence.",
    ),
    "FILE_EMPTY": ("error", "{name}: berkas kosong.", "{name}: the file is empty."),
    "FILE_TOO_LARGE": (
        "error",
        "{name}: {size} MB, melebihi batas {limit} MB portal.",
        "{name}: {size} MB, over the portal's {limit} MB limit.",
    ),
    "FILE_TYPE_NOT_ACCEPTED": (
        "error",
        "{name}: jenis berkas tidak diterima portal (terima: {accepted}).",
        "{name}: the portal does not take this file type (accepted: {accepted}).",
    ),
    "PDF_ENCRYPTED": (
        "error",
        "{name}: PDF dikunci kata sandi; asesor tidak bisa membukanya.",
        "{name}: the PDF is password-protected; assessors cannot open it.",
    ),
    "PDF_CORRUPT": (
        "error",
        "{name}: PDF rusak atau tidak bisa dibaca.",
        "{name}: the PDF is damaged or unreadable.",
    ),
    "OFFICE_CORRUPT": (
        "error",
        "{name}: dokumen rusak atau tidak bisa dibuka.",
        "{name}: the document is damaged or cannot be opened.",
    ),
    "IMAGE_CORRUPT": (
        "error",
        "{name}: gambar rusak atau tidak bisa dibaca.",
        "{name}: the image is damaged or unreadable.",
    ),
    "IMAGE_TOO_SMALL": (
        "warning",
        "{name}: gambar {width}×{height} piksel terlalu kecil untuk dibaca (minimal {min}).",
        "{name}: the image is {width}×{height} pixels, too small to read (at least {min}).",
    ),
    "DUPLICATE_CONTENT": (
        "warning",
        "{name}: isinya sama persis dengan {others}.",
        "{name}: the same content as {others}.",
    ),
    "ITEM_MISSING": (
        "error",
        "Level {level}, butir {item_no} belum ada bukti: level {claimed} akan ditolak otomatis.",
        "Level {level}, item {item_no} has no evidence: level {claimed} will be rejected "
        "automatically.",
    ),
    "ITEM_MISSING_AT_CLAIM": (
        "error",
        "Level {level}, butir {item_no} belum ada bukti: level {claimed} belum terbukti.",
        "Level {level}, item {item_no} has no evidence: level {claimed} is not yet supported.",
    ),
    "LEVEL_WITHOUT_ITEMS": (
        "error",
        "Level {level} tidak punya butir yang dipakai: level {claimed} tidak bisa dibuktikan.",
        "Level {level} has no item in use: level {claimed} cannot be supported.",
    ),
    "EVIDENCE_NOT_PLACED": (
        "warning",
        "{name}: belum ditempatkan pada level dan butir; portal menerima bukti per butir.",
        "{name}: not placed on a level and item; the portal takes evidence per item.",
    ),
    "EVIDENCE_ON_RETIRED_ITEM": (
        "warning",
        "{name}: ada pada butir {item_no} level {level} yang tidak dipakai lagi.",
        "{name}: placed on item {item_no} of level {level}, which is retired.",
    ),
    "EVIDENCE_STALE": (
        "warning",
        "{name}: dokumen bertanggal {date}, lebih lama dari {months} bulan sebelum periode "
        "{period} (butir {item_no} level {level}).",
        "{name}: the document is dated {date}, older than {months} months before the "
        "{period} period (item {item_no}, level {level}).",
    ),
}


class Finding(NamedTuple):
    code: str
    severity: str  # "error" | "warning"
    indicator: int | None  # the indicator's number
    message_id: str
    message_en: str
    evidence_name: str | None = None
    sha256: str | None = None

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


def finding(
    code: str, indicator: int | None, item: EvidenceItem | None = None, **facts: Any
) -> Finding:
    severity, indonesian, english = _MESSAGES[code]
    if item is not None:
        facts.setdefault("name", item.original_name)
    return Finding(
        code,
        severity,
        indicator,
        indonesian.format(**facts),
        english.format(**facts),
        None if item is None else item.original_name,
        None if item is None else item.sha256,
    )
