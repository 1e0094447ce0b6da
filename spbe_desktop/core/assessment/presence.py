"""Whether a workspace holds any assessor verdict at all: one query, so opening a workspace that
has none (most of them) need not load the assessment code to learn that nothing was sent back."""

from __future__ import annotations

import sqlite3

from spbe_desktop.core.workspace.workspace import Workspace


def has_verdicts(ws: Workspace) -> bool:
    """True when any item verdict was recorded (a workspace from before verdicts has none)."""
    try:
        return ws.conn.execute("SELECT 1 FROM item_verdicts LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # no such table: a workspace from before verdicts
        return False
