"""An OPD's answers: the level, justification, external score and service name per indicator.

The workspace's answer methods live here (mixed into `Workspace`): every changed field goes to the
audit log in the same transaction as the change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.instrument.pack import Indicator, Instrument
from spbe_desktop.core.instrument.scoring import Score, answer_value, score

from .audit import now_utc

_UNSET: Any = object()


class Answer(NamedTuple):
    """One indicator's answer. The names are the package's (submission.json) and `status
    --json`'s; the workspace file keeps its first column names (`note` holds the justification,
    `slot_name` the service name) so that every earlier workspace opens as it is."""

    indicator_id: str
    level: int | None
    external_score: Decimal | None
    justification: str
    service_name: str | None
    updated_at: str | None


class AnswersMixin:
    """Reading and changing answers; `Workspace` provides the connection and transactions."""

    conn: sqlite3.Connection
    instrument: Instrument

    def answers(self) -> dict[str, Answer]:
        rows = self.conn.execute(
            "SELECT indicator_id, level, external_score, note, slot_name, updated_at FROM answers"
        )
        return {r[0]: _answer(r) for r in rows}

    def answer(self, ref: str | int) -> Answer:
        ind = self.instrument.indicator(ref)
        row = self.conn.execute(
            "SELECT indicator_id, level, external_score, note, slot_name, updated_at "
            "FROM answers WHERE indicator_id = ?",
            (ind.id,),
        ).fetchone()
        return _answer(row) if row else Answer(ind.id, None, None, "", None, None)

    def set_answer(
        self,
        ref: str | int,
        *,
        level: int | None = _UNSET,
        justification: str = _UNSET,
        external_score: Decimal | None = _UNSET,
        service_name: str | None = _UNSET,
    ) -> Answer:
        """Change one answer's fields (those given); every changed field goes to the audit log."""
        ind = self.instrument.indicator(ref)
        if level is not _UNSET and level is not None:
            self.instrument.check_level(level)
        if external_score is not _UNSET and external_score is not None:
            _require_external(ind)
            ind.external.value_for(external_score)
        old = self.answer(ind.id)
        new = {
            "level": old.level if level is _UNSET else level,
            "justification": (
                old.justification if justification is _UNSET else (justification or "")
            ),
            "external_score": old.external_score if external_score is _UNSET else external_score,
            "service_name": (
                old.service_name if service_name is _UNSET else (service_name or None)
            ),
        }
        changes = {
            k: {"from": _plain(getattr(old, k)), "to": _plain(v)}
            for k, v in new.items()
            if getattr(old, k) != v
        }
        if not changes:
            return old
        stamp = now_utc()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO answers (indicator_id, level, external_score, note, slot_name, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(indicator_id) DO UPDATE SET "
                "level = excluded.level, external_score = excluded.external_score, "
                "note = excluded.note, slot_name = excluded.slot_name, "
                "updated_at = excluded.updated_at",
                (
                    ind.id,
                    new["level"],
                    None if new["external_score"] is None else str(new["external_score"]),
                    new["justification"],
                    new["service_name"],
                    stamp,
                ),
            )
            self.log("answer.changed", ind.id, changes)
        return self.answer(ind.id)

    def set_answers(self, rows: Iterable[dict[str, Any]]) -> int:
        """Apply many answers (dicts with `indicator` and any of the set_answer fields) at once:
        all of them or, on the first bad row, none."""
        count = 0
        with self.transaction():
            for row in rows:
                fields = {k: v for k, v in row.items() if k != "indicator"}
                self.set_answer(row["indicator"], **fields)
                count += 1
        return count

    def value_of(self, indicator: Indicator, answer: Answer) -> Decimal | None:
        """The value an indicator scores with: its level, or its converted external score."""
        return answer_value(indicator, answer.level, answer.external_score)

    def values(self, answers: dict[str, Answer] | None = None) -> dict[str, Decimal]:
        """Each answered indicator's value (from `answers` when the caller has read them)."""
        answers = self.answers() if answers is None else answers
        values = {}
        for ind in self.instrument.indicators:
            value = self.value_of(ind, answers[ind.id]) if ind.id in answers else None
            if value is not None:
                values[ind.id] = value
        return values

    def score(self) -> Score:
        return score(self.instrument, self.values())


def _answer(row: tuple) -> Answer:
    return Answer(
        indicator_id=row[0],
        level=row[1],
        external_score=None if row[2] is None else Decimal(row[2]),
        justification=row[3] or "",
        service_name=row[4],
        updated_at=row[5],
    )


def _require_external(ind: Indicator) -> None:
    if ind.external is None:
        raise InputError(
            f"Indikator {ind.number} tidak dinilai dari indeks instansi lain; isi levelnya.",
            f"Indicator {ind.number} is not valued from another agency's index; give its level.",
            code="NOT_EXTERNAL",
        )


def _plain(value: object) -> object:
    return str(value) if isinstance(value, Decimal) else value
