"""The last verify stage: the payload JSON against its schema, and agreeing with the package.

For a submission: submission.json (answers, evidence refs, linter findings), the hash-chained
audit log and the summary PDF. Other kinds (assignment, receipt, review) carry JSON files whose
detailed shape belongs to the coordinator; here they must at least be sound, bounded JSON.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import Any

from spbe_desktop.core.hashchain import first_broken

from .errors import problem
from .limits import Limits
from .result import BagView, Stop, VerifyResult, fail, parse_json
from .safejson import JsonProblem, check_bounds, loads_bounded, may_hold_constants
from .schema import AuditRecord, NotJson, SubmissionJson, validate, validate_json
from .zipcheck import ZipProblem, iter_member, read_small

SUBMISSION = "data/submission.json"
AUDIT_LOG = "data/audit-log.jsonl"
SUMMARY = "data/summary.pdf"
EVIDENCE_PREFIX = "data/evidence/"


def check_content(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    package: dict[str, Any],
    view: BagView,
    result: VerifyResult,
    limits: Limits,
) -> None:
    checked: tuple[dict[str, Any] | None, str] = (None, "")  # submission.json, by its schema
    for name in sorted(view.entries):
        if name.endswith(".json"):
            raw = view.json_files.get(name)
            if raw is None:  # too large (refused here) or hashed later by the caller
                raw = read_small(archive, members[name], limits.max_json_bytes)
            if name == SUBMISSION and package["kind"] == "submission":
                checked = _parse_submission(raw, result, limits)
            else:
                parse_json(raw, name, result, limits)  # every JSON file must be sound JSON
    if package["kind"] != "submission":
        return
    for name in (SUBMISSION, AUDIT_LOG, SUMMARY):
        if name not in view.entries:
            raise fail(result, "BAG_MISSING_FILE", name)
    submission, why = checked
    if submission is None:
        raise fail(result, "JSON_INVALID", f"submission.json: {why}")
    for field in ("package_id", "opd", "period", "instrument", "revision"):
        if submission[field] != package[field]:
            raise fail(result, "METADATA_INCONSISTENT", f"submission.json {field}")
    referenced: set[str] = set()
    for indicator in submission["indicators"]:
        for ref in indicator["evidence"]:
            path = ref["path"]
            if (
                not path.startswith(EVIDENCE_PREFIX + ref["sha256"])
                or view.entries.get(path) != ref["sha256"]
                or members[path].file_size != ref["size"]
            ):
                raise fail(result, "METADATA_INCONSISTENT", f"evidence {ref['name']}")
            referenced.add(path)
    for name in view.entries:
        if name.startswith(EVIDENCE_PREFIX) and name not in referenced:
            raise fail(result, "METADATA_INCONSISTENT", f"{name} not referenced")
    _check_audit_log(archive, members[AUDIT_LOG], result, limits, fail, Stop)
    head = next(iter_member(archive, members[SUMMARY]), b"")
    if not head.startswith(b"%PDF-"):
        raise fail(result, "JSON_INVALID", "summary.pdf is not a PDF")
    result.submission = submission


def _parse_submission(
    raw: bytes, result: VerifyResult, limits: Limits
) -> tuple[dict[str, Any] | None, str]:
    """submission.json parsed and checked against its schema in one pass: (the checked object,
    "") or (None, the schema problem, reported after the files' presence as before). Text that
    may hold NaN or Infinity is parsed by `parse_json`, which refuses them."""
    if may_hold_constants(raw):
        return validate(SubmissionJson, parse_json(raw, SUBMISSION, result, limits))
    try:
        check_bounds(
            raw, SUBMISSION, max_bytes=limits.max_json_bytes, max_depth=limits.max_json_depth
        )
        return validate_json(SubmissionJson, raw)
    except JsonProblem as exc:
        raise fail(result, exc.code, exc.detail) from None
    except NotJson:
        raise fail(result, "JSON_INVALID", SUBMISSION) from None


def _check_audit_log(archive, info, result, limits: Limits, fail, stop_type) -> None:
    if info.file_size > limits.max_audit_bytes:
        raise fail(result, "JSON_TOO_LARGE", info.filename)
    problems: list[dict[str, str]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for number, line in enumerate(_lines(archive, info, limits), start=1):
            try:
                data = loads_bounded(
                    line,
                    f"audit-log.jsonl:{number}",
                    max_bytes=limits.max_audit_line_bytes,
                    max_depth=limits.max_json_depth,
                )
            except JsonProblem as exc:
                problems.append(problem(exc.code, exc.detail))
                return
            record, why = validate(AuditRecord, data)
            if record is None:
                problems.append(problem("JSON_INVALID", f"audit-log.jsonl:{number}: {why}"))
                return
            yield data

    broken = first_broken(rows())
    if problems:
        result.errors.extend(problems)
        raise stop_type()
    if broken is not None:
        raise fail(result, "AUDIT_CHAIN_BROKEN", broken + 1)


def _lines(archive, info, limits: Limits) -> Iterator[bytes]:
    """Lines of a JSONL member, each bounded (a line with no end is refused, not buffered)."""
    pending = b""
    for chunk in iter_member(archive, info):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            if line.strip():
                yield line
        if len(pending) > limits.max_audit_line_bytes:
            raise ZipProblem("JSON_TOO_LARGE", f"{info.filename}: line too long")
    if pending.strip():
        yield pending
