"""The open workspace as the UI sees it: answer edits with undo, one change signal, and the
state of each indicator for the navigator. All writes go through the core."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from spbe_desktop.core.assessment.presence import has_verdicts
from spbe_desktop.core.coordinator.notes import review_notes
from spbe_desktop.core.evidence import store as evidence
from spbe_desktop.core.instrument.pack import Indicator
from spbe_desktop.core.instrument.scoring import Score
from spbe_desktop.core.workspace.workspace import Answer, Workspace

from . import i18n, icons
from .operations import ReadOp

if TYPE_CHECKING:
    from spbe_desktop.core.evidence.check import Finding

FIELDS = ("level", "justification", "service_name", "external_score")
LINT_DELAY_MS = 1500  # evidence often comes in bursts: check once after the last one


class Changes(NamedTuple):
    """What one change touched; the session emits it once and every view refreshes from it."""

    answers: frozenset[str] = frozenset()  # indicator ids whose answer changed
    evidence: frozenset[str] = frozenset()  # indicator ids whose evidence changed
    meta: bool = False  # workspace facts: revision, signatory, deadline, receipt
    reviews: bool = False  # the coordinator's notes
    findings: bool = False  # the evidence linter's findings
    undone: bool = False  # an undo or redo: its indicator comes into view

    @classmethod
    def of_answer(cls, indicator_id: str, undone: bool = False) -> Changes:
        return cls(answers=frozenset((indicator_id,)), undone=undone)

    @classmethod
    def of_evidence(cls, indicator_id: str) -> Changes:
        return cls(evidence=frozenset((indicator_id,)))

    def indicators(self) -> frozenset[str]:
        return self.answers | self.evidence

    def moves_score(self) -> bool:
        """Whether the progress, index or status line may read differently now."""
        return bool(self.answers or self.evidence or self.meta or self.reviews)


class AnswerChange(QUndoCommand):
    """One changed answer field. `redo()` writes it: pushing the command is what saves the edit."""

    def __init__(self, session: WorkspaceSession, indicator_id: str, field: str, old, new) -> None:
        label = QCoreApplication.translate("Session", "change of indicator {0}")
        super().__init__(label.format(session.ws.instrument.indicator(indicator_id).number))
        self.session = session
        self.indicator_id = indicator_id
        self.field = field
        self.old = old
        self.new = new
        self.pushed = False

    def redo(self) -> None:
        self._write(self.new, undone=self.pushed)
        self.pushed = True

    def undo(self) -> None:
        self._write(self.old, undone=True)

    def _write(self, value, undone: bool) -> None:
        # Qt calls these from C++: a failure is kept for the session to raise, and a command
        # that could not be written is dropped from the stack.
        try:
            self.session.write(self.indicator_id, self.field, value, undone)
        except Exception as exc:
            self.session.write_error = exc
            self.setObsolete(True)


class WorkspaceSession(QObject):
    changed = Signal(object)  # Changes: emitted once per change, after the caches are current

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.write_error: Exception | None = None
        self._answers: dict[str, Answer] = ws.answers()
        self._evidence_counts: dict[str, int] = evidence.evidence_counts(ws)
        self._score: Score | None = None
        self.reviews: dict[str, tuple[str, str]] = self._read_reviews()
        self.revisions: dict[str, list[str]] = self._read_revisions()
        self.findings: dict[int, list[Finding]] = {}
        self._lint: ReadOp | None = None
        self._lint_timer = QTimer(self, singleShot=True, interval=LINT_DELAY_MS)
        self._lint_timer.timeout.connect(self.run_lint)

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
        """Write one field now (autosave) as an undoable command. Raises SpbeError; the
        workspace and the undo stack are then as they were."""
        if isinstance(value, float):
            value = Decimal(str(value))
        old = getattr(self.answer(indicator_id), field)
        if old == value:
            return
        self._step(
            lambda: self.undo_stack.push(AnswerChange(self, indicator_id, field, old, value))
        )

    def write(self, indicator_id: str, field: str, value: Any, undone: bool = False) -> None:
        """The write behind an undo command (and only that: edits go through `change`)."""
        self.ws.set_answer(indicator_id, **{field: value})
        self.notify(Changes.of_answer(indicator_id, undone))

    def undo(self) -> None:
        self._step(self.undo_stack.undo)

    def redo(self) -> None:
        self._step(self.undo_stack.redo)

    def _step(self, step) -> None:
        self.write_error = None
        step()
        error, self.write_error = self.write_error, None
        if error is not None:
            raise error

    def notify(self, changes: Changes) -> None:
        """Bring the caches up to date with what a write changed, then tell the views, once."""
        for indicator_id in changes.answers:
            self._answers[indicator_id] = self.ws.answer(indicator_id)
        if changes.answers:
            self._score = None
        if changes.evidence:
            self._evidence_counts = evidence.evidence_counts(self.ws)
            self._lint_timer.start()
        if changes.reviews:
            self.reviews = self._read_reviews()
            self.revisions = self._read_revisions()
        self.changed.emit(changes)

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
        if not (answer.justification or "").strip():
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

    def _read_revisions(self) -> dict[str, list[str]]:
        """The items the assessors sent back, per indicator, in words."""
        if not has_verdicts(self.ws):
            return {}
        from spbe_desktop.core.assessment.exchange import revision_banner

        try:
            return revision_banner(self.ws, i18n.current_lang())
        except sqlite3.Error:  # a workspace from before verdicts existed, opened read-only
            return {}

    def run_lint_soon(self) -> None:
        """Check the evidence LINT_DELAY_MS from now: after opening, the window comes up first
        (the check imports the PDF libraries and reads every file on a worker)."""
        self._lint_timer.start()

    def run_lint(self) -> None:
        """Check the evidence on a worker (a read operation: its own read-only connection)."""
        if self._lint is not None:
            self._lint.cancel()

        def check(reader: Workspace, progress, cancel) -> list[Finding]:
            from spbe_desktop.core.evidence.check import check_workspace  # pypdf: on the worker

            return check_workspace(reader, cancel=cancel)

        lint = ReadOp(None, self.ws.path, check).success(self.set_findings)
        lint.failure(lambda _exc: None).finished(lambda: self._lint_ended(lint))
        self._lint = lint
        lint.run()

    def _lint_ended(self, lint: ReadOp) -> None:
        if self._lint is lint:
            self._lint = None

    def set_findings(self, findings: list[Finding]) -> None:
        if self.ws.conn is None:  # closed while the linter ran
            return
        by_number: dict[int, list[Finding]] = {}
        for item in findings:
            if item.indicator is not None:
                by_number.setdefault(item.indicator, []).append(item)
        self.findings = by_number
        self.changed.emit(Changes(findings=True))

    def close(self) -> None:
        self._lint_timer.stop()
        if self._lint is not None:
            self._lint.cancel()
        self.ws.close()
