"""Validation of the guidance blocks of an instrument pack (docs/instrument-packs.md, "Guidance").

Guidance is advice, not scoring: what an indicator is about, and what assessors commonly reject,
each rejection with its source and confidence and, where a file can show it, a check the evidence
linter runs (a pattern in the file name or the PDF text, a required document, a stale year).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GuidanceText(_Strict):
    id: str = Field(min_length=1)
    en: str | None = None


def _regex(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"is not a valid regular expression: {exc}") from exc
    return value


class GuidanceCheckModel(_Strict):
    """file: an evidence file whose name (or PDF text) matches `match` and not `unless`;
    missing: no evidence file of the indicator matches `match`;
    stale: the newest year a file names is more than `years` before the period."""

    kind: Literal["file", "missing", "stale"]
    match: str | None = None
    unless: str | None = None
    where: Literal["name", "any"] = "any"
    from_level: int | None = Field(default=None, ge=0, le=10)
    years: int | None = Field(default=None, ge=0, le=20)

    _re = field_validator("match", "unless")(_regex)

    @model_validator(mode="after")
    def _complete(self) -> GuidanceCheckModel:
        if self.kind in ("file", "missing") and not self.match:
            raise ValueError(f"a {self.kind} check needs a match pattern")
        if self.kind == "stale" and self.years is None:
            raise ValueError("a stale check needs years")
        return self


class RejectionModel(_Strict):
    text: GuidanceText
    source: GuidanceText
    confidence: Literal["✅", "◐", "❓"]
    check: GuidanceCheckModel | None = None


class GuidanceModel(_Strict):
    """Per indicator: what it is about, and what assessors commonly reject."""

    about: GuidanceText
    rejections: list[RejectionModel] = Field(min_length=1)


class CommonGuidanceModel(_Strict):
    """Per pack: rejections that apply to every indicator."""

    rejections: list[RejectionModel] = Field(min_length=1)


def guidance_problems(
    indicators: list, common: CommonGuidanceModel | None, levels: set[int]
) -> list[str]:
    """Whole-pack rules: a check's from_level must be one of the pack's levels."""
    problems = []
    blocks = [("pack", common)] + [(i.id, i.guidance) for i in indicators]
    for where, block in blocks:
        for rejection in block.rejections if block else ():
            check = rejection.check
            if (
                check is not None
                and check.from_level is not None
                and check.from_level not in levels
            ):
                problems.append(
                    f"guidance of {where}: from_level {check.from_level} is not a level"
                )
    return problems
