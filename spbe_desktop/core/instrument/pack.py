"""The instrument model: one evaluation instrument (indicators, weights, levels, predicate bands).

Instruments are data. A pack file is validated once by `pack_schema` and turned into the plain
value classes below; a workspace stores that validated data as JSON, so opening a workspace rebuilds
its instrument without YAML or validation (which keeps the CLI fast).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.errors import InputError, InstrumentError
from spbe_desktop.core.paths import resource_dir

LocalText = Mapping[str, str]


def text(value: LocalText | None, lang: str = "id") -> str:
    """The text in `lang`, falling back to Indonesian, which every pack provides."""
    if not value:
        return ""
    return value.get(lang) or value.get("id") or ""


class LevelName(NamedTuple):
    level: int
    name: LocalText
    aliases: tuple[str, ...]
    meaning: LocalText


class Scale(NamedTuple):
    id: str
    name: LocalText
    levels: tuple[LevelName, ...]

    def level_name(self, level: int, lang: str = "id") -> str:
        for entry in self.levels:
            if entry.level == level:
                return text(entry.name, lang)
        return ""


class Band(NamedTuple):
    low: Decimal
    high: Decimal
    value_from: Decimal
    value_to: Decimal


class ExternalIndex(NamedTuple):
    """An indicator valued from another agency's index: the score is converted by bands."""

    source: LocalText
    agency: str
    score_min: Decimal
    score_max: Decimal
    interpolation: str
    missing_value: Decimal
    bands: tuple[Band, ...]
    note: LocalText | None
    confidence: str = ""  # of the conversion: ✅ / ◐ / ❓ as in the sources

    def value_for(self, score: Decimal) -> Decimal:
        if not self.score_min <= score <= self.score_max:
            raise InputError(
                f"Skor {score} di luar rentang {self.score_min}–{self.score_max}.",
                f"Score {score} is outside the range {self.score_min}–{self.score_max}.",
            )
        last = len(self.bands) - 1
        for i, band in enumerate(self.bands):
            if band.low <= score < band.high or (i == last and score == band.high):
                if self.interpolation == "step" or band.high == band.low:
                    return band.value_from
                share = (score - band.low) / (band.high - band.low)
                return band.value_from + share * (band.value_to - band.value_from)
        raise InstrumentError(
            f"Tidak ada rentang untuk skor {score}.", f"No band covers the score {score}."
        )


def item_levels(level_min: int, level_max: int) -> range:
    """The levels that have evidence items: level 0 (where a scale has it) means "nothing yet"."""
    return range(max(1, level_min), level_max + 1)


class PackItem(NamedTuple):
    """An evidence item ("butir data dukung") of a level as the instrument lists it; items are
    numbered 1, 2, … within their level in this order."""

    text: LocalText
    code: str | None
    max_age_months: int | None


def generic_item(level: int) -> PackItem:
    """The one item of a level whose sources give no list."""
    return PackItem(
        {"id": f"Data dukung level {level}", "en": f"Evidence for level {level}"}, None, None
    )


class PortalInfo(NamedTuple):
    """The national portal as the pack knows it; its file size limit is not published."""

    url: str | None
    max_file_mb: Decimal
    confidence: str
    note: LocalText | None


# For packs (and stored instruments) that say nothing about the portal: the evidence linter's
# own cautious limit, marked unverified.
DEFAULT_PORTAL = PortalInfo(None, Decimal(100), "❓", None)


class Indicator(NamedTuple):
    number: int
    id: str
    aspect_id: str
    name: LocalText
    short_name: LocalText
    aliases: tuple[str, ...]
    weight: Decimal
    scale_id: str
    criteria: Mapping[int, LocalText]
    evidence: tuple[LocalText, ...]
    items: Mapping[int, tuple[PackItem, ...]]
    confidence: str
    note: LocalText | None
    slot: Mapping[str, LocalText] | None
    external: ExternalIndex | None


class Aspect(NamedTuple):
    id: str
    domain_id: str | None
    name: LocalText
    weight: Decimal


class Domain(NamedTuple):
    id: str
    name: LocalText
    weight: Decimal


class Predicate(NamedTuple):
    min: Decimal
    name: str
    label: LocalText


class Instrument(NamedTuple):
    id: str
    title: LocalText
    index_name: LocalText
    legal_basis: Mapping[str, str]
    first_period: int
    last_period: int
    level_min: int
    level_max: int
    notes: tuple[Mapping[str, str], ...]
    scales: Mapping[str, Scale]
    domains: tuple[Domain, ...]
    aspects: tuple[Aspect, ...]
    indicators: tuple[Indicator, ...]
    weights_total: Decimal
    decimals: int
    predicates: tuple[Predicate, ...]
    portal: PortalInfo
    sha256: str
    data: Mapping

    @classmethod
    def from_data(cls, data: Mapping, sha256: str) -> Instrument:
        """Build the model from validated pack data (as produced by `pack_schema`)."""
        scales = {
            s["id"]: Scale(
                id=s["id"],
                name=s["name"],
                levels=tuple(
                    LevelName(
                        level=lv["level"],
                        name=lv["name"],
                        aliases=tuple(lv.get("aliases") or ()),
                        meaning=lv.get("meaning") or {},
                    )
                    for lv in s["levels"]
                ),
            )
            for s in data["scales"]
        }
        return cls(
            id=data["id"],
            title=data["title"],
            index_name=data["index_name"],
            legal_basis=data["legal_basis"],
            first_period=data["periods"]["first"],
            last_period=data["periods"]["last"],
            level_min=data["levels"]["min"],
            level_max=data["levels"]["max"],
            notes=tuple(data.get("notes") or ()),
            scales=scales,
            domains=tuple(
                Domain(id=d["id"], name=d["name"], weight=Decimal(d["weight"]))
                for d in data["domains"]
            ),
            aspects=tuple(
                Aspect(
                    id=a["id"],
                    domain_id=a.get("domain"),
                    name=a["name"],
                    weight=Decimal(a["weight"]),
                )
                for a in data["aspects"]
            ),
            indicators=tuple(
                _indicator(i, item_levels(data["levels"]["min"], data["levels"]["max"]))
                for i in data["indicators"]
            ),
            weights_total=Decimal(data["formula"]["weights_total"]),
            decimals=data["rounding"]["decimals"],
            predicates=tuple(
                Predicate(min=Decimal(p["min"]), name=p["name"], label=p.get("label") or {})
                for p in data["predicates"]
            ),
            portal=_portal(data.get("portal")),
            sha256=sha256,
            data=data,
        )

    # Lookups ---------------------------------------------------------------------------------

    def indicator(self, ref: str | int) -> Indicator:
        """An indicator by its number (7, "7") or its id ("I07", case-insensitive)."""
        key = str(ref).strip()
        for ind in self.indicators:
            if key.isdigit() and ind.number == int(key):
                return ind
            if ind.id.lower() == key.lower():
                return ind
        raise InputError(
            f"Indikator '{key}' tidak ada di instrumen {self.id} (nomor 1–{len(self.indicators)}).",
            f"Indicator '{key}' does not exist in instrument {self.id} "
            f"(numbers 1–{len(self.indicators)}).",
            code="UNKNOWN_INDICATOR",
        )

    def aspect(self, aspect_id: str) -> Aspect:
        return next(a for a in self.aspects if a.id == aspect_id)

    def indicators_of_aspect(self, aspect_id: str) -> list[Indicator]:
        return [i for i in self.indicators if i.aspect_id == aspect_id]

    def aspects_of_domain(self, domain_id: str) -> list[Aspect]:
        return [a for a in self.aspects if a.domain_id == domain_id]

    @property
    def item_levels(self) -> range:
        """The levels that have evidence items (not level 0, which means "nothing yet")."""
        return item_levels(self.level_min, self.level_max)

    def scale_of(self, indicator: Indicator) -> Scale:
        return self.scales[indicator.scale_id]

    def check_level(self, level: int) -> int:
        if not self.level_min <= level <= self.level_max:
            raise InputError(
                f"Level {level} tidak sah: pilih {self.level_min} sampai {self.level_max}.",
                f"Level {level} is not valid: choose {self.level_min} to {self.level_max}.",
                code="LEVEL_OUT_OF_RANGE",
            )
        return level

    def predicate_for(self, shown_index: Decimal) -> Predicate:
        """The band of an index as shown (already rounded), highest band first."""
        for band in self.predicates:
            if shown_index >= band.min:
                return band
        return self.predicates[-1]

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _indicator(i: Mapping, levels: range) -> Indicator:
    ext = i.get("external")
    listed = {int(k): v for k, v in (i.get("items") or {}).items()}
    return Indicator(
        number=i["number"],
        id=i["id"],
        aspect_id=i["aspect"],
        name=i["name"],
        short_name=i.get("short_name") or i["name"],
        aliases=tuple(i.get("aliases") or ()),
        weight=Decimal(i["weight"]),
        scale_id=i["scale"],
        criteria={int(k): v for k, v in i["criteria"].items()},
        evidence=tuple(i.get("evidence") or ()),
        items={
            level: tuple(
                PackItem(it["text"], it.get("code"), it.get("max_age_months"))
                for it in listed[level]
            )
            if listed.get(level)
            else (generic_item(level),)
            for level in levels
        },
        confidence=i.get("confidence") or "",
        note=i.get("note"),
        slot=i.get("slot"),
        external=None
        if not ext
        else ExternalIndex(
            source=ext["source"],
            agency=ext.get("agency") or "",
            score_min=Decimal(ext["score_min"]),
            score_max=Decimal(ext["score_max"]),
            interpolation=ext["interpolation"],
            missing_value=Decimal(ext["missing_value"]),
            bands=tuple(
                Band(
                    low=Decimal(b["from"]),
                    high=Decimal(b["to"]),
                    value_from=Decimal(b["value_from"]),
                    value_to=Decimal(b["value_to"]),
                )
                for b in ext["bands"]
            ),
            note=ext.get("note"),
            confidence=ext.get("confidence") or "",
        ),
    )


def _portal(data: Mapping | None) -> PortalInfo:
    if not data:
        return DEFAULT_PORTAL
    return PortalInfo(
        url=data.get("url"),
        max_file_mb=Decimal(data["max_file_mb"]),
        confidence=data.get("confidence") or "❓",
        note=data.get("note"),
    )


# Packs on disk ------------------------------------------------------------------------------


def packs_dir() -> Path:
    return resource_dir() / "instruments"


def load_pack_file(path: str | Path) -> Instrument:
    """Read and validate one pack file; raises InstrumentError naming the offending field."""
    import hashlib

    from .pack_cache import validated_pack

    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    return Instrument.from_data(validated_pack(raw, digest, str(path)), digest)


def available_packs() -> list[Instrument]:
    """Every pack shipped with the app, the newest instrument first."""
    packs = [load_pack_file(p) for p in sorted(packs_dir().glob("*.yaml"))]
    return sorted(packs, key=lambda p: p.first_period, reverse=True)


def pack_by_id(pack_id: str) -> Instrument:
    path = packs_dir() / f"{pack_id}.yaml"
    if not path.is_file():
        known = ", ".join(p.stem for p in sorted(packs_dir().glob("*.yaml")))
        raise InputError(
            f"Instrumen '{pack_id}' tidak dikenal. Yang tersedia: {known}.",
            f"Unknown instrument '{pack_id}'. Available: {known}.",
            code="UNKNOWN_INSTRUMENT",
        )
    return load_pack_file(path)


def default_pack_id(period: int) -> str:
    """The instrument that governs an evaluation year: the newest whose first period is not later."""
    candidates = [p for p in available_packs() if p.first_period <= period]
    if not candidates:
        return available_packs()[-1].id
    return max(candidates, key=lambda p: p.first_period).id
