"""The linter rules that come from the packs' guidance: what assessors commonly reject, where a
file can show it (the rules are data: docs/instrument-packs.md, "Guidance").

- file: an evidence file whose name (or the text of its first PDF pages) matches the pattern and
  not its `unless` pattern, e.g. an "Indeks KAMI" result on the indicator that asks for IKASANDI;
- missing: no evidence file of an answered indicator matches, e.g. no follow-up report;
- stale: the newest year a file names is older than the period allows (audits of the last 2 years).

Every hit is a warning: the patterns point at likely mistakes, the operator decides.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from spbe_desktop.core.instrument.guidance import (
    GuidanceCheck,
    Rejection,
    common_rejections,
    guidance_of,
)
from spbe_desktop.core.instrument.pack import Instrument, text
from spbe_desktop.core.jobs import CancelFlag, check_cancel
from spbe_desktop.core.workspace.workspace import Answer

from .store import EvidenceItem

PDF_TEXT_PAGES = 5  # headings, titles and dates are on the first pages
PDF_TEXT_MAX_BYTES = 30 * 1024 * 1024
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
CODES = {
    "file": "GUIDANCE_WRONG_EVIDENCE",
    "missing": "GUIDANCE_MISSING",
    "stale": "GUIDANCE_STALE",
}

OpenContent = Callable[[EvidenceItem], io.BufferedIOBase]


class GuidanceHit(NamedTuple):
    code: str
    indicator: int
    message_id: str
    message_en: str
    item: EvidenceItem | None


def guidance_hits(
    inst: Instrument,
    period: str,
    answers: Mapping[str, Answer],
    by_indicator: Mapping[str, list[EvidenceItem]],
    open_content: OpenContent,
    cancel: CancelFlag | None = None,
) -> list[GuidanceHit]:
    """Every guidance rule that fires, for indicators that have evidence attached."""
    common = common_rejections(inst)
    texts = _TextCache(open_content)
    hits: list[GuidanceHit] = []
    for ind in inst.indicators:
        items = by_indicator.get(ind.id) or []
        if not items:
            continue
        check_cancel(cancel)
        guidance = guidance_of(inst, ind)
        rules = [*common, *(guidance.rejections if guidance else ())]
        answer = answers.get(ind.id)
        claimed = answer.level if answer is not None else None
        for rule in rules:
            if rule.check is not None:
                hits += _run(rule, rule.check, ind.number, claimed, items, texts, period)
    return hits


def _run(
    rule: Rejection,
    check: GuidanceCheck,
    number: int,
    claimed: int | None,
    items: list[EvidenceItem],
    texts: _TextCache,
    period: str,
) -> list[GuidanceHit]:
    code = CODES[check.kind]
    if check.kind == "missing":
        if not check.applies(claimed):
            return []
        if any(_found(check.match, item, check.where, texts) for item in items):
            return []
        return [_hit(code, number, rule, None, level=claimed)]
    found = []
    for item in items:
        if check.kind == "file":
            if not check.applies(item.level or claimed):
                continue
            if _found(check.match, item, check.where, texts) and not (
                check.unless is not None and _found(check.unless, item, check.where, texts)
            ):
                found.append(_hit(code, number, rule, item))
        elif check.kind == "stale":
            newest = _newest_year(item, texts, period)
            if newest is not None and _too_old(newest, period, check.years or 0):
                found.append(_hit(code, number, rule, item, year=newest))
    return found


def _found(pattern: re.Pattern[str] | None, item: EvidenceItem, where: str, texts) -> bool:
    if pattern is None:
        return False
    if pattern.search(item.original_name):
        return True
    return where == "any" and bool(pattern.search(texts.get(item)))


def _newest_year(item: EvidenceItem, texts: _TextCache, period: str) -> int | None:
    try:
        latest = int(period) + 1  # a later "year" is a number, not a date
    except ValueError:
        return None
    years = [int(y) for y in YEAR.findall(f"{item.original_name}\n{texts.get(item)}")]
    years = [y for y in years if y <= latest]
    return max(years) if years else None


def _too_old(year: int, period: str, allowed: int) -> bool:
    return year < int(period) - allowed


def _hit(
    code: str,
    number: int,
    rule: Rejection,
    item: EvidenceItem | None,
    *,
    level: int | None = None,
    year: int | None = None,
) -> GuidanceHit:
    said_id, said_en = text(rule.text, "id"), text(rule.text, "en")
    if item is not None:
        said_id, said_en = f"{item.original_name}: {said_id}", f"{item.original_name}: {said_en}"
    elif level is not None:
        said_id, said_en = f"Level {level}: {said_id}", f"Level {level}: {said_en}"
    if year is not None:
        said_id += f" (tahun terbaru yang disebut: {year})"
        said_en += f" (newest year named: {year})"
    return GuidanceHit(code, number, said_id, said_en, item)


class _TextCache:
    """The text of each PDF's first pages, read once per content (other files: no text)."""

    def __init__(self, open_content: OpenContent) -> None:
        self._open = open_content
        self._texts: dict[str, str] = {}

    def get(self, item: EvidenceItem) -> str:
        if item.sha256 not in self._texts:
            self._texts[item.sha256] = self._read(item)
        return self._texts[item.sha256]

    def _read(self, item: EvidenceItem) -> str:
        is_pdf = item.original_name.lower().endswith(".pdf") or item.media_type == "application/pdf"
        if not is_pdf or item.size == 0 or item.size > PDF_TEXT_MAX_BYTES:
            return ""
        with self._open(item) as stream:
            return pdf_text(stream)


def pdf_text(stream: io.BufferedIOBase, pages: int = PDF_TEXT_PAGES) -> str:
    """The extracted text of the first `pages` pages; empty for a damaged or locked PDF."""
    from pypdf import PdfReader

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)  # a damaged PDF is the content check's finding, not noise here
    try:
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return ""
        return "\n".join(_page_texts(reader.pages[:pages]))
    except Exception:  # pypdf raises many kinds on damaged input
        return ""
    finally:
        log.setLevel(level)


def _page_texts(pages: Iterable) -> Iterable[str]:
    for page in pages:
        yield page.extract_text() or ""
