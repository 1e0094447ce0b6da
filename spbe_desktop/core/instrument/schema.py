"""Validation of instrument pack files (the format is described in docs/instrument-packs.md).

A pack is checked field by field (pydantic) and then as a whole (weights add up, references
exist, bands are ordered). Errors name the field, so the person editing a pack can fix it.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from spbe_desktop.core.errors import InstrumentError

from .guidance_schema import CommonGuidanceModel, GuidanceModel, guidance_problems

PACK_FORMAT = 1


def _decimal_string(value: object) -> str:
    """Weights and bands must be exact: accept quoted decimals or plain numbers, keep a string."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError('must be a number written as a string, e.g. "1.30"')
    try:
        number = Decimal(str(value))
    except ArithmeticError as exc:
        raise ValueError(f"{value!r} is not a number") from exc
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return str(value)


Dec = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    id: str = Field(min_length=1)
    en: str | None = None


class LegalBasis(_Strict):
    citation: str = Field(min_length=1)
    guidance: str | None = None
    replaced_by: str | None = None
    repeals: str | None = None
    source: str | None = None


class Periods(_Strict):
    first: int = Field(ge=2000, le=2100)
    last: int = Field(ge=2000, le=2100)


class Levels(_Strict):
    min: int = Field(ge=0, le=1)
    max: int = Field(ge=2, le=10)


class Note(_Strict):
    topic: str
    confidence: Literal["✅", "◐", "❓"]
    text: str
    # The fact the note is about, where the app shows it: the regulation cited (legal_basis), the
    # predicate bands (predicates), the level names (level_names). Such a fact carries a mark
    # wherever it is shown while the note is ◐ or ❓.
    about: Literal["legal_basis", "predicates", "level_names"] | None = None


class LevelEntry(_Strict):
    level: int
    name: Text
    aliases: list[str] = []
    meaning: Text | None = None


class ScaleModel(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: Text
    levels: list[LevelEntry]


class Formula(_Strict):
    weights_total: Dec

    _num = field_validator("weights_total", mode="before")(_decimal_string)


class Rounding(_Strict):
    decimals: int = Field(ge=0, le=4)


class PredicateModel(_Strict):
    min: Dec
    name: str = Field(min_length=1)
    label: Text | None = None

    _num = field_validator("min", mode="before")(_decimal_string)


class DomainModel(_Strict):
    id: str = Field(pattern=r"^D\d+$")
    name: Text
    weight: Dec

    _num = field_validator("weight", mode="before")(_decimal_string)


class AspectModel(_Strict):
    id: str = Field(pattern=r"^A\d+$")
    domain: str | None = None
    name: Text
    weight: Dec

    _num = field_validator("weight", mode="before")(_decimal_string)


class BandModel(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: Dec = Field(alias="from")
    to: Dec
    value_from: Dec
    value_to: Dec

    _num = field_validator("from_", "to", "value_from", "value_to", mode="before")(_decimal_string)


class External(_Strict):
    source: Text
    agency: str | None = None
    score_min: Dec
    score_max: Dec
    interpolation: Literal["linear", "step"]
    missing_value: Dec
    bands: list[BandModel] = Field(min_length=1)
    confidence: Literal["✅", "◐", "❓"] | None = None
    note: Text | None = None

    _num = field_validator("score_min", "score_max", "missing_value", mode="before")(
        _decimal_string
    )


class ItemModel(_Strict):
    """One evidence item ("butir data dukung") of a level, as the national portal lists it."""

    text: Text
    code: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
    max_age_months: int | None = Field(default=None, ge=1, le=240)


class Portal(_Strict):
    """What the pack knows of the national portal the evidence is uploaded to."""

    url: str | None = None
    max_file_mb: Dec
    confidence: Literal["✅", "◐", "❓"]
    note: Text | None = None

    _num = field_validator("max_file_mb", mode="before")(_decimal_string)


class Slot(_Strict):
    label: Text
    hint: Text | None = None


class IndicatorModel(_Strict):
    number: int = Field(ge=1)
    id: str = Field(pattern=r"^I\d{2,3}$")
    aspect: str
    name: Text
    short_name: Text | None = None
    aliases: list[str] = []
    weight: Dec
    scale: str
    criteria: dict[int, Text]
    evidence: list[Text] = Field(min_length=1)
    items: dict[int, list[ItemModel]] | None = None
    confidence: Literal["✅", "◐", "❓"]
    note: Text | None = None
    slot: Slot | None = None
    external: External | None = None
    guidance: GuidanceModel | None = None

    _num = field_validator("weight", mode="before")(_decimal_string)


class Pack(_Strict):
    format: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: Text
    index_name: Text
    legal_basis: LegalBasis
    periods: Periods
    levels: Levels
    notes: list[Note] = []
    portal: Portal | None = None
    scales: list[ScaleModel] = Field(min_length=1)
    formula: Formula
    rounding: Rounding
    predicates: list[PredicateModel] = Field(min_length=2)
    domains: list[DomainModel]
    aspects: list[AspectModel] = Field(min_length=1)
    indicators: list[IndicatorModel] = Field(min_length=1)
    guidance: CommonGuidanceModel | None = None


def validate_pack_bytes(raw: bytes, source: str = "pack") -> dict:
    """Parse and validate a pack; return its data in canonical form (decimals as strings)."""
    try:
        loaded = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise InstrumentError(
            f"Paket instrumen {source} bukan YAML yang sah: {exc}",
            f"Instrument pack {source} is not valid YAML: {exc}",
        ) from exc
    try:
        pack = Pack.model_validate(loaded)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InstrumentError(
            f"Paket instrumen {source} tidak sah di {where}: {first['msg']} "
            f"({exc.error_count()} kesalahan).",
            f"Instrument pack {source} is invalid at {where}: {first['msg']} "
            f"({exc.error_count()} errors).",
        ) from exc
    problems = check_consistency(pack)
    if problems:
        raise InstrumentError(
            f"Paket instrumen {source} tidak konsisten: {problems[0]}",
            f"Instrument pack {source} is inconsistent: {problems[0]}",
        )
    return pack.model_dump(mode="json", by_alias=True, exclude_none=True)


def check_consistency(pack: Pack) -> list[str]:
    """Whole-pack rules; returns the problems found (empty when the pack is sound)."""
    problems: list[str] = []
    levels = set(range(pack.levels.min, pack.levels.max + 1))
    scale_ids = {s.id for s in pack.scales}
    domain_ids = [d.id for d in pack.domains]
    aspect_ids = [a.id for a in pack.aspects]
    indicator_ids = [i.id for i in pack.indicators]

    for label, ids in (
        ("domain", domain_ids),
        ("aspect", aspect_ids),
        ("indicator", indicator_ids),
    ):
        dupes = {x for x in ids if ids.count(x) > 1}
        if dupes:
            problems.append(f"duplicate {label} ids: {sorted(dupes)}")
    numbers = [i.number for i in pack.indicators]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problems.append("indicator numbers must run 1..N without gaps or repeats")
    if pack.periods.first > pack.periods.last:
        problems.append("periods.first is after periods.last")

    for scale in pack.scales:
        if {lv.level for lv in scale.levels} != levels or len(scale.levels) != len(levels):
            problems.append(f"scale {scale.id} must name each level {min(levels)}..{max(levels)}")

    for aspect in pack.aspects:
        if pack.domains and aspect.domain not in domain_ids:
            problems.append(f"aspect {aspect.id} names unknown domain {aspect.domain!r}")
        if not pack.domains and aspect.domain is not None:
            problems.append(f"aspect {aspect.id} names a domain but the pack has none")

    for ind in pack.indicators:
        if ind.aspect not in aspect_ids:
            problems.append(f"indicator {ind.id} names unknown aspect {ind.aspect!r}")
        if ind.scale not in scale_ids:
            problems.append(f"indicator {ind.id} names unknown scale {ind.scale!r}")
        if set(ind.criteria) != levels:
            problems.append(f"indicator {ind.id} must give criteria for levels {sorted(levels)}")
        if Decimal(ind.weight) <= 0:
            problems.append(f"indicator {ind.id} weight must be greater than 0")
        if ind.external:
            problems.extend(_check_external(ind.id, ind.external, levels))
        # Level 0 (where a scale has it) means "nothing yet": it has no items.
        problems.extend(_check_items(ind, range(max(1, pack.levels.min), pack.levels.max + 1)))

    total = Decimal(pack.formula.weights_total)
    for aspect in pack.aspects:
        inside = sum(
            (Decimal(i.weight) for i in pack.indicators if i.aspect == aspect.id), Decimal(0)
        )
        if inside != Decimal(aspect.weight):
            problems.append(
                f"indicator weights of aspect {aspect.id} add up to {inside}, not {aspect.weight}"
            )
    for domain in pack.domains:
        inside = sum((Decimal(a.weight) for a in pack.aspects if a.domain == domain.id), Decimal(0))
        if inside != Decimal(domain.weight):
            problems.append(
                f"aspect weights of domain {domain.id} add up to {inside}, not {domain.weight}"
            )
    all_weights = sum((Decimal(i.weight) for i in pack.indicators), Decimal(0))
    if all_weights != total:
        problems.append(f"indicator weights add up to {all_weights}, not {total}")

    codes = [it.code for i in pack.indicators for lv in (i.items or {}).values() for it in lv]
    repeated = {c for c in codes if c is not None and codes.count(c) > 1}
    if repeated:
        problems.append(f"item codes used more than once: {sorted(repeated)}")
    if pack.portal is not None and Decimal(pack.portal.max_file_mb) <= 0:
        problems.append("portal.max_file_mb must be greater than 0")

    problems.extend(guidance_problems(pack.indicators, pack.guidance, levels))
    mins = [Decimal(p.min) for p in pack.predicates]
    if any(a <= b for a, b in itertools.pairwise(mins)):
        problems.append("predicate bands must be listed highest first, strictly descending")
    if mins and mins[-1] > pack.levels.min:
        problems.append("the last predicate band must start at or below the lowest level")
    return problems


def _check_items(ind: IndicatorModel, levels: range) -> list[str]:
    if ind.items is None:
        return []
    problems = []
    if set(ind.items) != set(levels):
        problems.append(f"indicator {ind.id} must list items for levels {list(levels)}")
    for level, items in ind.items.items():
        if not items:
            problems.append(f"indicator {ind.id} level {level} must list at least one item")
    return problems


def _check_external(ind_id: str, ext: External, levels: set[int]) -> list[str]:
    problems = []
    bands = ext.bands
    lo, hi = Decimal(ext.score_min), Decimal(ext.score_max)
    if Decimal(bands[0].from_) != lo or Decimal(bands[-1].to) != hi:
        problems.append(f"indicator {ind_id}: external bands must cover {lo}..{hi}")
    for a, b in itertools.pairwise(bands):
        if Decimal(a.to) != Decimal(b.from_):
            problems.append(f"indicator {ind_id}: external bands must be contiguous")
    for band in bands:
        if Decimal(band.from_) > Decimal(band.to):
            problems.append(f"indicator {ind_id}: an external band runs backwards")
        for value in (band.value_from, band.value_to):
            if not min(levels) <= Decimal(value) <= max(levels):
                problems.append(f"indicator {ind_id}: band value {value} is outside the levels")
    if not min(levels) <= Decimal(ext.missing_value) <= max(levels):
        problems.append(f"indicator {ind_id}: missing_value is outside the levels")
    return problems
