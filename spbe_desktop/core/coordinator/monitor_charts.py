"""The monitoring charts, one definition for the PDF and the GUI: each function turns the plain
`Monitoring` data into a reportlab `Drawing`. Black-and-white safe: this period is dark grey,
earlier periods lighter, another instrument or a shortfall hatched, and every state is also a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect

from spbe_desktop.core.figures import figure
from spbe_desktop.core.report.charts import (
    DARK,
    FAINT,
    GRID,
    INK,
    LIGHT,
    MID,
    SMALL,
    WIDTH,
    dashed,
    fit,
    hatched,
    label,
    legend,
    new_drawing,
    solid,
    value_axis,
)
from spbe_desktop.core.report.profile_chart import profile_chart

from .monitoring import Monitoring, PeriodFigure, Readiness

WORDS = {
    "id": {
        "target": "Target {0}",
        "threshold": "Ambang {0}",
        "not_sent": "belum mengirim",
        "late": "terlambat",
        "below": "di bawah ambang",
        "no_answer": "belum ada jawaban",
        "period": "Periode {0}",
        "provisional": "* sementara",
        "other_instrument": "instrumen lain: berdampingan, bukan kenaikan",
        "cols": ["OPD", "Terjawab", "Bukti dukung", "Indeks klaim / dukung", "Paket", "Tenggat"],
        "claimed": "klaim",
        "supported": "didukung bukti",
        "no_supported": "indeks didukung bukti belum tersedia: klaim saja",
    },
    "en": {
        "target": "Target {0}",
        "threshold": "Threshold {0}",
        "not_sent": "nothing sent",
        "late": "late",
        "below": "below threshold",
        "no_answer": "no answer yet",
        "period": "Period {0}",
        "provisional": "* provisional",
        "other_instrument": "other instrument: side by side, not a rise",
        "cols": ["OPD", "Answered", "Evidence", "Index claimed / supported", "Package", "Deadline"],
        "claimed": "claimed",
        "supported": "supported by evidence",
        "no_supported": "index supported by evidence not available yet: claimed only",
    },
}


def words(lang: str) -> dict:
    return WORDS["en" if lang == "en" else "id"]


def _fig(value: Decimal | None, lang: str, signed: bool = False) -> str:
    return figure(value, lang, signed=signed) or "–"


def _flags(row: Readiness, w: dict) -> list[str]:
    flags = []
    if not row.sent:
        flags.append(w["not_sent"])
    if row.late:
        flags.append(w["late"])
    if row.below:
        flags.append(w["below"])
    return flags


def _target_lines(
    drawing: Drawing, m: Monitoring, scale, bottom: float, top: float, lang: str
) -> None:
    """The target (dashed) and, when it differs, the threshold (dotted) across the bars."""
    w = words(lang)
    if m.target is not None:
        x = scale(m.target)
        drawing.add(dashed(x, bottom, x, top))
        drawing.add(label(x, top + 3, w["target"].format(_fig(m.target, lang)), anchor="middle"))
    if m.threshold is not None and m.threshold != m.target:
        x = scale(m.threshold)
        drawing.add(dashed(x, bottom, x, top, (1, 1.5)))
        drawing.add(
            label(x, bottom - 18, w["threshold"].format(_fig(m.threshold, lang)), anchor="middle")
        )


def opd_label(name: str, width: float, size: float = 8) -> str:
    """The OPD's name when it fits, else its acronym ("… (BKPSDM)"), else the name shortened."""
    if fit(name, width, size) == name:
        return name
    if name.endswith(")") and "(" in name:
        acronym = name[name.rindex("(") + 1 : -1].strip()
        if acronym:
            return fit(acronym, width, size)
    return fit(name, width, size)


def ranking_chart(m: Monitoring, lang: str = "id", width: float = WIDTH) -> Drawing:
    """The OPDs in ranking order as horizontal bars, with the target line; OPDs below the
    threshold hatched, those that sent nothing or are late named so."""
    w = words(lang)
    row_h, top_pad, bottom_pad = 13.0, 16.0, 26.0
    rows = m.opds or ()
    height = top_pad + bottom_pad + row_h * max(1, len(rows))
    drawing = new_drawing(width, height)
    x0, x1 = min(230.0, width * 0.3), width - 150.0
    top, bottom = height - top_pad, bottom_pad
    maximum = m.instrument.level_max

    def scale(value: Decimal) -> float:
        return x0 + (x1 - x0) * float(value) / maximum

    drawing.add(value_axis(x0, x1, bottom, top, maximum, str))
    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h + 2
        rank = f"{row.rank}." if row.rank is not None else "–"
        drawing.add(label(0, y + 1.5, f"{rank} {opd_label(row.name, x0 - 22)}"))
        flags = ", ".join(_flags(row, w))
        if row.claimed is None:
            shown = flags or w["no_answer"]
            drawing.add(Rect(x0 + 1, y, x1 - x0 - 2, 9, fillColor=LIGHT, strokeColor=None))
            drawing.add(label(x0 + 4, y + 1.5, shown, size=SMALL, bold=bool(flags)))
            continue
        length = scale(row.claimed) - x0
        drawing.add(hatched(x0, y, length, 9) if row.below else solid(x0, y, length, 9))
        drawing.add(label(x0 + length + 3, y + 1.5, _fig(row.claimed, lang), size=SMALL))
        if flags:
            drawing.add(
                label(
                    x1 + 26,
                    y + 1.5,
                    fit(flags, width - x1 - 26, SMALL, True),
                    size=SMALL,
                    bold=True,
                )
            )
    _target_lines(drawing, m, scale, bottom, top, lang)
    return drawing


def aspect_profile(m: Monitoring, lang: str = "id", width: float = WIDTH) -> Drawing:
    w = words(lang)
    previous = None if m.previous_period is None else w["period"].format(m.previous_period)
    entries = (w["period"].format(m.period), previous)
    return profile_chart(m.aspects, m.instrument.level_max, m.target, entries, lang, width)


def domain_profile(m: Monitoring, lang: str = "id", width: float = WIDTH) -> Drawing | None:
    if not m.domains:
        return None
    w = words(lang)
    previous = None if m.previous_period is None else w["period"].format(m.previous_period)
    entries = (w["period"].format(m.period), previous)
    return profile_chart(m.domains, m.instrument.level_max, m.target, entries, lang, width)


def history_chart(m: Monitoring, lang: str = "id", width: float = WIDTH) -> Drawing:
    """The index of every period on record as columns: this period dark, earlier ones grey,
    periods under another instrument hatched and never joined by a change figure."""
    w = words(lang)
    points: Sequence[PeriodFigure] = m.history
    height = 170.0
    drawing = new_drawing(width, height)
    x0, x1, bottom, top = 24.0, width - 70.0, 34.0, height - 22.0
    maximum = m.instrument.level_max

    def y_of(value: Decimal) -> float:
        return bottom + (top - bottom) * float(value) / maximum

    for tick in range(maximum + 1):
        y = y_of(Decimal(tick))
        drawing.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(label(x0 - 4, y - 2.5, str(tick), size=SMALL, anchor="end", color=FAINT))
    slot = (x1 - x0) / max(1, len(points))
    bar = min(44.0, slot * 0.55)
    previous: PeriodFigure | None = None
    for i, point in enumerate(points):
        cx = x0 + slot * (i + 0.5)
        y = y_of(point.index)
        other = point.instrument != m.instrument.id
        if other:
            drawing.add(hatched(cx - bar / 2, bottom, bar, y - bottom))
        else:
            fill = DARK if point.current else MID
            drawing.add(solid(cx - bar / 2, bottom, bar, y - bottom, fill))
        shown = _fig(point.index, lang) + ("*" if point.provisional else "")
        drawing.add(label(cx, y + 3, shown, anchor="middle", bold=point.current))
        drawing.add(label(cx, bottom - 10, point.period, anchor="middle"))
        drawing.add(
            label(cx, bottom - 19, point.instrument, size=SMALL - 1, anchor="middle", color=FAINT)
        )
        if previous is not None and previous.instrument == point.instrument:
            change = _fig(point.index - previous.index, lang, signed=True)
            drawing.add(
                label(cx - slot / 2, top + 4, change, size=SMALL, anchor="middle", color=FAINT)
            )
        elif previous is not None:
            drawing.add(dashed(cx - slot / 2, bottom - 20, cx - slot / 2, top, (2, 2)))
        previous = point
    drawing.add(Line(x0, bottom, x1, bottom, strokeColor=INK, strokeWidth=0.6))
    if m.target is not None:
        y = y_of(m.target)
        drawing.add(dashed(x0, y, x1, y))
        drawing.add(label(x1 + 4, y - 2.5, w["target"].format(_fig(m.target, lang)), size=SMALL))
    notes = []
    if any(p.provisional for p in points):
        notes.append(w["provisional"])
    if any(p.instrument != m.instrument.id for p in points):
        notes.append(w["other_instrument"])
    if notes:
        drawing.add(label(x0, 2, " · ".join(notes), size=SMALL, color=FAINT))
    return drawing


READINESS_COLUMNS = (0.0, 150.0, 215.0, 280.0, 400.0, 448.0)


def readiness_chart(m: Monitoring, lang: str = "id", width: float = WIDTH) -> Drawing:
    """One row per OPD: answered, evidence coverage, claimed against supported index, the last
    package and the deadline. An OPD that sent nothing, is late or falls below the threshold
    has a grey row and says why in bold."""
    w = words(lang)
    row_h, head = 24.0, 22.0
    rows = m.opds or ()
    height = head + row_h * max(1, len(rows)) + 14
    drawing = new_drawing(width, height)
    cols = [c * width / WIDTH for c in READINESS_COLUMNS]
    for x, title in zip(cols, w["cols"], strict=True):
        drawing.add(label(x + 2, height - 12, title, size=SMALL, bold=True))
    drawing.add(
        Line(0, height - head + 4, width, height - head + 4, strokeColor=INK, strokeWidth=0.6)
    )
    for i, row in enumerate(rows):
        y = height - head - (i + 1) * row_h + 4
        _readiness_row(drawing, row, cols, y, row_h, width, m, lang)
    supported_known = any(r.supported is not None for r in rows)
    keys = [
        ("dark", w["claimed"]),
        ("hatched", w["supported"] if supported_known else w["no_supported"]),
    ]
    drawing.add(legend(0, 2, keys))
    return drawing


def _readiness_row(drawing, row: Readiness, cols, y, row_h, width, m: Monitoring, lang) -> None:
    w = words(lang)
    flags = _flags(row, w)
    if flags:
        drawing.add(Rect(0, y - 2, width, row_h - 2, fillColor=LIGHT, strokeColor=None))
    name_w = cols[1] - cols[0] - 6
    drawing.add(label(cols[0] + 2, y + 11, opd_label(row.name, name_w)))
    if flags:
        drawing.add(
            label(
                cols[0] + 2,
                y + 2,
                fit("! " + ", ".join(flags), name_w, SMALL, True),
                size=SMALL,
                bold=True,
            )
        )
    _fraction(
        drawing, cols[1] + 2, y + 6, row.answered, row.assigned, f"{row.answered}/{row.assigned}"
    )
    share = row.with_evidence / row.needs_evidence if row.needs_evidence else None
    shown = "–" if share is None else f"{round(share * 100)}%"
    _fraction(drawing, cols[2] + 2, y + 6, row.with_evidence, row.needs_evidence, shown)
    _index_marks(drawing, cols[3] + 2, y + 4, cols[4] - cols[3] - 8, row, m, lang)
    for x, day in ((cols[4], row.last_package), (cols[5], row.deadline)):
        drawing.add(label(x + 2, y + 7, _date(day, lang), size=SMALL))


def _fraction(drawing, x: float, y: float, part: int, whole: int, shown: str) -> None:
    drawing.add(Rect(x, y, 30, 6, fillColor=None, strokeColor=INK, strokeWidth=0.5))
    if whole:
        drawing.add(Rect(x, y, 30 * min(1, part / whole), 6, fillColor=DARK, strokeColor=None))
    drawing.add(label(x + 33, y, shown, size=SMALL))


def _index_marks(drawing, x, y, length, row: Readiness, m: Monitoring, lang: str) -> None:
    """A small 1..max scale with the claimed index (dark bar) over the supported one (hatched)."""
    lowest, maximum = m.instrument.level_min or 1, m.instrument.level_max
    span = length - 50

    def at(value: Decimal) -> float:
        return span * (float(value) - lowest) / (maximum - lowest)

    drawing.add(Line(x, y, x + span, y, strokeColor=GRID, strokeWidth=0.4))
    if row.claimed is not None:
        drawing.add(solid(x, y + 6, max(1.0, at(row.claimed)), 5))
    if row.supported is not None:
        drawing.add(hatched(x, y, max(1.0, at(row.supported)), 5, spacing=2.5))
    shown = f"{_fig(row.claimed, lang)} / {_fig(row.supported, lang)}"
    drawing.add(label(x + span + 3, y + 3, shown, size=SMALL))


def _date(day: str | None, lang: str) -> str:
    if not day:
        return "–"
    return day if lang == "en" else f"{day[8:10]}-{day[5:7]}-{day[:4]}"


def monitoring_charts(
    m: Monitoring, lang: str = "id", width: float = WIDTH
) -> list[tuple[str, Drawing]]:
    """Every monitoring chart with its caption, in the order the meeting reads them."""
    titles = {
        "id": (
            "Peringkat OPD dan target",
            "Profil domain",
            "Profil aspek",
            "Indeks per periode",
            "Kesiapan OPD",
        ),
        "en": (
            "OPD ranking and target",
            "Domain profile",
            "Aspect profile",
            "Index per period",
            "OPD readiness",
        ),
    }["en" if lang == "en" else "id"]
    charts = [
        (titles[0], ranking_chart(m, lang, width)),
        (titles[1], domain_profile(m, lang, width)),
        (titles[2], aspect_profile(m, lang, width)),
        (titles[3], history_chart(m, lang, width)),
        (titles[4], readiness_chart(m, lang, width)),
    ]
    return [(title, drawing) for title, drawing in charts if drawing is not None]
