"""Leaving a workspace as a killed writer leaves it: a hot rollback journal beside the file.

The child process opens the workspace for editing, starts one transaction, changes an answer and
streams a few megabytes of content with a tiny page cache (so that changed pages reach the file
itself), then kills itself with SIGKILL before it commits.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

SQLITE_READONLY_ROLLBACK = 776

_CHILD = """
import os, signal, sys
from spbe_desktop.core.evidence.content import store_content
from spbe_desktop.core.workspace.workspace import Workspace

ws = Workspace.open(sys.argv[1])
with ws.transaction() as conn:
    conn.execute("PRAGMA cache_size = 4")
    ws.set_answer(1, level=5, justification="never committed")
    store_content(ws, (os.urandom(1 << 20) for _ in range(6)))
    os.kill(os.getpid(), signal.SIGKILL)
"""


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def is_hot(path: Path) -> bool:
    """Whether a plain read-only SQLite connection meets a journal it may not roll back."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        return exc.sqlite_errorcode == SQLITE_READONLY_ROLLBACK
    finally:
        conn.close()
    return False


def crash_mid_write(path: Path) -> None:
    """Kill a writer of `path` in the middle of a transaction; a hot journal stays behind."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert journal_of(path).stat().st_size > 0 and is_hot(path)
