"""The overview: index, predicate and progress per domain and aspect, with a simple bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QProgressBar, QTableWidgetItem, QWidget

from spbe_desktop.core.evidence.support import workspace_support
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.instrument.scoring import GroupScore
from spbe_desktop.ui.forms.ui_overview import Ui_OverviewPage

from . import marks
from .i18n import figure, number
from .profile_view import AspectProfile
from .session import WorkspaceSession

BAR_SCALE = 100  # the bar shows the index in hundredths


class OverviewPage(QWidget):
    aspectActivated = Signal(str)

    def __init__(self, session: WorkspaceSession, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.session = session
        self.lang = lang
        table = self.ui.table
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Domain / aspect"),
                self.tr("Weight"),
                self.tr("Answered"),
                self.tr("Index"),
                self.tr("Supported"),
                self.tr("Level reached"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(5, 220)
        table.horizontalHeaderItem(4).setToolTip(
            self.tr("What the assessors would accept if every file were right (cumulative levels).")
        )
        table.cellDoubleClicked.connect(self._activated)
        self._row_aspects: list[str | None] = []
        self._build()
        self.profile = AspectProfile(self, session, lang)

    def _build(self) -> None:
        inst = self.session.ws.instrument
        rows: list[tuple[str, str, bool]] = []  # (kind, id, bold)
        if inst.domains:
            for domain in inst.domains:
                rows.append(("domain", domain.id, True))
                rows += [("aspect", a.id, False) for a in inst.aspects_of_domain(domain.id)]
        else:
            rows = [("aspect", a.id, False) for a in inst.aspects]
        table = self.ui.table
        table.setRowCount(len(rows))
        self._rows = rows
        self._row_aspects = [gid if kind == "aspect" else None for kind, gid, _ in rows]
        for r, (kind, gid, bold) in enumerate(rows):
            if kind == "domain":
                name = text(next(d for d in inst.domains if d.id == gid).name, self.lang)
            else:
                name = text(inst.aspect(gid).name, self.lang)
                name = f"    {name}" if inst.domains else name
            for col in range(5):
                item = QTableWidgetItem(name if col == 0 else "")
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if bold:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QBrush(QColor("#eef2f7")))
                table.setItem(r, col, item)
            bar = QProgressBar()
            bar.setRange(0, inst.level_max * BAR_SCALE)
            bar.setTextVisible(False)
            bar.setMaximumHeight(16)
            table.setCellWidget(r, 5, bar)

    def refresh(self) -> None:
        score = self.session.score()
        inst = self.session.ws.instrument
        groups: dict[tuple[str, str], GroupScore] = {("aspect", g.id): g for g in score.aspects}
        groups.update({("domain", g.id): g for g in score.domains})
        backed = workspace_support(self.session.ws).score
        supported = {("aspect", g.id): g.index for g in backed.aspects}
        supported.update({("domain", g.id): g.index for g in backed.domains})
        index_name = text(inst.index_name, self.lang)
        self.ui.titleLabel.setText(
            self.tr("{0} — {1}, period {2}").format(
                index_name, self.session.ws.info.opd_name, self.session.ws.info.period
            )
        )
        counted = marks.assumed(inst, score.assumed, self.lang, score.shown_index is not None)
        bands = marks.uncertain(inst, "predicates", self.lang)
        shown = figure(score.shown_index, self.lang, inst.decimals) + counted.mark
        predicate = score.predicate.name + bands.mark if score.predicate else "–"
        if score.answered == score.total:
            summary = self.tr("Index {0} ({1}). All {2} indicators answered.").format(
                shown, predicate, score.total
            )
        elif score.complete:  # only indicators valued from other agencies' indices are open
            summary = self.tr("Index {0} ({1}). {2} of {3} indicators answered.").format(
                shown, predicate, score.answered, score.total
            )
        else:
            summary = self.tr(
                "Provisional index {0} ({1}) over {2} of {3} answered indicators."
            ).format(shown, predicate, score.answered, score.total)
        # The sentence behind "*" is written out: the figure is read here, not hovered over.
        self.ui.summaryLabel.setText(f"{summary}\n{counted.mark} {counted.tip}".rstrip())
        self.ui.summaryLabel.setToolTip(marks.tips(counted, bands))
        table = self.ui.table
        for r, (kind, gid, _bold) in enumerate(self._rows):
            group = groups[(kind, gid)]
            table.item(r, 1).setText(number(group.weight, self.lang))
            table.item(r, 2).setText(f"{group.answered} / {group.total}")
            mark = marks.assumed(inst, group.assumed, self.lang, group.index is not None)
            item = table.item(r, 3)
            item.setText(figure(group.index, self.lang, inst.decimals) + mark.mark)
            item.setToolTip(mark.tip)
            table.item(r, 4).setText(figure(supported.get((kind, gid)), self.lang, inst.decimals))
            bar = table.cellWidget(r, 5)
            bar.setValue(0 if group.index is None else int(group.index * BAR_SCALE))
        self.profile.refresh(score)

    def _activated(self, row: int, _column: int) -> None:
        aspect_id = self._row_aspects[row] if 0 <= row < len(self._row_aspects) else None
        if aspect_id is None and 0 <= row < len(self._rows):
            domain_aspects = self.session.ws.instrument.aspects_of_domain(self._rows[row][1])
            aspect_id = domain_aspects[0].id if domain_aspects else None
        if aspect_id:
            self.aspectActivated.emit(aspect_id)
