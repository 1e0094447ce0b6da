"""The coordinator workspace: the Pemda, its OPDs, owners, decisions, reviews, earlier results.

A coordinator workspace is an ordinary workspace file of kind `coordinator`: the `opd_name` meta
holds the Pemda's name. Every change goes through a transaction and into the audit log.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.figures import rounded
from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.core.workspace.workspace import Workspace, new_id, now_utc

from .consolidate import Consolidation, Decision, OpdAnswers, consolidate
from .profiles import record_earlier_profile

REVIEW_STATUSES = ("diterima", "revisi", "ditolak")


class Opd(NamedTuple):
    id: str
    name: str


class Assignment(NamedTuple):
    opd_id: str
    indicators: tuple[str, ...]
    deadline: str | None
    package_id: str | None


class SubmittedEvidence(NamedTuple):
    name: str
    level: int | None
    size: int
    sha256: str


class EarlierResult(NamedTuple):
    period: str
    index: Decimal
    predicate: str
    source: str


def create_coordinator(
    path: str | Path, *, pemda_name: str, instrument: Instrument, period: int | str
) -> Workspace:
    return Workspace.create(
        path, opd_name=pemda_name, instrument=instrument, period=period, kind="coordinator"
    )


def require_coordinator(ws: Workspace) -> None:
    if ws.info.kind != "coordinator":
        raise InputError(
            f"{ws.path.name} adalah ruang kerja OPD, bukan ruang kerja koordinator "
            "(buat dengan: spbe coord init).",
            f"{ws.path.name} is an OPD workspace, not a coordinator workspace "
            "(create one with: spbe coord init).",
            code="NOT_COORDINATOR",
        )


# OPDs -----------------------------------------------------------------------------------------


def list_opds(ws: Workspace) -> list[Opd]:
    return [Opd(*r) for r in ws.conn.execute("SELECT id, name FROM opds ORDER BY name")]


def find_opd(ws: Workspace, name_or_id: str) -> Opd | None:
    row = ws.conn.execute(
        "SELECT id, name FROM opds WHERE id = ? OR lower(name) = lower(?)",
        (name_or_id, name_or_id.strip()),
    ).fetchone()
    return Opd(*row) if row else None


def opd_named(ws: Workspace, name: str) -> Opd:
    opd = find_opd(ws, name)
    if opd is None:
        known = ", ".join(o.name for o in list_opds(ws)) or "-"
        raise InputError(
            f"OPD '{name}' belum terdaftar. Yang terdaftar: {known}.",
            f"OPD '{name}' is not registered. Registered: {known}.",
            code="UNKNOWN_OPD",
        )
    return opd


def add_opd(ws: Workspace, name: str, opd_id: str | None = None) -> Opd:
    """Register an OPD (or return it when the name is known already)."""
    require_coordinator(ws)
    name = " ".join(name.split())
    if not name:
        raise InputError("Nama OPD tidak boleh kosong.", "The OPD name must not be empty.")
    existing = find_opd(ws, opd_id or name) or find_opd(ws, name)
    if existing:
        return existing
    opd = Opd(opd_id or new_id(), name)
    with ws.transaction() as conn:
        conn.execute("INSERT INTO opds (id, name, created_at) VALUES (?, ?, ?)", (*opd, now_utc()))
        ws.log("opd.added", None, {"opd": opd.id, "name": opd.name})
    return opd


# Owners and assignments -----------------------------------------------------------------------


def owners(ws: Workspace) -> dict[str, str]:
    return dict(ws.conn.execute("SELECT indicator_id, opd_id FROM owners"))


def set_owner(ws: Workspace, indicator_ref: str | int, opd: Opd | None) -> None:
    ind = ws.instrument.indicator(indicator_ref)
    with ws.transaction() as conn:
        conn.execute("DELETE FROM owners WHERE indicator_id = ?", (ind.id,))
        if opd is not None:
            conn.execute("INSERT INTO owners VALUES (?, ?)", (ind.id, opd.id))
        ws.log("owner.set", ind.id, {"opd": None if opd is None else opd.id})


def set_assignment(
    ws: Workspace,
    opd: Opd,
    indicator_ids: list[str],
    deadline: str | None,
    package_id: str | None = None,
) -> Assignment:
    assignment = Assignment(opd.id, tuple(indicator_ids), deadline, package_id)
    with ws.transaction() as conn:
        conn.execute(
            "INSERT INTO assignments (opd_id, indicators, deadline, package_id, at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(opd_id) DO UPDATE SET "
            "indicators = excluded.indicators, deadline = excluded.deadline, "
            "package_id = excluded.package_id, at = excluded.at",
            (opd.id, ",".join(indicator_ids), deadline, package_id, now_utc()),
        )
        ws.log(
            "assignment.set",
            None,
            {"opd": opd.id, "indicators": indicator_ids, "deadline": deadline},
        )
    return assignment


def assignments(ws: Workspace) -> dict[str, Assignment]:
    rows = ws.conn.execute("SELECT opd_id, indicators, deadline, package_id FROM assignments")
    return {
        r[0]: Assignment(r[0], tuple(x for x in r[1].split(",") if x), r[2], r[3]) for r in rows
    }


# Decisions, reviews, earlier results ---------------------------------------------------------


def record_decision(ws: Workspace, indicator_ref: str | int, value: Decimal, reason: str) -> None:
    """The coordinator's value for an indicator where OPDs disagree (a reason is required)."""
    ind = ws.instrument.indicator(indicator_ref)
    if not reason.strip():
        raise InputError(
            "Tuliskan alasan keputusan.",
            "Write down the reason for the decision.",
            code="REASON_REQUIRED",
        )
    if not ws.instrument.level_min <= value <= ws.instrument.level_max:
        ws.instrument.check_level(int(value))
    with ws.transaction() as conn:
        conn.execute(
            "INSERT INTO decisions VALUES (?, ?, ?, ?) ON CONFLICT(indicator_id) DO UPDATE SET "
            "value = excluded.value, reason = excluded.reason, at = excluded.at",
            (ind.id, str(value), reason.strip(), now_utc()),
        )
        ws.log("decision.recorded", ind.id, {"value": str(value), "reason": reason.strip()})


def clear_decision(ws: Workspace, indicator_ref: str | int) -> None:
    ind = ws.instrument.indicator(indicator_ref)
    with ws.transaction() as conn:
        conn.execute("DELETE FROM decisions WHERE indicator_id = ?", (ind.id,))
        ws.log("decision.cleared", ind.id, {})


def decisions(ws: Workspace) -> dict[str, Decision]:
    rows = ws.conn.execute("SELECT indicator_id, value, reason FROM decisions")
    return {r[0]: Decision(Decimal(r[1]), r[2]) for r in rows}


def set_review(
    ws: Workspace, opd: Opd, indicator_ref: str | int, status: str, note: str = ""
) -> None:
    ind = ws.instrument.indicator(indicator_ref)
    if status not in REVIEW_STATUSES:
        raise InputError(
            f"Status '{status}' tidak dikenal: pilih diterima, revisi atau ditolak.",
            f"Unknown status '{status}': choose diterima, revisi or ditolak.",
            code="INPUT_INVALID",
        )
    with ws.transaction() as conn:
        conn.execute(
            "INSERT INTO reviews VALUES (?, ?, ?, ?, ?) ON CONFLICT(opd_id, indicator_id) "
            "DO UPDATE SET status = excluded.status, note = excluded.note, at = excluded.at",
            (opd.id, ind.id, status, note, now_utc()),
        )
        ws.log("review.set", ind.id, {"opd": opd.id, "status": status, "note": note})


def clear_review(ws: Workspace, opd: Opd, indicator_ref: str | int) -> None:
    """Take back a mark: the indicator is unreviewed again."""
    ind = ws.instrument.indicator(indicator_ref)
    with ws.transaction() as conn:
        conn.execute("DELETE FROM reviews WHERE opd_id = ? AND indicator_id = ?", (opd.id, ind.id))
        ws.log("review.cleared", ind.id, {"opd": opd.id})


def reviews_of(ws: Workspace, opd: Opd) -> dict[str, tuple[str, str]]:
    rows = ws.conn.execute(
        "SELECT indicator_id, status, note FROM reviews WHERE opd_id = ?", (opd.id,)
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def add_earlier_result(
    ws: Workspace,
    period: str,
    index: str | Decimal,
    source: str = "",
    predicate: str | None = None,
) -> EarlierResult:
    """A published figure of an earlier period (typed in, or read from an older workspace)."""
    try:
        value = Decimal(str(index).replace(",", "."))
    except InvalidOperation as exc:
        raise InputError(
            f"Indeks '{index}' bukan angka.",
            f"Index '{index}' is not a number.",
            code="INPUT_INVALID",
        ) from exc
    # A typed-in figure is read with this period's bands unless its own predicate is known.
    predicate = predicate or ws.instrument.predicate_for(value).name
    with ws.transaction() as conn:
        conn.execute(
            "INSERT INTO earlier_results VALUES (?, ?, ?, ?) ON CONFLICT(period) DO UPDATE SET "
            "index_value = excluded.index_value, predicate = excluded.predicate, "
            "source = excluded.source",
            (str(period), str(value), predicate, source),
        )
        ws.log("earlier_result.set", None, {"period": str(period), "index": str(value)})
    return EarlierResult(str(period), value, predicate, source)


def earlier_from_workspace(ws: Workspace, path: str | Path) -> EarlierResult:
    """The consolidated index of an earlier period, read from that period's coordinator
    workspace (which is opened read-only and left as it was)."""
    with Workspace.open(path, read_only=True) as old:
        return earlier_from(ws, old, Path(path).name)


def earlier_from(ws: Workspace, old: Workspace, name: str) -> EarlierResult:
    """Record the consolidated index, the aspect and domain figures and each OPD's index of
    `old` (an earlier period's coordinator workspace, open) as an earlier result of `ws`."""
    require_coordinator(old)
    if old.info.period == ws.info.period:
        raise InputError(
            f"{name} adalah periode yang sama ({old.info.period}).",
            f"{name} is the same period ({old.info.period}).",
            code="SAME_PERIOD",
        )
    old_result = consolidation(old)
    score = old_result.score
    opd_indices = [
        (r.opd_id, r.name, rounded(r.index, old.instrument.decimals))
        for r in old_result.ranking
        if r.index is not None
    ]
    shown = score.index if score.index is not None else score.provisional_index
    if shown is None:
        raise InputError(
            f"{name} belum memiliki indeks.",
            f"{name} has no index yet.",
            code="NO_INDEX",
        )
    value = Decimal(score.display(shown))
    predicate = old.instrument.predicate_for(value).name  # by that period's own bands
    period, source = old.info.period, f"{name} ({old.instrument.id})"
    with ws.transaction():
        record_earlier_profile(ws, period, score, opd_indices)
        return add_earlier_result(ws, period, value, source, predicate)


def earlier_results(ws: Workspace) -> list[EarlierResult]:
    rows = ws.conn.execute(
        "SELECT period, index_value, predicate, source FROM earlier_results ORDER BY period"
    )
    return [EarlierResult(r[0], Decimal(r[1]), r[2], r[3]) for r in rows]


# What an OPD submitted --------------------------------------------------------------------------


def submitted_evidence(ws: Workspace, opd_id: str, indicator_id: str) -> list[SubmittedEvidence]:
    """The evidence an OPD's latest imported submission holds for one indicator."""
    rows = ws.conn.execute(
        "SELECT e.original_name, e.level, e.size, b.sha256 FROM submitted_evidence e "
        "JOIN blobs b ON b.id = e.blob_id WHERE e.opd_id = ? AND e.indicator_id = ? ORDER BY e.id",
        (opd_id, indicator_id),
    )
    return [SubmittedEvidence(*r) for r in rows]


def submitted_justification(ws: Workspace, opd_id: str, indicator_id: str) -> str:
    """The OPD's justification for one indicator, as submitted."""
    row = ws.conn.execute(
        "SELECT note FROM submitted_answers WHERE opd_id = ? AND indicator_id = ?",
        (opd_id, indicator_id),
    ).fetchone()
    return (row[0] or "") if row else ""


# Consolidated view -----------------------------------------------------------------------------


def opd_answers(ws: Workspace) -> list[OpdAnswers]:
    values: dict[str, dict[str, Decimal]] = {}
    for opd_id, ind_id, value in ws.conn.execute(
        "SELECT opd_id, indicator_id, value FROM submitted_answers WHERE value IS NOT NULL"
    ):
        values.setdefault(opd_id, {})[ind_id] = Decimal(value)
    return [OpdAnswers(o.id, o.name, values.get(o.id, {})) for o in list_opds(ws)]


def consolidation(ws: Workspace) -> Consolidation:
    require_coordinator(ws)
    assigned = {k: set(a.indicators) for k, a in assignments(ws).items() if a.indicators}
    return consolidate(ws.instrument, opd_answers(ws), owners(ws), decisions(ws), assigned)
