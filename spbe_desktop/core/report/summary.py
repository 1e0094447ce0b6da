"""The PDF summary: what the Kepala OPD reads, checks and signs.

A4, Indonesian by default (English with lang="en"), DejaVu Sans embedded (full Indonesian text).
When written during an export the PDF carries that package's id, its payload digest and the key
fingerprint, as text and QR code, so the signed paper vouches for the exact package and key.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from spbe_desktop.core.evidence.support import counts_of, support_of
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.marks import MARK, assumed_note, external_note
from spbe_desktop.core.instrument.pack import Indicator, text
from spbe_desktop.core.snapshot import Snapshot, read_snapshot
from spbe_desktop.core.workspace.workspace import Workspace

from .canvas import numbered_canvas
from .fonts import REGULAR as FONT
from .footnotes import Footnotes
from .page import Page
from .qr import qr_flowable
from .signatory import set_signatory, set_signing_date, signatory, signing_date
from .tables import GRID, HEADER, NAVY, colour, grid_table, style_table, styles
from .texts import escape, format_date, human_size, shorten, texts

if TYPE_CHECKING:
    from spbe_desktop.core.evidence.check import EvidenceCheck, Finding

__all__ = [  # the signature block's data lives in .signatory; callers may import it from here
    "PackageStamp",
    "build_summary",
    "set_signatory",
    "set_signing_date",
    "signatory",
    "signing_date",
    "write_summary",
]


class PackageStamp(NamedTuple):
    package_id: str
    revision: int
    payload_digest: str
    fingerprint: str
    created_at: str


def write_summary(
    ws: Workspace, out: str | Path, *, lang: str = "id", check: EvidenceCheck | None = None
) -> Path:
    """A standalone summary (not from an export): to print and check before sending. The
    evidence check runs here unless `check` still holds for the workspace as it is read."""
    from spbe_desktop.core.evidence.check import check_snapshot

    out = Path(out)
    snapshot = read_snapshot(ws)
    if check is None or not check.holds_for(snapshot):
        check = check_snapshot(ws, snapshot)
    data = build_summary(snapshot, lang=lang, stamp=None, findings=list(check.findings))
    with written_in_place(out) as partial:
        partial.write_bytes(data)
    return out


def build_summary(
    snapshot: Snapshot,
    *,
    lang: str = "id",
    stamp: PackageStamp | None = None,
    findings: Sequence[Finding] = (),
) -> bytes:
    """The summary PDF as bytes (small: a few hundred KB even with hundreds of evidence files)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    t = texts(lang)
    info = snapshot.info
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{t['title']} — {info.opd_name}",
        author=info.opd_name,
        subject=f"{info.instrument_id} {info.period}",
        creator="SPBE Desktop",
        initialFontName=FONT,
    )
    # The frame pads 6 pt on each side: tables as wide as doc.width would stick out.
    page = Page(snapshot, lang, t, styles(), doc.width - 12, Footnotes(lang))
    story = [
        *_heading(page, stamp),
        *_score(page),
        *_domains(page),
        *_aspects(page),
        *page.notes.flowables(page.s.small, page.s.h2),
        *_findings(page, findings),
        *_evidence_list(page),
        _identity_and_signature(page, stamp),
    ]
    from spbe_desktop import APP_NAME, __version__

    footer = f"{APP_NAME} {__version__} · {info.opd_name} · {t['period']} {info.period}"
    doc.build(story, canvasmaker=numbered_canvas(footer, t["page"]))
    return buffer.getvalue()


def _heading(page: Page, stamp: PackageStamp | None) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    t, s, snap, inst = page.t, page.s, page.snap, page.snap.instrument
    package = f"{stamp.package_id} · {t['revision']} {stamp.revision}" if stamp else t["draft"]
    rows = [
        (t["opd"], f"<b>{escape(snap.info.opd_name)}</b>"),
        (t["period"], escape(snap.info.period)),
        (
            t["instrument"],
            f"{escape(inst.id)} — {escape(inst.legal_basis.get('citation', ''))}"
            + page.about("legal_basis"),
        ),
        (t["answered"], f"{snap.score.answered} {t['of']} {snap.score.total}"),
        (t["printed"], format_date(date.today(), page.lang)),
        (t["package"], escape(package)),
    ]
    info = grid_table(
        [[page.p(k, s.small), page.p(v)] for k, v in rows],
        [38 * mm, page.width - 38 * mm],
        header=False,
    )
    style_table(info, [("BACKGROUND", (0, 0), (0, -1), colour(HEADER))])
    return [
        page.p(escape(text(inst.index_name, page.lang)).upper(), s.small),
        page.p(t["title"], s.title),
        page.p(escape(text(inst.title, page.lang)), s.small),
        Spacer(1, 4 * mm),
        info,
        Spacer(1, 4 * mm),
    ]


def _score(page: Page) -> list:
    """The index and its predicate in a box; provisional while indicators are unanswered."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table

    t, s, result = page.t, page.s, page.snap.score
    name = None if result.predicate is None else result.predicate.name
    if result.complete:
        shown, predicate, note = page.shown(result.index), escape(name or ""), ""
    else:
        shown = page.shown(result.provisional_index)
        predicate = escape(f"{name} ({t['provisional']})" if name else "–")
        note = t["provisional_note"]
    counted = ""
    if name:
        shown, predicate = (
            shown + page.assumed(result.assumed),
            predicate + page.about("predicates"),
        )
        counted = page.assumed_note() if result.assumed else ""
    label = text(page.snap.instrument.index_name, page.lang) + (
        f" ({t['provisional']})" if note else ""
    )
    big = ParagraphStyle("big", parent=s.bold, fontSize=20, leading=24, alignment=TA_CENTER)
    box = Table(
        [
            [page.p(escape(label), s.center), page.p(t["predicate"], s.center)],
            [
                page.p(shown, big),
                page.p(predicate, ParagraphStyle("pr", parent=big, fontSize=14)),
            ],
        ],
        colWidths=[page.width / 2, page.width / 2],
    )
    style_table(
        box,
        [
            ("BOX", (0, 0), (-1, -1), 1, colour(NAVY)),
            ("LINEAFTER", (0, 0), (0, -1), 0.5, colour(GRID)),
            ("BACKGROUND", (0, 0), (-1, 0), colour(HEADER)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
        ],
    )
    snap = page.snap
    backed = support_of(snap.instrument, snap.items, counts_of(snap.evidence), snap.values).score
    lines = [f"<i>{note}</i>"] if note else []
    lines += [f"<i>{MARK} {escape(counted)}</i>"] if counted else []
    lines += [t["supported_line"].format(page.shown(backed.shown_index))]
    return [box, *(page.p(line, s.small) for line in lines)]


def _domains(page: Page) -> list:
    """One row per domain (instruments without domains have none)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    t, s, snap = page.t, page.s, page.snap
    rows = [[page.p(h, s.bold) for h in (t["domain"], t["weight"], t["index"], "n")]]
    for g, domain in zip(snap.score.domains, snap.instrument.domains, strict=True):
        rows.append(
            [
                page.p(f"{escape(g.id)} — {escape(text(domain.name, page.lang))}"),
                page.p(page.num(g.weight), s.right),
                page.p(page.shown(g.index) + page.assumed(g.assumed if g.index else ()), s.right),
                page.p(f"{g.answered}/{g.total}", s.right),
            ]
        )
    if len(rows) == 1:
        return []
    widths = [page.width - 60 * mm, 20 * mm, 20 * mm, 20 * mm]
    return [Spacer(1, 3 * mm), grid_table(rows, widths)]


def _aspects(page: Page) -> list:
    """Each domain's heading, then per aspect a table of its indicators."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    t, s, inst, result = page.t, page.s, page.snap.instrument, page.snap.score
    domains = {g.id: (g, d) for g, d in zip(result.domains, inst.domains, strict=True)}
    aspects = {g.id: g for g in result.aspects}
    by_domain: dict[str | None, list] = {}
    for aspect in inst.aspects:
        by_domain.setdefault(aspect.domain_id, []).append(aspect)
    story: list = []
    for domain_id, domain_aspects in by_domain.items():
        if domain_id in domains:
            g, domain = domains[domain_id]
            title = f"{t['domain']} {escape(g.id)}: {escape(text(domain.name, page.lang))}"
            index = page.shown(g.index) + page.assumed(g.assumed if g.index else ())
            story += [CondPageBreak(45 * mm), page.p(f"{title} — {index}", s.h1)]
        for aspect in domain_aspects:
            title = f"{t['aspect']} {escape(aspect.id)}: {escape(text(aspect.name, page.lang))}"
            g = aspects[aspect.id]
            index = page.shown(g.index) + page.assumed(g.assumed if g.index else ())
            story += [
                CondPageBreak(35 * mm),
                page.p(f"{title} — {t['index']} {index}", s.h2),
                _indicator_table(page, aspect.id),
            ]
    return story


def _indicator_table(page: Page, aspect_id: str) -> Any:
    from reportlab.lib.units import mm

    t, s, snap, inst = page.t, page.s, page.snap, page.snap.instrument
    level_head = t["level"] + page.about("level_names")
    head = [t["no"], t["indicator"], level_head, t["justification"], t["evidence"]]
    rows = [[page.p(h, s.bold) for h in head]]
    for ind in inst.indicators_of_aspect(aspect_id):
        answer = snap.answers.get(ind.id)
        level = None if answer is None else answer.level
        if answer is not None and answer.external_score is not None:
            value = snap.values.get(ind.id)
            shown = f"{page.num(answer.external_score)} → {page.shown(value)}"
            shown += page.notes.mark(external_note(ind, page.lang))
        elif ind.id in snap.score.assumed:
            shown = page.shown(ind.external.missing_value) + page.assumed((ind.id,))
        elif level is None:
            shown = f"<i>{t['not_answered']}</i>"
        else:
            shown = f"<b>{level}</b> {escape(inst.scale_of(ind).level_name(level, page.lang))}"
        rows.append(
            [
                page.p(str(ind.number), s.center),
                page.p(
                    escape(text(ind.name, page.lang)) + _service(ind, answer, page.lang), s.small
                ),
                page.p(shown, s.small),
                page.p(_justification(page, ind, answer), s.small),
                page.p(str(snap.evidence_counts.get(ind.id, 0)), s.center),
            ]
        )
    return grid_table(rows, [9 * mm, 50 * mm, 25 * mm, page.width - 95 * mm, 11 * mm])


def _justification(page: Page, ind: Indicator, answer: Any) -> str:
    """What the OPD wrote; for a value counted at 1, the sentence saying until when."""
    written = escape(shorten(answer.justification if answer else ""))
    if ind.id not in page.snap.score.assumed:
        return written
    why = f"<i>{MARK} {escape(assumed_note(ind, page.lang))}</i>"
    return f"{written}<br/>{why}" if written else why


def _service(ind: Indicator, answer: Any, lang: str) -> str:
    """The service an OPD named for an indicator that asks for one (SPBE-2020 45–47)."""
    if ind.slot is None or answer is None or not answer.service_name:
        return ""
    return f"<br/>{escape(text(ind.slot.get('label'), lang))}: <b>{escape(answer.service_name)}</b>"


def _findings(page: Page, findings: Sequence[Finding]) -> list:
    """What the evidence check found, as recorded in the package."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    t, s = page.t, page.s
    story: list = [CondPageBreak(30 * mm), page.p(t["findings"], s.h1)]
    if not findings:
        return [*story, page.p(t["no_findings"])]
    rows = [[page.p(h, s.bold) for h in (t["indicator"], t["sev_head"], t["finding"])]]
    for f in findings:
        rows.append(
            [
                page.p("–" if f.indicator is None else str(f.indicator), s.center),
                page.p(t[f"severity_{f.severity}"], s.small),
                page.p(escape(f.message(page.lang)), s.small),
            ]
        )
    return [*story, grid_table(rows, [18 * mm, 22 * mm, page.width - 40 * mm])]


def _evidence_list(page: Page) -> list:
    """Every evidence file with its indicator, size and the start of its SHA-256."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    t, s = page.t, page.s
    story: list = [CondPageBreak(30 * mm), page.p(t["evidence_list"], s.h1)]
    items = page.snap.evidence
    if not items:
        return [*story, page.p(t["no_evidence"])]
    number = {ind.id: ind.number for ind in page.snap.instrument.indicators}
    rows = [[page.p(h, s.bold) for h in (t["no"], t["ind"], t["file"], t["size"], "SHA-256")]]
    for position, item in enumerate(items, start=1):
        rows.append(
            [
                page.p(str(position), s.center),
                page.p(str(number.get(item.indicator_id, "")), s.center),
                page.p(escape(item.original_name), s.small),
                page.p(page.num(human_size(item.size)), s.small_right),
                page.p(item.sha256[:16], s.mono),
            ]
        )
    widths = [10 * mm, 16 * mm, page.width - 82 * mm, 20 * mm, 36 * mm]
    return [*story, grid_table(rows, widths)]


def _identity_and_signature(page: Page, stamp: PackageStamp | None) -> Any:
    """The package identity (text and QR) and the signature block, kept on one page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table

    t, s, snap, width = page.t, page.s, page.snap, page.width
    fp = stamp.fingerprint if stamp else (snap.key.fingerprint if snap.key else t["no_key"])
    ident = [(t["fingerprint"], fp)]
    if stamp:
        digest = " ".join(re.findall(".{1,16}", stamp.payload_digest))
        ident = [
            (t["package_id"], stamp.package_id),
            (t["revision"], str(stamp.revision)),
            (t["digest"], digest),
            *ident,
        ]
        qr_payload = f"SPBE|{stamp.package_id}|{stamp.revision}|{stamp.payload_digest}|{fp}"
    else:
        ident.insert(0, (t["package"], t["draft"]))
        qr_payload = f"SPBE|draft|{fp}"
    lines = [[page.p(k, s.small), page.p(escape(v), s.mono)] for k, v in ident]
    left = Table(lines, colWidths=[44 * mm, width - 44 * mm - 36 * mm])
    style_table(left, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    block = Table([[left, qr_flowable(qr_payload, 32 * mm)]], colWidths=[width - 36 * mm, 36 * mm])
    style_table(
        block, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colour(GRID))]
    )
    name, nip, place = snap.signatory
    sign = [
        page.p(f"{escape(place) or '.' * 24}, {format_date(snap.signing_date, page.lang)}"),
        page.p(f"{t['head']} {escape(snap.info.opd_name)}"),
        Spacer(1, 20 * mm),
        page.p(f"<u><b>{escape(name)}</b></u>" if name else "(" + "." * 48 + ")"),
        page.p(f"NIP. {escape(nip)}" if nip else "NIP. " + "." * 36),
    ]
    signature = style_table(Table([[Spacer(1, 1), sign]], colWidths=[width - 78 * mm, 78 * mm]), [])
    return KeepTogether(
        [
            page.p(t["identity"], s.h1),
            block,
            Spacer(1, 5 * mm),
            page.p(t["statement"], s.small),
            Spacer(1, 4 * mm),
            signature,
        ]
    )
