"""The page of the PDF summary: what every part of it needs, and how it writes numbers, figures
and footnote marks."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from spbe_desktop.core.figures import figure
from spbe_desktop.core.instrument.marks import MARK, assumed_summary, uncertain_notes
from spbe_desktop.core.snapshot import Snapshot

from .footnotes import Footnotes
from .tables import Styles


class Page(NamedTuple):
    """What every part of the summary needs: the workspace as read, the page's words and styles,
    and its footnotes."""

    snap: Snapshot
    lang: str
    t: dict
    s: Styles
    width: float
    notes: Footnotes  # counted-as-1 values and uncertain facts, numbered below the tables

    def p(self, value: str, style: Any = None) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(value, style or self.s.base)

    def num(self, value: object) -> str:
        """A number as text in the page's language (a decimal comma in Indonesian)."""
        if value is None:
            return "–"
        return str(value).replace(".", ",") if self.lang == "id" else str(value)

    def shown(self, value: Decimal | None) -> str:
        """An index or value as published: half-up, two decimals, the language's mark."""
        return figure(value, self.lang, self.snap.instrument.decimals) or "–"

    def assumed(self, ids: Sequence[str]) -> str:
        """The mark ("*") of a figure that counts missing external scores at 1; one note, listing
        every such indicator, explains them all."""
        if not ids:
            return ""
        return self.notes.mark(self.assumed_note(), MARK)

    def assumed_note(self) -> str:
        """'Indikator 5, 7 dan 18: nilai 1 dipakai sampai skor indeks instansi lain tersedia.'"""
        return assumed_summary(self.snap.instrument, self.snap.score.assumed, self.lang)

    def about(self, topic: str) -> str:
        """The footnote marks of a fact of the instrument the sources leave uncertain."""
        return self.notes.marks(uncertain_notes(self.snap.instrument, topic, self.lang))
