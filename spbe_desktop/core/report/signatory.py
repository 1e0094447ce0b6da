"""The signature block of the summary (the Kepala OPD's name, NIP, place and the date), kept in
the workspace so that it is typed once and printed on every summary."""

from __future__ import annotations

from datetime import date

from spbe_desktop.core.snapshot import META_SIGNATORY, META_SIGNING_DATE, signing_date_from
from spbe_desktop.core.workspace.workspace import Workspace


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
    return signing_date_from(ws.meta(META_SIGNING_DATE))
