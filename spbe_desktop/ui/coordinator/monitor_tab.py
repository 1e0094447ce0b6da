"""Pemantauan: the monitoring charts of the consolidated report, on screen — the same reportlab
drawings, rendered by Qt — with the target index and the threshold the coordinator sets."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from spbe_desktop.core.coordinator.monitor_charts import monitoring_charts
from spbe_desktop.core.coordinator.monitoring import monitoring
from spbe_desktop.core.coordinator.store import Consolidation
from spbe_desktop.core.targets import set_targets, targets
from spbe_desktop.ui.chart_view import ChartView
from spbe_desktop.ui.forms.ui_coord_monitor import Ui_MonitorPage

from .changes import CoordChanges

SCREEN_WIDTH = 720.0  # the charts' width in points on screen (wider than the A4 page's)


class MonitorTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.page = QWidget()
        self.ui = Ui_MonitorPage()
        self.ui.setupUi(self.page)
        self.index = view.ui.tabs.addTab(self.page, self.tr("&Monitoring"))
        self.charts: list[tuple[QLabel, ChartView]] = []
        for spin in (self.ui.targetSpin, self.ui.thresholdSpin):
            spin.setSpecialValueText(self.tr("none"))
            spin.setEnabled(not view.ws.read_only)
            spin.editingFinished.connect(self.save_targets)
        self._show_targets()
        view.refresh_on(self, "opds", "submissions", "decisions", "earlier", "targets")

    def _show_targets(self) -> None:
        target, threshold = targets(self.view.ws)
        for spin, value in ((self.ui.targetSpin, target), (self.ui.thresholdSpin, threshold)):
            spin.blockSignals(True)
            spin.setValue(0.0 if value is None else float(value))
            spin.blockSignals(False)
        if threshold == target:
            self.ui.thresholdSpin.blockSignals(True)
            self.ui.thresholdSpin.setValue(0.0)
            self.ui.thresholdSpin.blockSignals(False)

    def save_targets(self) -> None:
        """Keep what the spin boxes say (0 = none) and redraw."""
        shown = [self.ui.targetSpin.value(), self.ui.thresholdSpin.value()]
        wanted = [None if v == 0 else Decimal(f"{v:.2f}") for v in shown]
        if tuple(wanted) == self._stored():
            return

        def work(ws, _progress, _cancel) -> None:
            set_targets(ws, *wanted)

        self.view.write(self.tr("Saving the target…"), work, CoordChanges(targets=True))

    def _stored(self) -> tuple[Decimal | None, Decimal | None]:
        target, threshold = targets(self.view.ws)
        return target, None if threshold == target else threshold

    def refresh(self, result: Consolidation) -> None:
        data = monitoring(self.view.ws, result)
        drawings = monitoring_charts(data, self.view.lang, SCREEN_WIDTH)
        layout = self.ui.chartsLayout
        while len(self.charts) < len(drawings):
            caption = QLabel()
            caption.setStyleSheet("font-weight: bold; font-size: 11pt; margin-top: 8px;")
            chart = ChartView()
            layout.addWidget(caption)
            layout.addWidget(chart)
            self.charts.append((caption, chart))
        for (caption, chart), (title, drawing) in zip(self.charts, drawings, strict=False):
            caption.setText(title)
            chart.setToolTip(title)
            chart.set_drawing(drawing)
        for caption, chart in self.charts[len(drawings) :]:
            caption.hide()
            chart.hide()
        if layout.itemAt(layout.count() - 1).spacerItem() is None:
            layout.addStretch(1)
