"""What writing a portal folder produced: each file with its size, and the plan it followed."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from .plan import OutFile, PortalPlan


class WrittenFile(NamedTuple):
    name: str
    size: int
    out: OutFile
    pages: int | None  # combined PDFs: their page count
    over_limit: bool
    downscaled: bool


class PortalResult(NamedTuple):
    folder: Path
    files: tuple[WrittenFile, ...]
    plan: PortalPlan
    max_bytes: int

    @property
    def over_limit(self) -> list[WrittenFile]:
        return [f for f in self.files if f.over_limit]

    @property
    def needs_conversion(self) -> list[WrittenFile]:
        return [f for f in self.files if f.out.needs_conversion]
