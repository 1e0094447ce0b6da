"""The coordinator's review notes as an OPD's workspace keeps them. Read each time a workspace is
opened, so apart from the exchange code and the keys and hashing it brings."""

from __future__ import annotations

from spbe_desktop.core.workspace.workspace import Workspace


def review_notes(ws: Workspace) -> dict[str, tuple[str, str]]:
    """The coordinator's notes per indicator, as the OPD received them."""
    rows = ws.conn.execute("SELECT indicator_id, status, note FROM review_notes")
    return {r[0]: (r[1], r[2]) for r in rows}
