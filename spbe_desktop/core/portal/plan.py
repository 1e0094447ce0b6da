"""What a portal folder will hold, decided before a byte is written.

One file per item that has evidence, for levels 1 up to the claimed (or consolidated) level, in
portal order. Several PDFs and images on one item become one PDF in the order attached; a single
PDF or image is copied as it is; other types stay separate (with a letter when the item has more
than one file) and are listed as needing conversion.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from .naming import extension, letter, portal_name

COMBINABLE = {"pdf": "pdf", "jpg": "image", "jpeg": "image", "png": "image"}


class Source(NamedTuple):
    """One evidence file as stored (read back by its SHA-256)."""

    name: str
    sha256: str
    size: int

    @property
    def kind(self) -> str:
        return COMBINABLE.get(extension(self.name), "other")


class PortalItem(NamedTuple):
    """An item of a level with the evidence placed on it, in the order attached."""

    indicator: int
    indicator_id: str
    level: int
    number: int
    text: str
    code: str | None
    note: str
    pages: str
    opd: str
    sources: tuple[Source, ...]


class OutFile(NamedTuple):
    item: PortalItem
    name: str
    combine: bool  # several PDFs/images become one PDF; otherwise the one source is copied
    sources: tuple[Source, ...]
    needs_conversion: bool  # not a PDF or an image: the portal wants it converted


class Missing(NamedTuple):
    """An item in use of a level up to the claim that has no evidence."""

    indicator: int
    level: int
    number: int | None  # None: the level has no item in use at all
    text: str
    opd: str


class PortalPlan(NamedTuple):
    files: tuple[OutFile, ...]
    missing: tuple[Missing, ...]
    unresolved: tuple[tuple[int, str], ...]  # (indicator, why) a coordinator could not choose
    unplaced: tuple[tuple[int, str], ...]  # (indicator, file name) evidence on no item
    coordinator: bool
    heading: dict[str, str]  # opd/pemda, period, instrument: for catatan.xlsx and .html

    @property
    def source_bytes(self) -> int:
        return sum(s.size for f in self.files for s in f.sources)


def files_of(item: PortalItem) -> list[OutFile]:
    combinable = [s for s in item.sources if s.kind != "other"]
    others = [s for s in item.sources if s.kind == "other"]
    files: list[OutFile] = []
    if len(combinable) == 1:
        only = combinable[0]
        name = portal_name(
            item.indicator, item.level, item.number, extension(only.name), _stem(only.name)
        )
        files.append(OutFile(item, name, False, (only,), False))
    elif combinable:
        name = portal_name(item.indicator, item.level, item.number, "pdf", item.text)
        files.append(OutFile(item, name, True, tuple(combinable), False))
    lettered = len(files) + len(others) > 1
    for position, source in enumerate(others):
        name = portal_name(
            item.indicator,
            item.level,
            item.number,
            extension(source.name),
            _stem(source.name),
            letter(position) if lettered else "",
        )
        files.append(OutFile(item, name, False, (source,), True))
    return files


def build_plan(
    items: Iterable[PortalItem],
    missing: Iterable[Missing],
    *,
    unresolved: Iterable[tuple[int, str]] = (),
    unplaced: Iterable[tuple[int, str]] = (),
    coordinator: bool = False,
    heading: dict[str, str] | None = None,
) -> PortalPlan:
    ordered = sorted(items, key=lambda it: (it.indicator, it.level, it.number))
    return PortalPlan(
        files=tuple(f for it in ordered if it.sources for f in files_of(it)),
        missing=tuple(sorted(missing, key=lambda m: (m.indicator, m.level, m.number or 0))),
        unresolved=tuple(sorted(unresolved)),
        unplaced=tuple(sorted(unplaced)),
        coordinator=coordinator,
        heading=dict(heading or {}),
    )


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name
