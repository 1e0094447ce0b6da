"""The monitoring section of the consolidated PDF: the same charts the Pemantauan tab shows,
drawn by reportlab from the one chart definition (`monitor_charts`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from spbe_desktop.core.report.tables import styles
from spbe_desktop.core.report.texts import escape
from spbe_desktop.core.workspace.workspace import Workspace

from .monitor_charts import WIDTH, monitoring_charts
from .monitoring import monitoring

WORDS = {
    "id": (
        "Pemantauan",
        "Bahan rapat pemantauan: posisi setiap OPD terhadap target, profil aspek, perjalanan "
        "indeks, dan kesiapan kiriman. Batang gelap: periode ini; arsir: periode sebelumnya "
        "atau di bawah ambang; garis putus-putus: target.",
    ),
    "en": (
        "Monitoring",
        "For the monitoring meeting: each OPD against the target, the aspect profile, the index "
        "over the periods and the readiness of the submissions. Dark bars: this period; hatched: "
        "the previous period or below the threshold; dashed line: the target.",
    ),
}


def monitoring_section(ws: Workspace, lang: str = "id", today: date | None = None) -> list[Any]:
    """A new page with every monitoring chart under its caption, each kept on one page."""
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    title, intro = WORDS["en" if lang == "en" else "id"]
    s = styles()
    story: list[Any] = [PageBreak(), Paragraph(title, s.title), Paragraph(escape(intro), s.small)]
    for caption, drawing in monitoring_charts(monitoring(ws, today=today), lang, WIDTH):
        story.append(KeepTogether([Paragraph(escape(caption), s.h1), drawing, Spacer(1, 4)]))
    return story
