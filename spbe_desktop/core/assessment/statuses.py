"""The words assessors use for an item, and the rounds of an evaluation.

An item is *diterima* (accepted) or one kind of *revisi*: sent back as such, rejected, wrong
evidence, not uploaded, or rejected automatically because a lower level was not accepted. Words
are read case-insensitively, with spaces, hyphens and underscores alike; English words are
understood too. Stored and shown in their Indonesian form.
"""

from __future__ import annotations

from spbe_desktop.core.errors import InputError

ACCEPTED = "diterima"
AUTO_REJECTED = "ditolak otomatis"
STATUSES = (ACCEPTED, "revisi", "ditolak", "tidak tepat", "belum diunggah", AUTO_REJECTED)
LISTED = ", ".join(s for s in STATUSES if s != "ditolak")  # as the portal's own list reads

STATUS_EN = {
    ACCEPTED: "accepted",
    "revisi": "revision",
    "ditolak": "rejected",
    "tidak tepat": "wrong evidence",
    "belum diunggah": "not uploaded",
    AUTO_REJECTED: "auto-rejected",
}
_ALIASES = {
    "terima": None,  # a common slip: named in the error rather than guessed
    "accepted": ACCEPTED,
    "revision": "revisi",
    "rejected": "ditolak",
    "wrong evidence": "tidak tepat",
    "not uploaded": "belum diunggah",
    "auto rejected": AUTO_REJECTED,
}

ROUNDS = ("mandiri", "dokumen", "interviu", "visitasi")
DEFAULT_ROUND = "dokumen"
ROUND_NAMES = {
    "mandiri": ("Penilaian mandiri (Tim Asesor Internal)", "Self-assessment (internal team)"),
    "dokumen": ("Penilaian dokumen", "Document assessment"),
    "interviu": ("Interviu", "Interview"),
    "visitasi": ("Visitasi", "Site visit"),
}


def normalise_status(word: str) -> str:
    """The stored form of an assessor's word; refuses an unknown one, listing the known ones."""
    key = " ".join(str(word).replace("-", " ").replace("_", " ").lower().split())
    if key in STATUSES:
        return key
    found = _ALIASES.get(key)
    if found is None:
        raise InputError(
            f"status '{word}' tidak dikenal; pakai {LISTED}",
            f"status '{word}' is not known; use {LISTED}",
            code="UNKNOWN_STATUS",
        )
    return found


def is_revision(status: str) -> bool:
    return status != ACCEPTED


def status_label(status: str, lang: str = "id") -> str:
    return STATUS_EN.get(status, status) if lang == "en" else status


def check_round(name: str) -> str:
    key = str(name).strip().lower()
    if key not in ROUNDS:
        raise InputError(
            f"Putaran '{name}' tidak dikenal; pakai {', '.join(ROUNDS)}.",
            f"Round '{name}' is not known; use {', '.join(ROUNDS)}.",
            code="UNKNOWN_ROUND",
        )
    return key


def round_name(name: str, lang: str = "id") -> str:
    names = ROUND_NAMES.get(name, (name, name))
    return names[1] if lang == "en" else names[0]
