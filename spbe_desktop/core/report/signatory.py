"""Who signs the summary, where and when: the Kepala OPD's block, stored in the workspace."""

from __future__ import annotations

from datetime import date

from spbe_desktop.core.workspace.workspace import Workspace

META_SIGNATORY = ("signatory_name", "signatory_nip", "signatory_place")
META_SIGNING_DATE = "signatory_date"


def set_signatory(ws: Workspace, name: str, nip: str, place: str) -> None:
    """The Kepala OPD's signature block (name, NIP, place), stored in the workspace."""
    with ws.transaction():
        for key, value in zip(META_SIGNATORY, (name, nip, place), strict=True):
            ws.set_meta(key, " ".join(value.split()))


def signatory(ws: Workspace) -> tuple[str, str, str]:
    name, nip, place = (ws.meta(k) or "" for k in META_SIGNATORY)
    return name, nip, place


def set_signing_date(ws: Workspace, day: date | None) -> None:
    """The date printed above the signature; None prints the day the summary is written."""
    ws.set_meta(META_SIGNING_DATE, day.isoformat() if day else "")


def signing_date(ws: Workspace) -> date:
    stored = ws.meta(META_SIGNING_DATE) or ""
    try:
        return date.fromisoformat(stored)
    except ValueError:
        return date.today()
