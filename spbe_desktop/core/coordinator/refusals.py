"""Why the import refused a package that may itself be valid, in one sentence per language."""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.bundle.errors import problem

# Messages of the import decisions (the package itself may be valid).
MESSAGES = {
    "WRONG_KIND": (
        "Paket ini berisi {detail}, bukan kiriman OPD.",
        "This package holds a {detail}, not an OPD submission.",
    ),
    "INSTRUMENT_MISMATCH": (
        "Paket memakai instrumen {detail}, berbeda dengan ruang kerja koordinator.",
        "The package uses instrument {detail}, not the coordinator workspace's.",
    ),
    "PERIOD_MISMATCH": (
        "Paket untuk periode {detail}, berbeda dengan periode ruang kerja koordinator.",
        "The package is for period {detail}, not the coordinator workspace's period.",
    ),
    "KEY_NOT_TRUSTED": (
        "Kunci {detail} belum dipercaya: cocokkan sidik jarinya dengan ringkasan PDF yang "
        "ditandatangani, lalu terima kunci itu.",
        "The key of {detail} is not trusted yet: compare its fingerprint with the signed PDF "
        "summary, then accept the key.",
    ),
    "KEY_CHANGED": (
        "Kunci penandatangan {detail} berubah; paket ditolak sampai kunci baru diterima "
        "dengan alasan.",
        "The signing key of {detail} changed; the package is refused until the new key is "
        "accepted with a reason.",
    ),
    "REVISION_OLD": (
        "Revisi {detail} lebih lama atau sama dengan revisi yang sudah diimpor; paket ditolak.",
        "Revision {detail} is older than or equal to the one already imported; refused.",
    ),
    "UNKNOWN_INDICATOR": (
        "Paket menyebut indikator yang tidak ada di instrumen: {detail}.",
        "The package names an indicator that is not in the instrument: {detail}.",
    ),
}


class ImportRefused(Exception):
    def __init__(self, code: str, detail: Any = "") -> None:
        super().__init__(code)
        self.entry = refusal(code, detail)


def refusal(code: str, detail: Any) -> dict[str, str]:
    if code in MESSAGES:
        indonesian, english = MESSAGES[code]
        return {
            "code": code,
            "message_id": indonesian.format(detail=detail),
            "message_en": english.format(detail=detail),
        }
    if code == "JSON_INVALID_SUBMISSION":
        return problem("JSON_INVALID", detail)
    return problem(code, detail)
