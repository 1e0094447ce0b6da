"""Packages that go from the coordinator to an OPD, and what the OPD does with them.

An assignment tells an OPD which indicators it answers, by when, under which instrument (the pack
travels with it, so both sides score alike) and which key signs the coordinator's packages: the
OPD pins that key. A review carries, per indicator, diterima / revisi / ditolak with a note, and
doubles as the receipt of the submission it reviews.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.item_exchange import (
    assignment_items,
    assignment_retired,
    take_in_items,
    take_in_retired,
)
from spbe_desktop.core.instrument.pack import Instrument
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, no_progress
from spbe_desktop.core.keys import key_info, load_private_key, pin_key, trust_state
from spbe_desktop.core.targets import META_TARGET, set_targets
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .notes import review_notes as review_notes  # read on every open: kept light
from .store import Opd, reviews_of, set_assignment

if TYPE_CHECKING:  # the package modules load pydantic: imported where a package is handled
    from spbe_desktop.core.bundle.verify import VerifyResult
    from spbe_desktop.core.bundle.writer import WrittenPackage

COORDINATOR = "coordinator"  # the trusted-keys subject under which an OPD pins its coordinator
ASSIGNMENT_JSON = "assignment.json"
REVIEW_JSON = "review.json"


class ReceivedReview(NamedTuple):
    package_id: str
    submission_package: str | None
    items: int
    statuses: dict[str, int]


def _next_revision(ws: Workspace, kind: str, opd: Opd) -> int:
    row = ws.conn.execute(
        "SELECT MAX(revision) FROM packages WHERE kind = ? AND opd_id = ? AND direction = 'out'",
        (kind, opd.id),
    ).fetchone()
    return (row[0] or 0) + 1


def _write(
    ws: Workspace,
    kind: str,
    opd: Opd,
    payload: dict[str, Any],
    out: Path,
    passphrase: str,
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> WrittenPackage:
    if key_info(ws) is None:
        raise InputError(
            "Ruang kerja koordinator belum punya kunci penandatangan (spbe keygen).",
            "The coordinator workspace has no signing key yet (spbe keygen).",
            code="KEY_MISSING",
        )
    from spbe_desktop.core.bundle.writer import PackageMeta, PackageWriter

    private_key = load_private_key(ws, passphrase)
    meta = PackageMeta(
        kind=kind,
        opd_id=opd.id,
        opd_name=opd.name,
        period=ws.info.period,
        instrument_id=ws.instrument.id,
        instrument_sha256=ws.instrument.sha256,
        revision=_next_revision(ws, kind, opd),
        extra={"issuer": {"id": ws.info.workspace_id, "name": ws.info.opd_name}},
    )
    name = ASSIGNMENT_JSON if kind == "assignment" else REVIEW_JSON
    body = {"format": f"spbe-{kind}", "format_version": 1, "package_id": meta.package_id, **payload}
    with PackageWriter(out, meta, progress=progress, cancel=cancel) as writer:
        writer.add_bytes(name, (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode())
        written = writer.finish(private_key)
        with ws.transaction() as conn:
            conn.execute(
                "INSERT INTO packages VALUES (?, ?, 'out', ?, ?, ?, ?, ?, ?, ?)",
                (
                    meta.package_id,
                    kind,
                    opd.id,
                    meta.period,
                    meta.revision,
                    key_info(ws).fingerprint,
                    out.name,
                    written.tagmanifest_sha256,
                    now_utc(),
                ),
            )
            ws.log(f"{kind}.sent", None, {"opd": opd.id, "package": meta.package_id})
            written = writer.commit()
    return written


def write_assignment(
    ws: Workspace,
    opd: Opd,
    indicator_ids: Sequence[str],
    deadline: str | None,
    out: str | Path,
    passphrase: str,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> WrittenPackage:
    """The signed assignment for one OPD (all indicators when none are named)."""
    ids = [ws.instrument.indicator(ref).id for ref in indicator_ids] or [
        i.id for i in ws.instrument.indicators
    ]
    payload = {
        "pemda": ws.info.opd_name,
        "opd": {"id": opd.id, "name": opd.name},
        "period": ws.info.period,
        "indicators": ids,
        "deadline": deadline,
        "instrument_pack": ws.instrument.data,
        "instrument_sha256": ws.instrument.sha256,
        "target_index": ws.meta(META_TARGET) or None,
        "items": assignment_items(ws, ids),
        "retired_items": assignment_retired(ws, ids),
    }
    written = _write(ws, "assignment", opd, payload, Path(out), passphrase, progress, cancel)
    set_assignment(ws, opd, ids, deadline, written.package_json["package_id"])
    return written


def write_review(
    ws: Workspace,
    opd: Opd,
    out: str | Path,
    passphrase: str,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> WrittenPackage:
    """Receipt and review notes for the OPD's latest imported submission."""
    latest = ws.conn.execute(
        "SELECT package_id, revision, at FROM packages WHERE opd_id = ? AND kind = 'submission' "
        "AND direction = 'in' ORDER BY revision DESC LIMIT 1",
        (opd.id,),
    ).fetchone()
    if latest is None:
        raise InputError(
            f"Belum ada kiriman dari {opd.name} yang diimpor.",
            f"No submission from {opd.name} has been imported yet.",
            code="NO_SUBMISSION",
        )
    from spbe_desktop.core.assessment.exchange import review_payload, revision_notes

    reviews = reviews_of(ws, opd)
    sent_back = revision_notes(ws, opd.id)  # the assessors' revisi items, in words
    items = [
        {
            "indicator": ind.id,
            "number": ind.number,
            "status": reviews[ind.id][0] if ind.id in reviews else "revisi",
            "note": " · ".join(
                x for x in (reviews.get(ind.id, ("", ""))[1], sent_back.get(ind.id, "")) if x
            ),
        }
        for ind in ws.instrument.indicators
        if ind.id in reviews or ind.id in sent_back
    ]
    payload = {
        "pemda": ws.info.opd_name,
        "opd": {"id": opd.id, "name": opd.name},
        "submission": {"package_id": latest[0], "revision": latest[1], "received_at": latest[2]},
        "items": items,
        **review_payload(ws, opd.id),
    }
    return _write(ws, "review", opd, payload, Path(out), passphrase, progress, cancel)


# The OPD's side --------------------------------------------------------------------------------


def _verified(path: Path, kinds: tuple[str, ...], cancel: CancelFlag | None) -> VerifyResult:
    from spbe_desktop.core.bundle.verify import verify_package

    result = verify_package(path, cancel=cancel)
    if not result.valid:
        first = result.errors[0]
        raise InputError(first["message_id"], first["message_en"], code=first["code"])
    if result.kind not in kinds:
        raise InputError(
            f"Paket ini berisi {result.kind}, bukan {' / '.join(kinds)}.",
            f"This package holds a {result.kind}, not a {' / '.join(kinds)}.",
            code="WRONG_KIND",
        )
    return result


def _check_coordinator_key(ws: Workspace, result: VerifyResult) -> None:
    if trust_state(ws, COORDINATOR, result.signer_public_key) == "changed":
        raise InputError(
            "Paket ini ditandatangani kunci lain daripada kunci koordinator yang tercatat; "
            "hubungi Diskominfo sebelum menerimanya.",
            "This package is signed by another key than the coordinator key on record; contact "
            "the Diskominfo before accepting it.",
            code="KEY_CHANGED",
        )


def read_assignment(path: str | Path, cancel: CancelFlag | None = None) -> dict[str, Any]:
    from spbe_desktop.core.bundle.errors import bundle_error
    from spbe_desktop.core.bundle.verified import VerifiedPackage

    path = Path(path)
    result = _verified(path, ("assignment",), cancel)
    with VerifiedPackage(path, result) as package:
        data = package.read_json(ASSIGNMENT_JSON)
    if not isinstance(data, dict) or not isinstance(data.get("instrument_pack"), dict):
        raise bundle_error("JSON_INVALID", ASSIGNMENT_JSON)
    data["_verify"] = result
    return data


def workspace_from_assignment(ws_path: str | Path, package_path: str | Path) -> Workspace:
    """Create the OPD's workspace from an assignment, or update an existing one with it."""
    from spbe_desktop.core.instrument.schema import validate_pack_bytes

    data = read_assignment(package_path)
    result: VerifyResult = data["_verify"]
    pack = data["instrument_pack"]
    raw = json.dumps(pack, ensure_ascii=False).encode()
    instrument = Instrument.from_data(
        validate_pack_bytes(raw, "assignment"), data["instrument_sha256"]
    )
    ws_path = Path(ws_path)
    if ws_path.exists():
        ws = Workspace.open(ws_path)
        ws.require_writable()
        if ws.meta("opd_id") not in (None, data["opd"]["id"]):
            ws.close()
            raise InputError(
                "Penugasan ini untuk OPD lain.",
                "This assignment is for another OPD.",
                code="WRONG_OPD",
            )
    else:
        ws = Workspace.create(
            ws_path,
            opd_name=data["opd"]["name"],
            instrument=instrument,
            period=data["period"],
            extra_meta={"opd_id": data["opd"]["id"]},
        )
    try:
        _check_coordinator_key(ws, result)
        with ws.transaction():
            pin_key(ws, COORDINATOR, data.get("pemda") or "Koordinator", result.signer_public_key)
            ws.set_meta("opd_id", data["opd"]["id"])
            ws.set_meta("pemda", data.get("pemda") or "")
            ws.set_meta("assigned_indicators", ",".join(data.get("indicators") or []))
            ws.set_meta("deadline", data.get("deadline") or "")
            ws.set_meta("assignment_package", result.package_id)
            if data.get("target_index"):
                set_targets(ws, str(data["target_index"]))
            _take_in_items(ws, data, data.get("indicators") or [])
    except BaseException:
        ws.close()
        raise
    return ws


def _take_in_items(ws: Workspace, data: dict[str, Any], indicators: Any) -> None:
    """The coordinator's own items an assignment carries and the items it retired (assignments
    before items have none; before retirements travelled, nothing is retired or put back)."""
    from spbe_desktop.core.bundle.errors import bundle_error

    try:
        rows, retired = data.get("items") or [], data.get("retired_items")
        if not isinstance(rows, list) or not isinstance(indicators, list):
            raise TypeError
        take_in_items(ws, rows)
        if retired is not None:
            if not isinstance(retired, list):
                raise TypeError
            take_in_retired(ws, retired, [str(i) for i in indicators])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise bundle_error("JSON_INVALID", f"{ASSIGNMENT_JSON}: items") from None


def receive_review(ws: Workspace, path: str | Path) -> ReceivedReview:
    """Take in the coordinator's receipt/review: notes per indicator, submission received."""
    from spbe_desktop.core.assessment.exchange import take_in
    from spbe_desktop.core.bundle.errors import bundle_error
    from spbe_desktop.core.bundle.verified import VerifiedPackage

    path = Path(path)
    result = _verified(path, ("review", "receipt"), None)
    _check_coordinator_key(ws, result)
    opd_id = ws.meta("opd_id") or ws.info.workspace_id
    if result.opd_id != opd_id:
        raise InputError(
            "Tanda terima ini untuk OPD lain.",
            "This receipt is for another OPD.",
            code="WRONG_OPD",
        )
    with VerifiedPackage(path, result) as package:
        data = package.read_json(REVIEW_JSON)
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise bundle_error("JSON_INVALID", REVIEW_JSON)
    known = {i.id for i in ws.instrument.indicators}
    statuses: dict[str, int] = {}
    with ws.transaction() as conn:
        pin_key(ws, COORDINATOR, data.get("pemda") or "Koordinator", result.signer_public_key)
        conn.execute("DELETE FROM review_notes")
        for item in items:
            if not isinstance(item, dict) or item.get("indicator") not in known:
                continue
            status = str(item.get("status") or "")
            statuses[status] = statuses.get(status, 0) + 1
            conn.execute(
                "INSERT INTO review_notes VALUES (?, ?, ?, ?, ?)",
                (
                    item["indicator"],
                    status,
                    str(item.get("note") or ""),
                    result.package_id,
                    now_utc(),
                ),
            )
        take_in(ws, data, result.package_id)
        submission = (data.get("submission") or {}).get("package_id")
        ws.set_meta("received_submission", str(submission or ""))
        ws.set_meta("received_at", now_utc())
        ws.log("review.received", None, {"package": result.package_id, "items": len(items)})
    return ReceivedReview(result.package_id, submission, len(items), statuses)
