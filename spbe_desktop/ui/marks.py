"""The marks beside a figure or a fact in the interface, with the sentence as the tooltip: "*"
for a figure that counts a missing external score at 1, ◐ / ❓ for a fact of the instrument the
sources leave uncertain. The sentences come from the core (`core.instrument.marks`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spbe_desktop.core.instrument.marks import (
    MARK,
    assumed_summary,
    printable,
    uncertain_notes,
    uncertain_symbol,
)
from spbe_desktop.core.instrument.pack import Instrument


class Marked(NamedTuple):
    """A mark to write after a text, and the tooltip saying why ('' and '' for none)."""

    mark: str
    tip: str


def assumed(instrument: Instrument, ids: Sequence[str], lang: str, shown: bool = True) -> Marked:
    """The mark of a figure that counts the external indicators `ids` at their missing value;
    nothing when no figure is shown."""
    if not ids or not shown:
        return Marked("", "")
    return Marked(MARK, assumed_summary(instrument, ids, lang))


def uncertain(instrument: Instrument, about: str, lang: str) -> Marked:
    """The mark of a fact (legal_basis, predicates, level_names) the sources leave uncertain."""
    symbol = uncertain_symbol(instrument, about)
    if not symbol:
        return Marked("", "")
    notes = "\n".join(uncertain_notes(instrument, about, lang))
    return Marked(f" {printable(symbol)}", printable(notes))


def tips(*marks: Marked) -> str:
    """The tooltips of several marks, one paragraph each."""
    return "\n\n".join(m.tip for m in marks if m.tip)
