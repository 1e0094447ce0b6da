"""The marks beside a figure: why it holds a value nobody entered.

An indicator valued from another agency's index counts with the pack's missing value until its
score is entered (see `scoring`). Wherever such a figure appears — CLI, JSON, GUI, both PDFs, the
workbook — it carries a mark ("*") and one of these sentences, in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from spbe_desktop.core.figures import figure

from .pack import Indicator, Instrument, text

MARK = "*"


def assumed_note(indicator: Indicator, lang: str = "id") -> str:
    """'nilai 1 dipakai sampai skor Indeks Satu Data Indonesia (SDI) tersedia'."""
    ext = indicator.external
    if ext is None:
        return ""
    value = _plain(ext.missing_value, lang)
    source = text(ext.source, lang)
    if lang == "en":
        return f"value {value} is used until the {source} score is available"
    return f"nilai {value} dipakai sampai skor {source} tersedia"


def assumed_summary(instrument: Instrument, ids: Iterable[str], lang: str = "id") -> str:
    """One sentence for a figure that includes assumed values: 'Indikator 5, 6, 7 dan 18: nilai 1
    dipakai sampai skor indeks instansi lain tersedia.' Empty when nothing is assumed."""
    indicators = [instrument.indicator(i) for i in ids]
    if not indicators:
        return ""
    numbers = [str(i.number) for i in indicators]
    values = {i.external.missing_value for i in indicators if i.external is not None}
    value = _plain(min(values), lang) if values else "1"
    if lang == "en":
        listed = _listed(numbers, "and")
        word = "Indicator" if len(numbers) == 1 else "Indicators"
        return (
            f"{word} {listed}: value {value} is used until the other agencies' index scores "
            "are available."
        )
    return (
        f"Indikator {_listed(numbers, 'dan')}: nilai {value} dipakai sampai skor indeks "
        "instansi lain tersedia."
    )


def _listed(items: list[str], conjunction: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _plain(value, lang: str) -> str:
    """A pack value as written: 1 (not 1,00), 1,5."""
    shown = figure(value, lang)
    return shown.rstrip("0").rstrip(",.") if shown else ""
