"""One indicator: its levels with their criteria as choices, the justification, the service name
or the external score where the instrument asks for them, the typical evidence and the evidence
list. Every change is saved at once (levels) or shortly after typing stops (text)."""

from __future__ import annotations

import html
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QRadioButton, QWidget

from spbe_desktop.core.figures import rounded
from spbe_desktop.core.instrument.marks import MARK, assumed_note, external_note, printable
from spbe_desktop.core.instrument.pack import Indicator, text
from spbe_desktop.ui.forms.ui_indicator_page import Ui_IndicatorPage

from . import marks
from .evidence_panel import EvidencePanel
from .guidance_panel import GuidancePanel
from .i18n import figure, number
from .icons import ACCEPTED, REJECTED, REVIEW_COLOURS, REVISE
from .items_panel import ItemsPanel
from .operations import WriteOp
from .previous_panel import PreviousPanel
from .session import Changes, WorkspaceSession
from .settings import AppSettings
from .wrap_label import WrapLabel

SAVE_DELAY_MS = 500
BANNER_BACKGROUNDS = {ACCEPTED: "#e8f5e9", REVISE: "#fff4e0", REJECTED: "#fdecea"}


# A coordinator's review note that only sums up the items the assessors sent back starts so.
ASSESSOR_NOTE = ("Asesor:", "Assessors:")


class IndicatorPage(QWidget):
    saved = Signal()

    def __init__(
        self,
        session: WorkspaceSession,
        lang: str,
        parent: QWidget | None = None,
        settings: AppSettings | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_IndicatorPage()
        self.ui.setupUi(self)
        self.session = session
        self.lang = lang
        self.indicator: Indicator | None = None
        self._loading = False
        inst = session.ws.instrument
        self.levels = QButtonGroup(self)
        self._criteria: dict[int, QLabel] = {}
        self._radios: dict[int, QRadioButton] = {}
        grid = self.ui.levelsLayout
        for row, level in enumerate(range(inst.level_min, inst.level_max + 1)):
            radio = QRadioButton(self.ui.levelsBox)
            label = WrapLabel(self.ui.levelsBox)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.installEventFilter(self)  # a click on the criteria chooses the level too
            grid.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.levels.addButton(radio, level)
            self._radios[level] = radio
            self._criteria[level] = label
        grid.setColumnStretch(1, 1)
        self.clearButton = QPushButton(self.tr("Clear le&vel"), self.ui.levelsBox)
        grid.addWidget(self.clearButton, len(self._radios), 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.levels.idClicked.connect(self._level_clicked)
        self.clearButton.clicked.connect(lambda: self._save("level", None))

        self.items = ItemsPanel(session, lang, self.ui.evidenceBox)
        self.ui.evidenceLayout.addWidget(self.items)
        self.evidence = EvidencePanel(session, self.ui.evidenceBox)
        self.ui.evidenceLayout.addWidget(self.evidence)
        self.guidance = GuidancePanel(self.ui, lang, self.ui.content, settings)
        self.previous = PreviousPanel(session, self.ui.content)
        layout = self.ui.contentLayout
        layout.insertWidget(layout.indexOf(self.ui.levelsBox), self.previous)

        self._note_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush)
        self.ui.justificationEdit.textChanged.connect(self._text_edited)
        self.ui.justificationEdit.installEventFilter(self)
        self.ui.slotEdit.textEdited.connect(lambda _t: self._note_timer.start())
        self.ui.slotEdit.editingFinished.connect(self.flush)
        self.ui.externalSpin.valueChanged.connect(self._external_edited)
        self.ui.externalSpin.editingFinished.connect(self.flush)
        session.changed.connect(self._changed)
        self.ui.reviewBanner.hide()
        self.ui.findingsLabel.hide()

        writable = not session.read_only
        for widget in (
            *self._radios.values(),
            self.clearButton,
            self.ui.slotEdit,
            self.ui.externalSpin,
        ):
            widget.setEnabled(writable)
        self.ui.justificationEdit.setReadOnly(not writable)
        self.setTabOrder(self.ui.justificationEdit, self.ui.slotEdit)

    # Showing -------------------------------------------------------------------------------

    def show_indicator(self, indicator_id: str) -> None:
        self.flush()
        inst = self.session.ws.instrument
        ind = inst.indicator(indicator_id)
        self.indicator = ind
        lang = self.lang
        aspect = inst.aspect(ind.aspect_id)
        path = text(aspect.name, lang)
        if aspect.domain_id:
            domain = next(d for d in inst.domains if d.id == aspect.domain_id)
            path = f"{text(domain.name, lang)} › {path}"
        self.ui.pathLabel.setText(
            self.tr("Indicator {0} of {1} · {2} · weight {3}").format(
                ind.number, len(inst.indicators), path, number(ind.weight, lang)
            )
        )
        self.ui.nameLabel.setText(f"{ind.number}. {text(ind.name, lang)}")
        self.ui.noteLabel.setText(text(ind.note, lang))
        self.ui.noteLabel.setVisible(bool(ind.note))
        scale = inst.scale_of(ind)
        names = marks.uncertain(inst, "level_names", lang)
        for level, radio in self._radios.items():
            name = scale.level_name(level, lang)
            radio.setText(
                self.tr("Level {0} – {1}").format(level, name).rstrip(" –")
                + (names.mark if name else "")
            )
            tip = names.tip if name else ""
            if radio.toolTip() != tip:
                radio.setToolTip(tip)
            self._criteria[level].setText(text(ind.criteria.get(level), lang) or "–")
        expected = [text(e, lang) for e in ind.evidence]
        self.ui.expectedLabel.setText(
            "\n".join(f"• {e}" for e in expected)
            if expected
            else self.tr("The instrument names no typical evidence for this indicator.")
        )
        self.ui.slotBox.setVisible(ind.slot is not None)
        if ind.slot is not None:
            self.ui.slotBox.setTitle(
                text(ind.slot.get("label"), lang) or self.tr("Service assessed")
            )
            self.ui.slotHint.setText(text(ind.slot.get("hint"), lang))
        self.ui.externalBox.setVisible(ind.external is not None)
        if ind.external is not None:
            ext = ind.external
            self.ui.externalHint.setText(
                self.tr("{0} ({1}), score {2} to {3}.").format(
                    text(ext.source, lang), ext.agency, number(ext.score_min), number(ext.score_max)
                )
            )
        self.guidance.show_indicator(inst, ind)
        self._load_answer()
        self.previous.show_for(ind)
        self._show_review()
        self._show_revisions()
        self._show_findings()
        self.items.show_indicator(ind.id)
        self.evidence.show_indicator(ind.id)
        self.ui.scrollArea.verticalScrollBar().setValue(0)

    def _show_review(self) -> None:
        """The coordinator's outcome and note, in the outcome's colour."""
        banner = self.ui.reviewBanner
        review = self.session.reviews.get(self.indicator.id) if self.indicator else None
        if review is None or review[0] not in REVIEW_COLOURS:
            banner.hide()
            return
        status, note = review
        if note.startswith(ASSESSOR_NOTE) and self.session.revisions.get(self.indicator.id):
            banner.hide()  # only the assessors' items, which their own banner lists one by one
            return
        title = {
            ACCEPTED: self.tr("Accepted by the coordinator"),
            REVISE: self.tr("The coordinator asks for a revision"),
            REJECTED: self.tr("Rejected by the coordinator"),
        }[status]
        colour = REVIEW_COLOURS[status]
        body = html.escape(note).replace("\n", "<br>") if note.strip() else ""
        banner.setText(f"<b>{html.escape(title)}</b>" + (f"<br>{body}" if body else ""))
        banner.setStyleSheet(
            f"background: {BANNER_BACKGROUNDS[status]}; color: #1b1b1b; border-left: 5px solid {colour};"
            " border-radius: 3px; padding: 8px 10px;"
        )
        banner.setAccessibleName(title)
        banner.show()

    def _show_revisions(self) -> None:
        """The items the assessors sent back: what to replace before the next export."""
        banner = self.ui.assessorBanner
        lines = self.session.revisions.get(self.indicator.id) if self.indicator else None
        banner.setVisible(bool(lines))
        if lines:
            title = html.escape(self.tr("The assessors sent items back: replace their evidence"))
            listed = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            banner.setText(f"<b>{title}</b><ul style='margin-left:-20px'>{listed}</ul>")
            banner.setAccessibleName(title)

    def _show_findings(self) -> None:
        found = self.session.findings.get(self.indicator.number, []) if self.indicator else []
        self.ui.findingsLabel.setVisible(bool(found))
        if found:
            lines = "".join(f"<li>{html.escape(f.message(self.lang))}</li>" for f in found)
            title = html.escape(self.tr("Evidence check"))
            self.ui.findingsLabel.setText(
                f"<b>{title}</b><ul style='margin-left:-20px; margin-top:2px'>{lines}</ul>"
            )

    def _load_answer(self) -> None:
        ind = self.indicator
        if ind is None:
            return
        answer = self.session.answer(ind.id)
        self._loading = True
        try:
            checked = self.levels.checkedButton()
            if answer.level is None:
                if checked is not None:
                    self.levels.setExclusive(False)
                    checked.setChecked(False)
                    self.levels.setExclusive(True)
            else:
                self._radios[answer.level].setChecked(True)
            if self.ui.justificationEdit.toPlainText() != answer.justification:
                self.ui.justificationEdit.setPlainText(answer.justification)
            self.ui.slotEdit.setText(answer.service_name or "")
            if ind.external is not None:
                spin = self.ui.externalSpin
                step = Decimal("0.01")
                spin.setRange(float(ind.external.score_min - step), float(ind.external.score_max))
                score = answer.external_score
                spin.setValue(spin.minimum() if score is None else float(score))
                self._show_converted(score)
            self.ui.savedLabel.clear()
        finally:
            self._loading = False

    def _changed(self, changes: Changes) -> None:
        if self.indicator is None:
            return
        if self.indicator.id in changes.answers:
            self._load_answer()
            self.previous.show_for(self.indicator)
        if changes.reviews:
            self._show_review()
            self._show_revisions()
        if changes.findings:
            self._show_findings()

    # Editing -------------------------------------------------------------------------------

    def choose_level(self, level: int) -> None:
        if level in self._radios and self._radios[level].isEnabled() and self.indicator:
            self._radios[level].setChecked(True)
            self._save("level", level)

    def _level_clicked(self, level: int) -> None:
        if not self._loading:
            self._save("level", level)

    def _text_edited(self) -> None:
        if not self._loading:
            self.ui.savedLabel.clear()
            self._note_timer.start()

    def _external_edited(self, value: float) -> None:
        if not self._loading:
            self._show_converted(self._external_value())
            self._note_timer.start()

    def _external_value(self) -> Decimal | None:
        spin = self.ui.externalSpin
        if spin.value() <= spin.minimum():
            return None
        try:
            return rounded(spin.value(), 2)
        except InvalidOperation:
            return None

    def _show_converted(self, score: Decimal | None) -> None:
        ind = self.indicator
        if ind is None or ind.external is None:
            return
        decimals = self.session.ws.instrument.decimals
        label = self.ui.convertedLabel
        if score is None:
            # Counted in every index figure as it is, with the mark shown there.
            shown = figure(ind.external.missing_value, self.lang, decimals)
            label.setText(f"{shown}{MARK} — {assumed_note(ind, self.lang)}")
            label.setToolTip("")
            return
        note = printable(external_note(ind, self.lang))
        mark = f" {printable(ind.external.confidence)}" if note else ""
        label.setText(figure(ind.external.value_for(score), self.lang, decimals) + mark)
        label.setToolTip(note)

    def flush(self) -> None:
        """Write pending text edits now (typing stopped, focus left, indicator switch, close)."""
        self._note_timer.stop()
        ind = self.indicator
        if ind is None or self.session.read_only:
            return
        self._save("justification", self.ui.justificationEdit.toPlainText())
        if ind.slot is not None:
            self._save("service_name", self.ui.slotEdit.text().strip() or None)
        if ind.external is not None:
            self._save("external_score", self._external_value())

    def _save(self, field: str, value) -> None:
        ind = self.indicator
        if ind is None or self.session.read_only:
            return
        session = self.session
        before = getattr(session.answer(ind.id), field)
        saving = WriteOp(self, session.ws, lambda _ws, _p, _c: session.change(ind.id, field, value))
        if not saving.run_now():
            self._load_answer()  # the refused value gives way to the stored one
            return
        if before != value:
            self.ui.savedLabel.setText(self.tr("Saved"))
            self.saved.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched is self.ui.justificationEdit:
            self.flush()
        elif event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QLabel):
            for level, label in self._criteria.items():
                if label is watched:
                    self.choose_level(level)
        return super().eventFilter(watched, event)
