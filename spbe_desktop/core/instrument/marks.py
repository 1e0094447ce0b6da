"""The marks beside a figure: why it holds a value nobody entered.

An indicator valued from another agency's index counts with the pack's missing value until its
score is entered (see `scoring`). Wherever such a figure appears — CLI, JSON, GUI, both PDFs, the
workbook — it carries a mark ("*") and one of these sentences, in the user's language.
"""

from __future__ import annotations

import re
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


# Facts the sources leave uncertain -------------------------------------------------------------

UNCERTAIN = ("◐", "❓")
# What a pack note may be `about`: the places where that fact is used say so.
TOPICS = ("legal_basis", "predicates", "level_names")


def uncertain_notes(instrument: Instrument, about: str, lang: str = "id") -> list[str]:
    """The pack's notes on one fact (`about`: legal_basis, predicates, level_names) whose
    confidence is ◐ or ❓, as 'Berita Negara dan tanggal (◐): …'."""
    return [
        f"{note['topic']} ({note['confidence']}): {_note_text(note['text'], lang)}"
        for note in _uncertain(instrument, about)
    ]


def uncertain_symbol(instrument: Instrument, about: str) -> str:
    """The mark of a fact the sources leave uncertain: ❓ when a note on it is unverified, ◐ when
    only one source gives it, '' when the pack is sure of it."""
    found = {note["confidence"] for note in _uncertain(instrument, about)}
    return next((symbol for symbol in reversed(UNCERTAIN) if symbol in found), "")


def _uncertain(instrument: Instrument, about: str) -> list:
    return [
        note
        for note in instrument.notes
        if note.get("about") == about and note.get("confidence") in UNCERTAIN
    ]


def printable(value: str) -> str:
    """Confidence marks as common fonts draw them (DejaVu Sans in the PDFs, the system font in the
    GUI): ◐ as is; ❓ and ✅, which need an emoji font, as '?' and '✓'."""
    return value.replace("\u2753", "?").replace("\u2705", "\u2713")


def external_note(indicator: Indicator, lang: str = "id") -> str:
    """The uncertainty of an indicator's score conversion ('' when the pack is sure of it)."""
    ext = indicator.external
    if ext is None or ext.confidence not in UNCERTAIN or not ext.note:
        return ""
    return f"{text(ext.source, lang)} ({ext.confidence}): {text(ext.note, lang)}"


def indicator_note(indicator: Indicator, lang: str = "id") -> str:
    """The uncertainty of an indicator's criteria ('' when the sources agree)."""
    if indicator.confidence not in UNCERTAIN:
        return ""
    return f"({indicator.confidence}) {text(indicator.note, lang)}".strip()


# A pack note holds both languages in one string: "Indonesian text. / English text."
_LANGUAGES = re.compile(r"(?<=[.)\]]) / (?=[A-Z])")


def _note_text(value, lang: str) -> str:
    """A pack note's text in `lang`: a localised mapping, or one string holding both languages
    ('… . / …'), else the string as written."""
    if isinstance(value, dict):
        return text(value, lang)
    halves = _LANGUAGES.split(str(value), maxsplit=1)
    if len(halves) == 2:
        return halves[1] if lang == "en" else halves[0]
    return str(value)
