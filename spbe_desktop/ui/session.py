"""The open workspace as the UI sees it: answer edits with undo, change notifications, and the
state of each indicator for the navigator. All writes go through the core."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import evidence
from ..core.instrument import Indicator
from ..core.scoring import Score
from ..core.workspace import Answer, Workspace
from . import icons

FIELDS = ("level", "note", "slot_name", "external_score")


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

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self._answers: dict[str, Answer] = ws.answers()
        self._evidence_counts: dict[str, int] = evidence.evidence_counts(ws)
        self._score: Score | None = None
        self._applying = False

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
        """empty: nothing yet; answered: a level, no evidence; evidence: level and evidence;
        attention: something assessors would send back (no justification, or evidence without
        a level)."""
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

    def close(self) -> None:
        self.ws.close()
