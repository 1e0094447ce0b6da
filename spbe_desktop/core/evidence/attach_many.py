"""Several files attached to one place, one after the other, with one progress over their
total size: what the GUI does when files are chosen or dropped on an indicator or an item."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from spbe_desktop.core.jobs import CancelFlag, ProgressFn, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

from .store import attach_file


def attach_files(
    ws: Workspace,
    indicator_ref: str | int,
    files: Sequence[Path],
    *,
    level: int | None = None,
    item: int | None = None,
    dates: Mapping[Path, str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> int:
    """Attach each file in its own transaction (a cancel keeps the ones already attached) and
    return how many were attached. `dates` gives a file's document date where the person
    corrected it; the others keep the file's own date."""
    sizes = [f.stat().st_size if f.is_file() else 0 for f in files]
    total, before = max(sum(sizes), 1), 0
    for path, size in zip(files, sizes, strict=True):

        def step(done: int, _total: int, name: str, base: int = before) -> None:
            progress(base + done, total, name)

        attach_file(
            ws,
            indicator_ref,
            path,
            level=level,
            item=item,
            document_date=(dates or {}).get(path),
            progress=step,
            cancel=cancel,
        )
        before += size
    return len(files)
