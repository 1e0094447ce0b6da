"""The profile chart: aspects (or domains) as pairs of bars — this period dark, the previous
period hatched — against the target line. The coordinator's monitoring and the OPD's overview
draw the same chart."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from reportlab.graphics.shapes import Drawing

from spbe_desktop.core.figures import figure
from spbe_desktop.core.instrument.pack import LocalText, text

from .charts import (
    SMALL,
    WIDTH,
    dashed,
    hatched,
    label,
    legend,
    new_drawing,
    solid,
    value_axis,
    wrap,
)

WORDS = {
    "id": {
        "target": "Target {0}",
        "no_previous": "Periode sebelumnya: belum ada data dengan instrumen yang sama",
    },
    "en": {
        "target": "Target {0}",
        "no_previous": "Previous period: no figures under the same instrument yet",
    },
}


class GroupFigure(NamedTuple):
    id: str
    name: LocalText
    current: Decimal | None
    previous: Decimal | None


def profile_chart(
    groups: Sequence[GroupFigure],
    instrument_max: int,
    target: Decimal | None,
    entries: tuple[str, str | None],
    lang: str = "id",
    width: float = WIDTH,
) -> Drawing:
    """Aspects (or domains) as pairs of bars — this period dark, the previous one hatched — with
    the target line. `entries` are the legend texts for (this period, previous period or None)."""
    w = WORDS["en" if lang == "en" else "id"]
    row_h, top_pad, bottom_pad = 26.0, 26.0, 18.0
    height = top_pad + bottom_pad + row_h * max(1, len(groups))
    drawing = new_drawing(width, height)
    x0, x1 = 190.0, width - 40.0
    top, bottom = height - top_pad, bottom_pad

    def scale(value: Decimal) -> float:
        return x0 + (x1 - x0) * float(value) / instrument_max

    current, previous = entries
    keys = [("dark", current), ("hatched", previous or w["no_previous"])]
    if target is not None:
        keys.append(("dashed", w["target"].format(figure(target, lang))))
    drawing.add(legend(0, height - 9, keys))
    drawing.add(value_axis(x0, x1, bottom, top, instrument_max, str))
    for i, group in enumerate(groups):
        y = top - (i + 1) * row_h + 4
        lines = wrap(f"{group.id} {text(group.name, lang)}", x0 - 10, 2)
        for j, line in enumerate(lines):
            drawing.add(label(0, y + 12 - j * 9, line))
        if group.current is not None:
            length = scale(group.current) - x0
            drawing.add(solid(x0, y + 9, length, 8))
            drawing.add(label(x0 + length + 3, y + 10, figure(group.current, lang), size=SMALL))
        if group.previous is not None:
            length = scale(group.previous) - x0
            drawing.add(hatched(x0, y + 1, length, 7))
            drawing.add(label(x0 + length + 3, y + 1, figure(group.previous, lang), size=SMALL))
    if target is not None:
        x = scale(target)
        drawing.add(dashed(x, bottom, x, top))
    return drawing
