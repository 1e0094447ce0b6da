"""The interview pack (`spbe coord interview`): what a Diskominfo brings to the interview with the
assessors. Per indicator, in portal order: the claimed, supported and assessed level, the
assessors' value and notes, each item's evidence with page references and notes beside its latest
verdict, and what changed since that verdict (submissions received after it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe_desktop.core.figures import figure
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.report.canvas import build_numbered_a4
from spbe_desktop.core.report.tables import colour, grid_table, styles
from spbe_desktop.core.report.texts import escape, in_language
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .assessed import Assessment, IndicatorAssessment, assess, supported_level
from .catalogue import IndicatorItems, workspace_items
from .rule import ESTIMATE, NOT_ASSESSED
from .statuses import ACCEPTED, round_name, status_label
from .store import rounds

WORDS: dict[str, tuple[Any, Any]] = {
    "title": ("Bahan Interviu Evaluasi", "Evaluation interview pack"),
    "period": ("Periode", "Period"),
    "claimed": ("Klaim", "Claimed"),
    "supported": ("Didukung bukti", "Supported"),
    "assessed": ("Hasil asesor", "Assessed"),
    "index": ("Indeks", "Index"),
    "estimate": ("perkiraan dari butir diterima", "estimate from accepted items"),
    "not_assessed": ("belum dinilai", "not assessed yet"),
    "nilai": ("nilai asesor", "the assessors' value"),
    "rounds": ("Putaran penilaian", "Assessment rounds"),
    "no_rounds": ("Belum ada putusan asesor yang dicatat.", "No assessors' verdict recorded yet."),
    "opd": ("OPD", "OPD"),
    "value_note": ("Catatan asesor untuk indikator", "Assessors' note on the indicator"),
    "cols": (
        ["Lv", "Butir", "Bukti dukung (hal.)", "Catatan OPD", "Putusan", "Catatan asesor"],
        ["Lv", "Item", "Evidence (pages)", "OPD's note", "Verdict", "Assessors' note"],
    ),
    "none_file": ("belum ada berkas", "no file yet"),
    "loose": ("Berkas tanpa level", "Files on no level"),
    "changed": ("Sejak putusan", "Since the verdict"),
    "sent": (
        "kiriman revisi {rev} dari {opd} diterima {day}",
        "revision {rev} from {opd} received {day}",
    ),
    "unchanged": ("belum ada kiriman baru", "no new submission"),
    "decision.recorded": ("keputusan koordinator dicatat {day}", "coordinator's decision {day}"),
    "decision.cleared": ("keputusan koordinator dicabut {day}", "decision withdrawn {day}"),
    "owner.set": ("OPD pemilik diubah {day}", "owner OPD changed {day}"),
    "review.set": ("catatan reviu koordinator {day}", "coordinator's review note {day}"),
    "fix_first": ("perbaiki dulu level {n}", "fix level {n} first"),
    "made": ("Dibuat", "Made"),
    "page": ("Halaman {n} dari {total}", "Page {n} of {total}"),
    "external": ("dinilai dari indeks instansi lain", "valued from another agency's index"),
}


def write_interview_pdf(ws: Workspace, out: str | Path, lang: str = "id") -> Path:
    from spbe_desktop import APP_NAME, __version__

    words = in_language(WORDS, lang)
    items = workspace_items(ws, lang)
    result = assess(ws, items)
    story = _heading(ws, result, words, lang)
    arrivals = _arrivals(ws)
    events = _events(ws)
    for ind in ws.instrument.indicators:
        later = events.get(ind.id, [])
        found = result.indicators[ind.id]
        story += _indicator(ws, ind, items[ind.id], found, (arrivals, later), words, lang)
    footer = f"{APP_NAME} {__version__} · {words['made']} {now_utc()[:10]}"
    with written_in_place(out) as partial:
        build_numbered_a4(
            str(partial),
            story,
            title=words["title"],
            footer_left=footer,
            page_text=words["page"],
            margins_mm=(15, 15, 15, 18),
        )
    return Path(out)


def _heading(ws: Workspace, result: Assessment, words: dict, lang: str) -> list:
    from reportlab.platypus import Paragraph

    s = styles()
    inst = ws.instrument
    shown = figure(result.score.shown_index, lang) or "-"
    story = [
        Paragraph(words["title"], s.title),
        Paragraph(f"<b>{escape(ws.info.opd_name)}</b>", s.h1),
        Paragraph(
            f"{words['period']}: {escape(ws.info.period)} · {escape(text(inst.title, lang))} · "
            f"{words['index']} {words['assessed'].lower()}: <b>{shown}</b> "
            f"({result.assessed_count}/{len(result.indicators)})",
            s.base,
        ),
        Paragraph(words["rounds"], s.h2),
    ]
    listed = rounds(ws)
    lines = [
        f"{r.date} · {round_name(r.kind, lang)} · {escape(r.source)} ({r.items}/{r.values})"
        for r in listed
    ]
    story.append(Paragraph("<br/>".join(lines) if lines else words["no_rounds"], s.small))
    return story


def _indicator(
    ws: Workspace,
    ind,
    entry: IndicatorItems,
    found: IndicatorAssessment,
    changes: tuple[dict[str, list[tuple[int, str]]], list[tuple[str, str]]],
    words: dict,
    lang: str,
) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph

    s = styles()
    claimed = figure(entry.claimed, lang) or "-"
    if ind.external is not None:
        supported = f"{claimed} ({words['external']})"
    else:
        supported = str(supported_level(entry))
    assessed = figure(found.assessed.value, lang) or "-"
    basis = {ESTIMATE: words["estimate"], NOT_ASSESSED: words["not_assessed"]}.get(
        found.assessed.basis, words["nilai"]
    )
    head = [
        Paragraph(f"{ind.number}. {escape(text(ind.name, lang))}", s.h2),
        Paragraph(
            f"{words['claimed']}: <b>{claimed}</b> · {words['supported']}: <b>{supported}</b> · "
            f"{words['assessed']}: <b>{assessed}</b> ({basis})"
            + (f" · {words['opd']}: {escape(entry.opd_name)}" if entry.opd_name else ""),
            s.base,
        ),
    ]
    if found.value_note:
        head.append(Paragraph(f"{words['value_note']}: {escape(found.value_note)}", s.small))
    story: list = []
    # an indicator valued from another agency's index has nothing uploaded, unless assessed
    external = ind.external is not None and not found.outcomes
    rows = [] if external else _item_rows(entry, found, words, lang)
    if rows:
        widths = [w * mm for w in (8, 44, 40, 33, 20, 35)]
        cells = [[Paragraph(h, s.bold) for h in words["cols"]], *rows]
        table = grid_table(cells, widths)
        for i, row_status in enumerate(_statuses(entry, found), start=1):
            if row_status and row_status != ACCEPTED:
                table.setStyle([("BACKGROUND", (4, i), (5, i), colour("#FDECEA"))])
        story.append(table)
    if entry.unplaced:
        story.append(Paragraph(f"{words['loose']}: {escape('; '.join(entry.unplaced))}", s.small))
    story.append(Paragraph(_changes(found, entry, changes, words), s.small))
    return [KeepTogether(head + story[:1]), *story[1:]]


def _item_rows(entry: IndicatorItems, found: IndicatorAssessment, words: dict, lang: str):
    from reportlab.platypus import Paragraph

    s = styles()
    latest = {(o.level, o.number): o for o in found.outcomes}
    top = _top_level(entry, found)
    rows = []
    for level in sorted(entry.levels):
        if level > top:
            break
        for it in entry.levels[level]:
            if it.retired:
                continue
            files = "; ".join(it.files) or words["none_file"]
            if it.pages:
                files += f" (hal. {it.pages})" if lang != "en" else f" (p. {it.pages})"
            outcome = latest.get((level, it.number))
            verdict = "" if outcome is None else status_label(outcome.status, lang)
            if outcome is not None and outcome.blocked_by:
                verdict += " — " + words["fix_first"].format(n=outcome.blocked_by)
            rows.append(
                [
                    Paragraph(str(level), s.small),
                    Paragraph(f"{it.number}. {escape(it.text)}", s.small),
                    Paragraph(escape(files), s.small),
                    Paragraph(escape(it.note), s.small),
                    Paragraph(escape(verdict), s.small),
                    Paragraph(escape("" if outcome is None else outcome.note), s.small),
                ]
            )
    return rows


def _statuses(entry: IndicatorItems, found: IndicatorAssessment) -> list[str | None]:
    latest = {(o.level, o.number): o.status for o in found.outcomes}
    top = _top_level(entry, found)
    return [
        latest.get((level, it.number))
        for level in sorted(entry.levels)
        if level <= top
        for it in entry.levels[level]
        if not it.retired
    ]


def _top_level(entry: IndicatorItems, found: IndicatorAssessment) -> int:
    """Levels shown: up to the claim, and up to any level the assessors gave a verdict on."""
    import math

    claimed = 0 if entry.claimed is None else math.ceil(entry.claimed)
    return max([claimed, *(o.level for o in found.outcomes)])


def _arrivals(ws: Workspace) -> dict[str, list[tuple[int, str]]]:
    """Per OPD, its submissions received: (revision, day)."""
    result: dict[str, list[tuple[int, str]]] = {}
    for opd_id, revision, at in ws.conn.execute(
        "SELECT opd_id, revision, at FROM packages WHERE kind = 'submission' AND direction = 'in' "
        "ORDER BY at"
    ):
        result.setdefault(opd_id, []).append((revision, (at or "")[:10]))
    return result


def _events(ws: Workspace) -> dict[str, list[tuple[str, str]]]:
    """Per indicator, the coordinator's own changes on record: (day, action)."""
    result: dict[str, list[tuple[str, str]]] = {}
    for ind_id, at, action in ws.conn.execute(
        "SELECT indicator_id, at, action FROM audit_log WHERE indicator_id IS NOT NULL "
        "AND action IN ('decision.recorded', 'decision.cleared', 'owner.set', 'review.set') "
        "ORDER BY seq"
    ):
        result.setdefault(ind_id, []).append(((at or "")[:10], action))
    return result


def _changes(
    found: IndicatorAssessment,
    entry: IndicatorItems,
    changes: tuple[dict[str, list[tuple[int, str]]], list[tuple[str, str]]],
    words: dict,
) -> str:
    if not found.outcomes:
        return ""
    arrivals, events = changes
    since = max(o.date for o in found.outcomes)
    later = [
        words["sent"].format(rev=rev, opd=escape(entry.opd_name), day=day)
        for rev, day in arrivals.get(entry.opd_id or "", [])
        if day > since
    ]
    later += [words[action].format(day=day) for day, action in dict.fromkeys(events) if day > since]
    return f"<i>{words['changed']} {since}: {'; '.join(later) or words['unchanged']}.</i>"
