"""Footnotes of a PDF: a small raised letter beside a figure or a fact, the sentence below.

Used for what a reader must not take at face value: a value counted while another agency's score
is missing (marked "*"), and a fact of the instrument that the sources leave uncertain (◐ one
source, ❓ unverified; marked a, b, c …). Letters, not numbers: a raised 1 after 2,13 would read
as 2,131. The same sentence keeps its letter wherever it is marked.
"""

from __future__ import annotations

from collections.abc import Iterable
from string import ascii_lowercase
from typing import Any

from spbe_desktop.core.instrument.marks import printable

from .texts import escape

TITLE = {"id": "Catatan", "en": "Notes"}


class Footnotes:
    def __init__(self, lang: str = "id") -> None:
        self.lang = lang
        self._labels: dict[str, str] = {}  # note → its label, in the order first marked
        self._lettered = 0

    def mark(self, note: str | None, symbol: str | None = None) -> str:
        """The raised letter (or `symbol`, e.g. "*") for `note`, as paragraph markup; empty for
        no note."""
        label = self._label(note, symbol)
        return f"<super>{label}</super>" if label else ""

    def marks(self, notes: Iterable[str]) -> str:
        """The raised letters of several notes, 'a,b,c'."""
        labels = [label for label in (self._label(n) for n in notes) if label]
        return f"<super>{','.join(labels)}</super>" if labels else ""

    def _label(self, note: str | None, symbol: str | None = None) -> str:
        if not note:
            return ""
        if note not in self._labels:
            if symbol is None:
                symbol = _letter(self._lettered)
                self._lettered += 1
            self._labels[note] = symbol
        return self._labels[note]

    def __len__(self) -> int:
        return len(self._labels)

    def flowables(self, style: Any, heading: Any) -> list:
        """The notes marked so far under a heading, symbols first, then the letters in order;
        nothing when none was marked."""
        from reportlab.platypus import Paragraph

        if not self._labels:
            return []
        title = TITLE["en" if self.lang == "en" else "id"]
        letters = {_letter(n) for n in range(self._lettered)}
        symbols = [(note, label) for note, label in self._labels.items() if label not in letters]
        lettered = [(note, label) for note, label in self._labels.items() if label in letters]
        lines = [
            Paragraph(f"<super>{label}</super> {escape(_sentence(note))}", style)
            for note, label in symbols + lettered
        ]
        return [Paragraph(title, heading), *lines]


def _letter(n: int) -> str:
    """a … z, then aa, ab …"""
    return ascii_lowercase[n] if n < 26 else _letter(n // 26 - 1) + ascii_lowercase[n % 26]


def _sentence(note: str) -> str:
    note = printable(note.strip())
    note = note[:1].upper() + note[1:]
    return note if note.endswith((".", "?", "!", ")")) else f"{note}."
