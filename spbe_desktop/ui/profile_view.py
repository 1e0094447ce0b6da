"""The OPD's aspect profile against its target on the overview page: the profile chart the
coordinator's monitoring draws, from this workspace's own figures."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from spbe_desktop.core.instrument.scoring import Score
from spbe_desktop.core.report.profile_chart import GroupFigure, profile_chart
from spbe_desktop.core.targets import targets

from .chart_view import ChartView
from .session import WorkspaceSession

SCREEN_WIDTH = 720.0


class AspectProfile(QObject):
    """A caption and the chart under the overview's table; the table keeps the height of its
    rows and the chart scrolls when the window is small."""

    def __init__(self, page: QWidget, session: WorkspaceSession, lang: str) -> None:
        super().__init__(page)
        self.session = session
        self.lang = lang
        self.table = page.ui.table
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: bold; margin-top: 6px;")
        self.chart = ChartView()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.chart)
        layout = page.ui.overviewLayout
        at = layout.indexOf(self.table) + 1
        layout.insertWidget(at, self.caption)
        layout.insertWidget(at + 1, area, 1)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _fit_table(self) -> None:
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth())

    def refresh(self, score: Score) -> None:
        self._fit_table()
        ws = self.session.ws
        target = targets(ws)[0]
        if target is None:
            self.caption.setText(self.tr("Aspect profile (no target index set)"))
        else:
            self.caption.setText(self.tr("Aspect profile against the target index"))
        groups = [
            GroupFigure(g.id, a.name, g.index, None)
            for g, a in zip(score.aspects, ws.instrument.aspects, strict=True)
        ]
        period = self.tr("Period {0}").format(ws.info.period)
        drawing = profile_chart(
            groups, ws.instrument.level_max, target, (period, None), self.lang, SCREEN_WIDTH
        )
        self.chart.set_drawing(drawing)
