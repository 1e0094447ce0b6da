"""The pack's guidance on the indicator page: what the indicator is about (under its name) and,
above the evidence list, what assessors commonly reject, each with its source and confidence."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from spbe_desktop.core.instrument.guidance import Rejection, common_rejections, guidance_of
from spbe_desktop.core.instrument.pack import Indicator, Instrument, generic_item, text
from spbe_desktop.ui.forms.ui_guidance_panel import Ui_GuidancePanel


class GuidancePanel(QGroupBox):
    """Places itself on an indicator page: the about text before the pack's note, the box of
    rejections before the evidence list."""

    def __init__(self, page_ui, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuidancePanel()
        self.ui.setupUi(self)
        self.lang = lang
        self.about = QLabel(parent)
        self.about.setObjectName("guidanceAbout")
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #1b1b1b; font-size: 10pt;")
        # The rejections for every indicator are the same on every page: a label of their own
        # keeps its text, so switching indicators lays out only what changed.
        self.common = QLabel(self)
        self.common.setObjectName("commonRejections")
        self.common.setWordWrap(True)
        self.common.setTextFormat(self.ui.rejectionsLabel.textFormat())
        self.common.setTextInteractionFlags(self.ui.rejectionsLabel.textInteractionFlags())
        self.ui.guidanceLayout.addWidget(self.common)
        layout = page_ui.contentLayout
        layout.insertWidget(layout.indexOf(page_ui.noteLabel), self.about)
        layout.insertWidget(layout.indexOf(page_ui.evidenceBox), self)

    def show_indicator(self, inst: Instrument, ind: Indicator) -> None:
        guidance = guidance_of(inst, ind)
        about = text(guidance.about, self.lang) if guidance else ""
        self.about.setText(about)
        self.about.setVisible(bool(about))
        expected = self._expected(inst, ind)
        self.ui.expectedLabel.setText(expected)
        self.ui.expectedLabel.setVisible(bool(expected))
        own = guidance.rejections if guidance else ()
        common = common_rejections(inst)
        self.setVisible(bool(own or common))
        said = self._section(self.tr("Commonly rejected by assessors"), own) if own else ""
        self.ui.rejectionsLabel.setText(said)
        self.ui.rejectionsLabel.setVisible(bool(said))
        said = self._section(self.tr("For every indicator"), common) if common else ""
        if self.common.text() != said:
            self.common.setText(said)
        self.common.setVisible(bool(said))

    def _expected(self, inst: Instrument, ind: Indicator) -> str:
        """The pack's evidence items level by level (where it lists more than the generic one)."""
        listed = {lv: items for lv, items in ind.items.items() if items != (generic_item(lv),)}
        if not listed:
            return ""
        scale = inst.scale_of(ind)
        rows = []
        for level, items in listed.items():
            name = self.tr("Level {0} – {1}").format(level, scale.level_name(level, self.lang))
            said = "; ".join(html.escape(text(item.text, self.lang)) for item in items)
            rows.append(f"<li><i>{html.escape(name.rstrip(' –'))}:</i> {said}</li>")
        title = html.escape(self.tr("Evidence assessors expect, level by level"))
        return f"<b>{title}</b><ul style='margin-left:-20px; margin-top:2px'>{''.join(rows)}</ul>"

    def _section(self, title: str, rejections: tuple[Rejection, ...]) -> str:
        items = "".join(self._item(r) for r in rejections)
        return (
            f"<b>{html.escape(title)}</b><ul style='margin-left:-20px; margin-top:2px'>{items}</ul>"
        )

    def _item(self, rejection: Rejection) -> str:
        said = html.escape(text(rejection.text, self.lang))
        source = html.escape(text(rejection.source, self.lang))
        facts = self.tr("Source: {0} · {1} {2}").format(
            source, rejection.confidence, self._confidence(rejection.confidence)
        )
        if rejection.check is not None:
            facts += " · " + html.escape(self.tr("checked in the evidence check"))
        return f"<li>{said}<br><span style='color:#666; font-size:8pt'>{facts}</span></li>"

    def _confidence(self, mark: str) -> str:
        words = {
            "✅": self.tr("two sources agree"),
            "◐": self.tr("one source"),
            "❓": self.tr("not yet confirmed"),
        }
        return words.get(mark, "")
