"""The protocol every long operation follows: report progress, stop when asked.

A long core function takes `progress(done, total, message)` and a `cancel` flag (anything with an
`is_set()` method, normally a `threading.Event`). The GUI runs it off the UI thread and sets the
flag from its Cancel button; the CLI passes a text progress bar. The function checks the flag
between units of work and raises `Cancelled`, leaving nothing half-done behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from .errors import Cancelled

ProgressFn = Callable[[int, int, str], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


def no_progress(done: int, total: int, message: str) -> None:
    """The progress callback used when nobody is watching."""


def check_cancel(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()
