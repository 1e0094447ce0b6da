"""The pack's guidance on the indicator page: what the indicator is about (under its name) and,
above the evidence list, one document with the evidence assessors expect level by level and what
they commonly reject, each with its source and confidence. The document is folded until the
person opens it; the choice is remembered for the next indicator and the next start."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGroupBox, QWidget

from spbe_desktop.core.instrument.guidance import Rejection, common_rejections, guidance_of
from spbe_desktop.core.instrument.pack import Indicator, Instrument, generic_item, text
from spbe_desktop.ui.forms.ui_guidance_panel import Ui_GuidancePanel

from .settings import AppSettings
from .wrap_label import WrapLabel

FOLD = "guidance"


class GuidancePanel(QGroupBox):
    """Places itself on an indicator page: the about text before the pack's note, the box of
    guidance before the evidence list."""

    def __init__(
        self,
        page_ui,
        lang: str,
        parent: QWidget | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GuidancePanel()
        self.ui.setupUi(self)
        self.lang = lang
        self._settings = settings or AppSettings()
        self._shown: tuple[Instrument, Indicator] | None = None
        self._html: tuple[Indicator, str] | None = None  # what the document holds (laid out once)
        self._counts = (0, 0)
        self.about = WrapLabel(parent)
        self.about.setObjectName("guidanceAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("color: #1b1b1b; font-size: 10pt;")
        view = self.ui.guidanceText
        view.installEventFilter(self)  # its width is the document's (no scroll bars, see _fit)
        view.setAccessibleName(self.title())
        self.ui.foldButton.setChecked(self._settings.unfolded(FOLD))
        self.ui.foldButton.toggled.connect(self._folded)
        layout = page_ui.contentLayout
        layout.insertWidget(layout.indexOf(page_ui.noteLabel), self.about)
        layout.insertWidget(layout.indexOf(page_ui.evidenceBox), self)
        self._show_fold()

    def show_indicator(self, inst: Instrument, ind: Indicator) -> None:
        guidance = guidance_of(inst, ind)
        about = text(guidance.about, self.lang) if guidance else ""
        self.about.setText(about)
        self.about.setVisible(bool(about))
        own = guidance.rejections if guidance else ()
        common = common_rejections(inst)
        self.setVisible(bool(own or common or _listed(ind)))
        self._shown = (inst, ind)
        self._counts = (len(own), len(common))
        self._show_fold()

    def _document(self, inst: Instrument, ind: Indicator) -> str:
        guidance = guidance_of(inst, ind)
        own = guidance.rejections if guidance else ()
        common = common_rejections(inst)
        parts = [self._expected(inst, ind)]
        if own:
            parts.append(self._section(self.tr("Commonly rejected by assessors"), own))
        if common:
            parts.append(self._section(self.tr("For every indicator"), common))
        return "".join(parts)

    def is_open(self) -> bool:
        return self.ui.foldButton.isChecked()

    def set_open(self, unfolded: bool) -> None:
        self.ui.foldButton.setChecked(unfolded)

    def shown_text(self) -> str:
        """The guidance as the person reads it when the document is open."""
        return self.ui.guidanceText.toPlainText() if self.is_open() else ""

    # Folding -------------------------------------------------------------------------------

    def _folded(self, unfolded: bool) -> None:
        self._settings.set_unfolded(FOLD, unfolded)
        self._show_fold()

    def _show_fold(self) -> None:
        unfolded = self.is_open()
        button = self.ui.foldButton
        button.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        own, common = self._counts
        if unfolded:
            button.setText(self.tr("Hide the guidance"))
        else:
            button.setText(
                self.tr(
                    "Show the guidance: evidence expected per level, {0} commonly rejected here, "
                    "{1} for every indicator"
                ).format(own, common)
            )
        view = self.ui.guidanceText
        shown = self._shown
        # Written when it is read: a folded document costs a switch nothing.
        if unfolded and shown is not None and (self._html is None or self._html[0] is not shown[1]):
            document = self._document(*shown)
            if self._html is None or self._html[1] != document:
                view.setHtml(document)
                self._fit()
            self._html = (shown[1], document)
        view.setVisible(unfolded)

    def _fit(self) -> None:
        """The document as tall as its text at the view's width: the page scrolls, not the box."""
        view = self.ui.guidanceText
        document = view.document()
        # The view shows no scroll bars, so its contents are its viewport; asking PySide for the
        # viewport itself would build the Python type of every widget class at start-up.
        document.setTextWidth(view.contentsRect().width())
        height = math.ceil(document.size().height()) + 2 * view.frameWidth()
        if view.height() != height:
            view.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self._fit()
        return super().eventFilter(watched, event)

    # Text ----------------------------------------------------------------------------------

    def _expected(self, inst: Instrument, ind: Indicator) -> str:
        """The pack's evidence items level by level (where it lists more than the generic one)."""
        listed = _listed(ind)
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


def _listed(ind: Indicator) -> dict:
    """The pack's evidence items per level, where it lists more than the generic one."""
    return {lv: items for lv, items in ind.items.items() if items != (generic_item(lv),)}
