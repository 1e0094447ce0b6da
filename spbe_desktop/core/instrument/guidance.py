"""Guidance on an indicator: what it is about and what assessors commonly reject (pack data).

A workspace keeps the pack it was created with; a pack from before guidance existed has none, so
the guidance of the same indicator in the shipped pack of the same id is used instead (guidance
is advice, it never changes a score).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from .pack import Indicator, Instrument, LocalText, pack_by_id


class GuidanceCheck(NamedTuple):
    kind: str  # "file" | "missing" | "stale"
    match: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    where: str  # "name" | "any" (name and PDF text)
    from_level: int | None
    years: int | None

    def applies(self, claimed: int | None) -> bool:
        """Whether the check runs for an indicator answered with `claimed`."""
        if self.from_level is None:
            return True
        return claimed is not None and claimed >= self.from_level


class Rejection(NamedTuple):
    text: LocalText
    source: LocalText
    confidence: str
    check: GuidanceCheck | None


class Guidance(NamedTuple):
    about: LocalText
    rejections: tuple[Rejection, ...]


def _check(data: Mapping | None) -> GuidanceCheck | None:
    if not data:
        return None
    match, unless = data.get("match"), data.get("unless")
    return GuidanceCheck(
        kind=data["kind"],
        match=re.compile(match) if match else None,
        unless=re.compile(unless) if unless else None,
        where=data.get("where") or "any",
        from_level=data.get("from_level"),
        years=data.get("years"),
    )


def rejections_from(items: list[Mapping] | None) -> tuple[Rejection, ...]:
    return tuple(
        Rejection(r["text"], r["source"], r["confidence"], _check(r.get("check")))
        for r in items or ()
    )


def guidance_from(data: Mapping | None) -> Guidance | None:
    if not data:
        return None
    return Guidance(data["about"], rejections_from(data.get("rejections")))


@cache
def _shipped(pack_id: str) -> Instrument | None:
    try:
        return pack_by_id(pack_id)
    except Exception:  # a pack no longer shipped (or a custom one): no fallback
        return None


def _source_data(instrument: Instrument) -> Mapping:
    """The pack data that carries guidance: the instrument's own, else the shipped pack's."""
    if instrument.data.get("guidance") or any(
        i.get("guidance") for i in instrument.data.get("indicators", ())
    ):
        return instrument.data
    shipped = _shipped(instrument.id)
    return shipped.data if shipped is not None else instrument.data


def guidance_of(instrument: Instrument, indicator: Indicator | str) -> Guidance | None:
    """The guidance of one indicator (by model or id), or None where the pack gives none."""
    ind_id = indicator if isinstance(indicator, str) else indicator.id
    for entry in _source_data(instrument).get("indicators", ()):
        if entry.get("id") == ind_id:
            return guidance_from(entry.get("guidance"))
    return None


def common_rejections(instrument: Instrument) -> tuple[Rejection, ...]:
    """Rejections the pack names for every indicator."""
    common = _source_data(instrument).get("guidance") or {}
    return rejections_from(common.get("rejections"))
