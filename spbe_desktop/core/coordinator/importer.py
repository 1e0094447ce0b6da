"""Importing OPD submissions into the coordinator workspace.

Each package is verified completely before anything is stored, then stored under its own
savepoint: a hostile, tampered or out-of-order package leaves the workspace exactly as it was.
The packages of one run are committed together (one durable write, not one per package), so a
crash leaves the workspace as it was before the run or with every accepted package in it. Keys are
trusted on first use only when the person confirmed the fingerprint; a changed key for a known
OPD is refused until it is accepted with a reason. A package id is imported once, and a revision
older than the newest one imported for that OPD is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.bundle.verified import VerifiedPackage
from spbe_desktop.core.bundle.verify import VerifyResult, verify_package
from spbe_desktop.core.errors import Cancelled, SpbeError
from spbe_desktop.core.evidence.content import StoredContent, drop_content_if_unused, store_content
from spbe_desktop.core.evidence.store import guess_media_type
from spbe_desktop.core.instrument.pack import Indicator
from spbe_desktop.core.instrument.scoring import answer_value
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.keys import pin_key
from spbe_desktop.core.workspace.early_flush import flushing_early
from spbe_desktop.core.workspace.sqlite_file import storage_error
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .hash_lanes import HashLanes
from .import_checks import (
    ConfirmKey,
    already_imported,
    check_fits,
    check_left_hashes,
    check_revision,
    check_trust,
)
from .refusals import ImportRefused
from .store import add_opd, find_opd, require_coordinator
from .submitted_items import placement, store_submitted_items


class ImportOutcome(NamedTuple):
    path: str
    status: str  # imported | already | rejected
    errors: tuple[dict[str, str], ...]
    opd: str | None
    revision: int | None
    package_id: str | None
    fingerprint: str | None


class _NothingStored(Exception):
    """No package of the run was stored: its transaction is rolled back, not committed."""


def import_packages(
    ws: Workspace,
    paths: Sequence[str | Path],
    *,
    trust_new_keys: bool = False,
    confirm_new_key: ConfirmKey | None = None,
    accept_changed_keys: Mapping[str, str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> list[ImportOutcome]:
    """Import submissions one by one; each is all-or-nothing. `accept_changed_keys` maps an
    OPD name to the reason for accepting its new key. Cancelling keeps the packages imported
    before it; a full disk keeps none of this run's."""
    require_coordinator(ws)
    ws.require_writable()
    outcomes: list[ImportOutcome] = []
    sizes = [_size(p) for p in paths]
    total = sum(sizes) or 1  # each package is read once: verified and stored in one pass
    cancelled = None
    try:
        with ws.transaction(), HashLanes() as lanes, flushing_early(ws.path.parent):
            try:
                _import_each(
                    ws,
                    lanes,
                    paths,
                    sizes,
                    total,
                    outcomes,
                    trust_new_keys,
                    confirm_new_key,
                    accept_changed_keys,
                    progress,
                    cancel,
                )
            except Cancelled as exc:
                cancelled = exc  # the packages before it are committed, as if each were alone
            if not any(o.status == "imported" for o in outcomes):
                raise _NothingStored()  # the file stays byte for byte as it was
    except _NothingStored:
        pass
    if cancelled is not None:
        raise cancelled
    progress(total, total, "")
    return outcomes


def _import_each(
    ws: Workspace,
    lanes: HashLanes,
    paths: Sequence[str | Path],
    sizes: Sequence[int],
    total: int,
    outcomes: list[ImportOutcome],
    trust_new_keys: bool,
    confirm_new_key: ConfirmKey | None,
    accept_changed_keys: Mapping[str, str] | None,
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> None:
    base = 0
    # Each package is verified just before it is stored, on this thread. Verifying the next one
    # on a thread of its own while this one is stored was slower on two cores: its JSON and
    # schema checks hold Python's lock for long stretches that the storing then waits out.
    for path, size in zip(paths, sizes, strict=True):
        check_cancel(cancel)
        result = _verify(Path(path), cancel)

        def relay(done: int, _total: int, message: str, base: int = base) -> None:
            progress(min(base + done, total), total, message)

        outcomes.append(
            import_one(
                ws,
                Path(path),
                result,
                lanes=lanes,
                trust_new_keys=trust_new_keys,
                confirm_new_key=confirm_new_key,
                accept_changed_keys=accept_changed_keys or {},
                progress=relay,
                cancel=cancel,
            )
        )
        base += size


def _verify(path: Path, cancel: CancelFlag | None) -> VerifyResult:
    # Evidence is hashed while it is stored (below), not read a first time just to hash it.
    return verify_package(path, cancel=cancel, hash_later=_is_evidence)


def import_one(
    ws: Workspace,
    path: Path,
    result: VerifyResult,
    *,
    lanes: HashLanes,
    trust_new_keys: bool,
    confirm_new_key: ConfirmKey | None,
    accept_changed_keys: Mapping[str, str],
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> ImportOutcome:
    """Store one package that `_verify` checked (`result`), or say why it is refused."""

    def outcome(status: str, errors: Sequence[dict[str, str]] = ()) -> ImportOutcome:
        return ImportOutcome(
            str(path),
            status,
            tuple(errors),
            result.opd,
            result.revision,
            result.package_id,
            result.signer_fingerprint,
        )

    if not result.valid:
        return outcome("rejected", result.errors)
    try:
        check_fits(ws, result)
        with VerifiedPackage(path, result) as package:
            if already_imported(ws, result.package_id):
                check_left_hashes(package)
                return outcome("already")
            opd = find_opd(ws, result.opd_id or "") or find_opd(ws, result.opd or "")
            subject = opd.id if opd else result.opd_id
            check_trust(ws, subject, result, trust_new_keys, confirm_new_key, accept_changed_keys)
            if opd is not None:
                check_revision(ws, opd, result)
            # Checked by verify, from the bytes that matched the manifest: not read again.
            submission = result.submission
            _store(ws, submission, package, subject, accept_changed_keys, lanes, progress, cancel)
    except ImportRefused as refused:
        return outcome("rejected", [refused.entry])
    except SpbeError as exc:
        if exc.code in ("CANCELLED", "DISK_FULL") or not ws.conn.in_transaction:
            raise  # not a verdict on the package (or the run's transaction ended): stop here
        return outcome(
            "rejected",
            [{"code": exc.code, "message_id": exc.message_id, "message_en": exc.message_en}],
        )
    return outcome("imported")


def _is_evidence(name: str) -> bool:
    return name.startswith("data/evidence/")


def _store(
    ws: Workspace,
    submission: dict[str, Any],
    package: VerifiedPackage,
    subject: str,
    accept_changed_keys: Mapping[str, str],
    lanes: HashLanes,
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> None:
    """One transaction: the OPD and its key, its answers and evidence replacing the ones it
    sent before, and the package on record. Evidence is hashed as it is written (on the hash
    lanes); a file that does not match the signed manifest rolls all of it back."""
    result = package.result
    known = {i.id for i in ws.instrument.indicators}
    unknown = [e["id"] for e in submission["indicators"] if e["id"] not in known]
    if unknown:
        raise ImportRefused("UNKNOWN_INDICATOR", ", ".join(unknown[:5]))
    with ws.transaction() as conn, _alone(conn):
        opd = add_opd(ws, result.opd, opd_id=subject)
        reason = accept_changed_keys.get(result.opd, "")
        pin_key(ws, opd.id, opd.name, result.signer_public_key, reason=reason)
        replaced = {
            r[0]
            for r in conn.execute(
                "SELECT blob_id FROM submitted_evidence WHERE opd_id = ?", (opd.id,)
            )
        }
        conn.execute("DELETE FROM submitted_answers WHERE opd_id = ?", (opd.id,))
        conn.execute("DELETE FROM submitted_evidence WHERE opd_id = ?", (opd.id,))
        _store_answers(ws, opd.id, submission, result.package_id)
        try:
            _store_evidence(ws, opd.id, submission, package, lanes, progress, cancel)
            store_submitted_items(ws, opd.id, submission)
            for blob_id in replaced:
                drop_content_if_unused(ws, blob_id)
            _record(ws, opd.id, package)
        finally:
            mismatched = lanes.mismatches()  # every evidence byte hashed before any of it counts
        if mismatched:
            raise ImportRefused("BAG_HASH_MISMATCH", mismatched[0])


@contextmanager
def _alone(conn: sqlite3.Connection) -> Iterator[None]:
    """One package's writes inside the run's transaction: kept together or undone together."""
    conn.execute("SAVEPOINT package")
    try:
        yield
    except BaseException as exc:
        if conn.in_transaction:  # a full disk may have ended the whole transaction already
            try:
                conn.execute("ROLLBACK TO package")
                conn.execute("RELEASE package")
            except sqlite3.Error:
                pass  # the run's transaction rolls back as a whole
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc) from exc
        raise
    conn.execute("RELEASE package")


def _store_answers(ws: Workspace, opd_id: str, submission: dict[str, Any], package_id: str):
    rows = []
    indicators = {i.id: i for i in ws.instrument.indicators}  # the ids are known (_store)
    for entry in submission["indicators"]:
        level, score = entry["level"], entry["external_score"]
        value = _value(ws, indicators[entry["id"]], level, score)
        rows.append(
            (
                opd_id,
                entry["id"],
                level,
                score,
                None if value is None else str(value),
                entry["justification"],
                entry["service_name"],
                package_id,
            )
        )
    ws.conn.executemany("INSERT INTO submitted_answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _store_evidence(
    ws: Workspace,
    opd_id: str,
    submission: dict[str, Any],
    package: VerifiedPackage,
    lanes: HashLanes,
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> None:
    """Every evidence file read once from the package: stored (unless the same content is
    stored already) while a hash lane hashes it, for `_store` to compare with the manifest."""
    total = package.result.payload_bytes or 1
    done = 0
    stored: dict[str, StoredContent] = {}  # path → content, each file read once
    for entry in submission["indicators"]:
        for ref in entry["evidence"]:
            check_cancel(cancel)
            path, name = ref["path"], ref["name"]
            if path not in stored:
                expected = package.entries[path]
                feed = lanes.open(path, expected)
                stored[path] = store_content(
                    ws,
                    package.iter_unhashed(path, buffer=lanes.buffer),
                    expected_sha256=expected,
                    cancel=cancel,
                    hash_into=feed,
                )
                feed.close()
                done += ref["size"]
                progress(min(done, total), total, name)
            blob, media_type = stored[path], ref["media_type"] or guess_media_type(name)
            rest = (blob.size, package.result.package_id, *placement(ref))
            ws.conn.execute(
                "INSERT INTO submitted_evidence (opd_id, indicator_id, level, blob_id, "
                "original_name, media_type, size, package_id, item, document_date) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (opd_id, entry["id"], ref["level"], blob.id, name, media_type, *rest),
            )


def _record(ws: Workspace, opd_id: str, package: VerifiedPackage) -> None:
    result = package.result
    ws.conn.execute(
        "INSERT INTO packages VALUES (?, 'submission', 'in', ?, ?, ?, ?, ?, ?, ?)",
        (
            result.package_id,
            opd_id,
            result.period,
            result.revision,
            result.signer_fingerprint,
            package.path.name,
            result.tagmanifest_sha256,
            now_utc(),
        ),
    )
    ws.log(
        "submission.imported",
        None,
        {
            "opd": opd_id,
            "package": result.package_id,
            "revision": result.revision,
            "fingerprint": result.signer_fingerprint,
        },
    )


def _value(ws: Workspace, ind: Indicator, level: int | None, score: str | None) -> Decimal | None:
    """The submitted answer's value by the workspace's own rule (answer_value), its level and
    score checked first: a package is not trusted to stay within the instrument."""
    if level is not None:
        ws.instrument.check_level(level)
    try:
        external = None if score is None else Decimal(score)
    except ArithmeticError:
        raise ImportRefused("JSON_INVALID_SUBMISSION", f"{ind.id}: external_score") from None
    return answer_value(ind, level, external)


def _size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
