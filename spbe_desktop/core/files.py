"""Writing a file so that it is either complete or not there at all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import disk_full, is_disk_full


@contextmanager
def written_in_place(target: str | Path) -> Iterator[Path]:
    """Yield a `.part` path beside `target` to write; it replaces `target` when the block ends
    normally and is removed when it fails or is cancelled (a full disk is said as such)."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        yield partial
        os.replace(partial, target)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(target.name) from exc
        raise
    finally:
        partial.unlink(missing_ok=True)


def safe_name(name: str, fallback: str = "") -> str:
    """A file name part from a person's or unit's name, safe on every file system: its letters
    and digits in words joined by hyphens ("Dinas Kominfo & Statistik" → "Dinas-Kominfo-Statistik");
    `fallback` when nothing is left."""
    return "-".join("".join(c if c.isalnum() else " " for c in name).split()) or fallback
