"""Crosswalks between instruments: which indicators of an old instrument inform which of a new one.

A crosswalk is data (spbe_desktop/resources/instruments/crosswalks/*.yaml, format in
docs/instrument-packs.md), validated on load like a pack. Each row pairs one old indicator with one new indicator and says how
sure it is (`confidence`) and on what it rests (`basis`: the same document named in both, the same
subject in the criteria, or the author's judgement only) with its `source`. The rows only ever
*propose*: nothing is carried to a new indicator without the user's confirmation.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Literal, NamedTuple

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from spbe_desktop.core.errors import InstrumentError

from .pack import Instrument, LocalText, packs_dir

CONFIDENCES = ("high", "medium", "low")
BASES = ("document", "criteria", "judgement")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class _Text(_Strict):
    id: str = Field(min_length=1)
    en: str | None = None


class _Note(_Strict):
    topic: str
    confidence: Literal["✅", "◐", "❓"]
    text: str


class _Row(_Strict):
    from_: int = Field(alias="from", ge=1)
    to: int = Field(ge=1)
    confidence: Literal["high", "medium", "low"]
    basis: Literal["document", "criteria", "judgement"]
    source: str = Field(min_length=1)
    note: _Text | None = None


class _Unmapped(_Strict):
    indicator: int = Field(ge=1)
    note: _Text


class _Crosswalk(_Strict):
    format: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    from_: str = Field(alias="from", pattern=r"^[a-z0-9-]+$")
    to: str = Field(pattern=r"^[a-z0-9-]+$")
    title: _Text
    source: str = Field(min_length=1)
    notes: list[_Note] = []
    unmapped: list[_Unmapped] = []
    rows: list[_Row] = Field(min_length=1)


class CrosswalkRow(NamedTuple):
    old: int  # indicator number in the old instrument
    new: int  # indicator number in the new instrument
    confidence: str
    basis: str
    source: str
    note: LocalText | None


class Crosswalk(NamedTuple):
    id: str
    from_id: str
    to_id: str
    title: LocalText
    source: str
    rows: tuple[CrosswalkRow, ...]
    unmapped: dict[int, LocalText]  # new indicators no old one informs, with the reason

    def rows_for(self, new_number: int) -> list[CrosswalkRow]:
        """The old indicators that may inform one new indicator, the surest first."""
        rows = [r for r in self.rows if r.new == new_number]
        return sorted(rows, key=lambda r: (CONFIDENCES.index(r.confidence), r.old))

    def counts(self) -> dict[str, int]:
        """Rows per confidence (every confidence named, zero included)."""
        found = Counter(r.confidence for r in self.rows)
        return {c: found.get(c, 0) for c in CONFIDENCES}

    def basis_counts(self) -> dict[str, int]:
        found = Counter(r.basis for r in self.rows)
        return {b: found.get(b, 0) for b in BASES}


def crosswalks_dir() -> Path:
    return packs_dir() / "crosswalks"


def parse_crosswalk(raw: bytes, source: str = "crosswalk") -> Crosswalk:
    """Read and validate a crosswalk file's content; an error names the offending field."""
    try:
        loaded = yaml.safe_load(raw)
        model = _Crosswalk.model_validate(loaded)
    except yaml.YAMLError as exc:
        raise InstrumentError(
            f"Padanan {source} bukan YAML yang sah: {exc}",
            f"Crosswalk {source} is not valid YAML: {exc}",
        ) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InstrumentError(
            f"Padanan {source} tidak sah di {where}: {first['msg']}.",
            f"Crosswalk {source} is invalid at {where}: {first['msg']}.",
        ) from exc
    pairs = [(r.from_, r.to) for r in model.rows]
    repeated = sorted({p for p in pairs if pairs.count(p) > 1})
    mapped = {r.to for r in model.rows}
    both = sorted(mapped & {u.indicator for u in model.unmapped})
    problem = (
        f"pair {repeated[0]} is listed twice"
        if repeated
        else f"indicator {both[0]} is both mapped and unmapped"
        if both
        else ""
    )
    if problem:
        raise InstrumentError(
            f"Padanan {source} tidak konsisten: {problem}.",
            f"Crosswalk {source} is inconsistent: {problem}.",
        )
    return Crosswalk(
        id=model.id,
        from_id=model.from_,
        to_id=model.to,
        title=model.title.model_dump(exclude_none=True),
        source=model.source,
        rows=tuple(
            CrosswalkRow(
                r.from_,
                r.to,
                r.confidence,
                r.basis,
                r.source,
                None if r.note is None else r.note.model_dump(exclude_none=True),
            )
            for r in model.rows
        ),
        unmapped={u.indicator: u.note.model_dump(exclude_none=True) for u in model.unmapped},
    )


def check_against(crosswalk: Crosswalk, old: Instrument, new: Instrument) -> list[str]:
    """What the crosswalk names that the two instruments do not have (empty when sound)."""
    problems = []
    if (old.id, new.id) != (crosswalk.from_id, crosswalk.to_id):
        problems.append(
            f"crosswalk {crosswalk.id} is for {crosswalk.from_id} → {crosswalk.to_id}, "
            f"not {old.id} → {new.id}"
        )
    old_numbers = {i.number for i in old.indicators}
    new_numbers = {i.number for i in new.indicators}
    for row in crosswalk.rows:
        if row.old not in old_numbers:
            problems.append(f"{old.id} has no indicator {row.old}")
        if row.new not in new_numbers:
            problems.append(f"{new.id} has no indicator {row.new}")
    problems += [
        f"{new.id} has no indicator {n}" for n in crosswalk.unmapped if n not in new_numbers
    ]
    return problems


def load_crosswalk(old: Instrument, new: Instrument) -> Crosswalk | None:
    """The shipped crosswalk from `old` to `new`, checked against both (None when there is none)."""
    path = crosswalks_dir() / f"{old.id}-to-{new.id}.yaml"
    if not path.is_file():
        return None
    crosswalk = parse_crosswalk(path.read_bytes(), path.name)
    problems = check_against(crosswalk, old, new)
    if problems:
        raise InstrumentError(
            f"Padanan {path.name} tidak cocok dengan instrumennya: {problems[0]}.",
            f"Crosswalk {path.name} does not match its instruments: {problems[0]}.",
        )
    return crosswalk
