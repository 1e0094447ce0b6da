"""The open workspace as the UI sees it: answer edits with undo, change notifications, and the
state of each indicator for the navigator. All writes go through the core."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from spbe_desktop.core.coordinator.exchange import review_notes
from spbe_desktop.core.evidence import store as evidence
from spbe_desktop.core.evidence.check import Finding, check_workspace
from spbe_desktop.core.instrument.pack import Indicator
from spbe_desktop.core.instrument.scoring import Score
from spbe_desktop.core.workspace.workspace import Answer, Workspace

from . import icons
from .tasks import TaskHandle, run_task

FIELDS = ("level", "note", "slot_name", "external_score")
LINT_DELAY_MS = 1500  # evidence often comes in bursts: check once after the last one


class AnswerChange(QUndoCommand):
    """One changed answer field. Pushed after the change is written, so the first redo is a no-op
    (set_answer writes nothing when the value is already there)."""

    def __init__(self, session: WorkspaceSession, indicator_id: str, field: str, old, new) -> None:
        label = QCoreApplication.translate("Session", "change of indicator {0}")
        super().__init__(label.format(session.ws.instrument.indicator(indicator_id).number))
        self.session = session
        self.indicator_id = indicator_id
        self.field = field
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.session.apply(self.indicator_id, self.field, self.new)

    def undo(self) -> None:
        self.session.apply(self.indicator_id, self.field, self.old)


class WorkspaceSession(QObject):
    answerChanged = Signal(str)  # indicator id
    evidenceChanged = Signal(str)  # indicator id
    undoApplied = Signal(str)  # indicator id whose field an undo/redo changed
    reviewsChanged = Signal()  # the coordinator's notes were received
    findingsChanged = Signal()  # the evidence linter finished a run

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self._answers: dict[str, Answer] = ws.answers()
        self._evidence_counts: dict[str, int] = evidence.evidence_counts(ws)
        self._score: Score | None = None
        self._applying = False
        self.reviews: dict[str, tuple[str, str]] = self._read_reviews()
        self.findings: dict[int, list[Finding]] = {}
        self._lint_task: TaskHandle | None = None
        self._lint_timer = QTimer(self, singleShot=True, interval=LINT_DELAY_MS)
        self._lint_timer.timeout.connect(self.run_lint)
        self.evidenceChanged.connect(lambda _id: self._lint_timer.start())

    @property
    def read_only(self) -> bool:
        return self.ws.read_only

    def answer(self, indicator_id: str) -> Answer:
        return self._answers.get(indicator_id) or self.ws.answer(indicator_id)

    def evidence_count(self, indicator_id: str) -> int:
        return self._evidence_counts.get(indicator_id, 0)

    def score(self) -> Score:
        if self._score is None:
            self._score = self.ws.score()
        return self._score

    def change(self, indicator_id: str, field: str, value: Any) -> None:
        """Write one field now (autosave) and remember it for undo. Raises SpbeError."""
        old = getattr(self.answer(indicator_id), field)
        if old == value:
            return
        self.apply(indicator_id, field, value)
        self.undo_stack.push(AnswerChange(self, indicator_id, field, old, value))

    def apply(self, indicator_id: str, field: str, value: Any) -> None:
        if isinstance(value, float):
            value = Decimal(str(value))
        self.ws.set_answer(indicator_id, **{field: value})
        self._answers[indicator_id] = self.ws.answer(indicator_id)
        self._score = None
        self.answerChanged.emit(indicator_id)
        if self._applying:
            self.undoApplied.emit(indicator_id)

    def undo(self) -> None:
        self._run_stack(self.undo_stack.undo)

    def redo(self) -> None:
        self._run_stack(self.undo_stack.redo)

    def _run_stack(self, step) -> None:
        # Lets apply() tell an undo/redo (which should bring its indicator into view) from an edit.
        self._applying = True
        try:
            step()
        finally:
            self._applying = False

    def evidence_updated(self, indicator_id: str) -> None:
        self._evidence_counts = evidence.evidence_counts(self.ws)
        self.evidenceChanged.emit(indicator_id)

    def state_of(self, ind: Indicator) -> str:
        """The coordinator's outcome when there is one; lint: the evidence linter found a problem;
        else empty: nothing yet; answered: a level, no evidence; evidence: level and evidence;
        attention: something assessors would send back (no justification, or evidence without
        a level)."""
        review = self.reviews.get(ind.id)
        if review is not None and review[0] in icons.REVIEW_COLOURS:
            return review[0]
        if self.findings.get(ind.number):
            return icons.LINT
        answer = self._answers.get(ind.id)
        has_value = answer is not None and (
            answer.level is not None or answer.external_score is not None
        )
        files = self.evidence_count(ind.id)
        if not has_value:
            return icons.ATTENTION if files else icons.EMPTY
        if not (answer.note or "").strip():
            return icons.ATTENTION
        return icons.EVIDENCE if files else icons.ANSWERED

    def evidence_total(self) -> int:
        return sum(1 for n in self._evidence_counts.values() if n)

    # The coordinator's review and the evidence linter --------------------------------------------

    def _read_reviews(self) -> dict[str, tuple[str, str]]:
        try:
            return review_notes(self.ws)
        except sqlite3.Error:  # a workspace from before reviews existed, opened read-only
            return {}

    def reload_reviews(self) -> None:
        self.reviews = self._read_reviews()
        self.reviewsChanged.emit()

    def run_lint(self) -> None:
        """Check the evidence on a worker, through a read-only connection of its own so that
        the editing connection is never shared between threads."""
        if self._lint_task is not None and not self._lint_task.finished:
            self._lint_task.cancel()
        path = self.ws.path

        def work(progress, cancel) -> list[Finding]:
            with Workspace.open(path, read_only=True) as reader:
                return check_workspace(reader, cancel=cancel)

        self._lint_task = run_task(work, self.set_findings, lambda _exc: None)

    def set_findings(self, findings: list[Finding]) -> None:
        if self.ws.conn is None:  # closed while the linter ran
            return
        by_number: dict[int, list[Finding]] = {}
        for item in findings:
            if item.indicator is not None:
                by_number.setdefault(item.indicator, []).append(item)
        self.findings = by_number
        self.findingsChanged.emit()

    def close(self) -> None:
        self._lint_timer.stop()
        if self._lint_task is not None:
            self._lint_task.cancel()
        self.ws.close()
