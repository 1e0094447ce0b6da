"""Last period on the indicator page: the level and justification given then, with one button
to take them over; under a new instrument, the crosswalk's proposals for this indicator, each
accepted or declined by the person in a dialog before anything is attached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from spbe_desktop.core.instrument.pack import Indicator
from spbe_desktop.core.period import META_PREVIOUS_PERIOD
from spbe_desktop.core.report.texts import escape, shorten

from .operations import WriteOp
from .session import Changes, WorkspaceSession
from .wrap_label import WrapLabel


class PreviousPanel(QFrame):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.indicator: Indicator | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("previousPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = WrapLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label, 1)
        self.takeButton = QPushButton(self.tr("Use last period's &answer"), self)
        self.takeButton.clicked.connect(self.take_over)
        layout.addWidget(self.takeButton, 0, Qt.AlignmentFlag.AlignTop)
        self.reviewButton = QPushButton(self.tr("Review the &proposals…"), self)
        self.reviewButton.clicked.connect(self.review)
        layout.addWidget(self.reviewButton, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_for(self, indicator: Indicator) -> None:
        self.indicator = indicator
        ws = self.session.ws
        period = ws.meta(META_PREVIOUS_PERIOD)
        if not period:
            self.hide()
            return
        # Loaded once a workspace started from a last period shows: most never need them.
        from spbe_desktop.core.period.carry import previous_answers
        from spbe_desktop.core.period.crosswalk import proposals

        previous = previous_answers(ws).get(indicator.id)
        found = proposals(ws, indicator.id)
        writable = not self.session.read_only
        if previous is not None and previous.level is not None:
            said = escape(shorten(previous.justification, 160)) or self.tr("(no justification)")
            self.label.setText(
                self.tr("Period {0}: level <b>{1}</b> — {2}").format(period, previous.level, said)
            )
            current = self.session.answer(indicator.id)
            same = current.level == previous.level and current.justification == (
                previous.justification
            )
            self.takeButton.setVisible(True)
            self.takeButton.setEnabled(writable and not same)
            self.reviewButton.hide()
        elif found:
            waiting = sum(1 for p in found if p.state == "open")
            self.label.setText(
                self.tr(
                    "Period {0}, other instrument: {1} proposals from the crosswalk, {2} waiting."
                ).format(period, len(found), waiting)
            )
            self.takeButton.hide()
            self.reviewButton.setVisible(True)
            self.reviewButton.setEnabled(writable and waiting > 0)
        else:
            self.hide()
            return
        self.show()

    def take_over(self) -> None:
        from spbe_desktop.core.period.carry import previous_answers

        ind = self.indicator
        previous = previous_answers(self.session.ws).get(ind.id) if ind else None
        if ind is None or previous is None or previous.level is None:
            return
        session = self.session

        def take(_ws, _progress, _cancel) -> None:  # each change notifies the views itself
            session.change(ind.id, "level", previous.level)
            session.change(ind.id, "justification", previous.justification)

        WriteOp(self, session.ws, take).finished(lambda: self.show_for(ind)).run_now()

    def review(self) -> None:
        ind = self.indicator
        if ind is None:
            return
        from spbe_desktop.core.period.crosswalk import decide, proposals

        open_ones = [p for p in proposals(self.session.ws, ind.id) if p.state == "open"]
        from .proposal_dialog import ProposalDialog  # built only when there is something to decide

        chosen = ProposalDialog.ask(self.window(), open_ones)
        if chosen is None:
            return
        accepted, declined = chosen

        def settle(ws, _progress, _cancel) -> None:
            if accepted:
                decide(ws, accepted, accept=True)
            if declined:
                decide(ws, declined, accept=False)

        ids = frozenset((ind.id,))
        deciding = WriteOp(self, self.session.ws, settle)
        deciding.notify(self.session, Changes(answers=ids, evidence=ids))
        deciding.finished(lambda: self.show_for(ind)).run_now()
