"""Reading last period's workspace without ever changing its bytes.

A read-only open writes nothing, and an older schema is read through a migrated copy already; a
file a killed writer left with a hot journal would be recovered in place, so such a file is
copied (with its journal) into a scratch folder first and the copy is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.workspace.workspace import Workspace

JOURNALS = ("-journal", "-wal")


@contextmanager
def old_workspace(path: str | Path, kind: str) -> Iterator[Workspace]:
    """Last period's workspace of `kind` ("opd" or "coordinator"), open for reading."""
    path = Path(path)
    if not path.is_file():
        raise InputError(
            f"Ruang kerja periode sebelumnya tidak ditemukan: {path}.",
            f"Last period's workspace was not found: {path}.",
            code="FILE_MISSING",
        )
    hot = [
        path.with_name(path.name + s) for s in JOURNALS if path.with_name(path.name + s).exists()
    ]
    if not hot:
        with Workspace.open(path, read_only=True) as ws:
            _require_kind(ws, kind)
            yield ws
        return
    # Imported here: the reading commands (status) start without them.
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="spbe-periode-") as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        for journal in hot:
            shutil.copyfile(journal, Path(scratch) / journal.name)
        with Workspace.open(copy, read_only=True) as ws:
            _require_kind(ws, kind)
            yield ws


def _require_kind(ws: Workspace, kind: str) -> None:
    if ws.info.kind == kind:
        return
    if kind == "coordinator":
        raise InputError(
            f"{ws.path.name} adalah ruang kerja OPD; periode berikutnya dibuat dengan spbe init --from.",
            f"{ws.path.name} is an OPD workspace; its next period is made with spbe init --from.",
            code="NOT_COORDINATOR",
        )
    raise InputError(
        f"{ws.path.name} adalah ruang kerja koordinator; periode berikutnya dibuat dengan "
        "spbe coord init --from.",
        f"{ws.path.name} is a coordinator workspace; its next period is made with "
        "spbe coord init --from.",
        code="NOT_OPD",
    )
