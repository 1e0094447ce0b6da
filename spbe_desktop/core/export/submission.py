"""Exporting an OPD workspace as a signed submission package.

Order (so that the PDF can print what the package's manifest vouches for): evidence, audit log
and submission.json are written and hashed first; their manifest digest, the package id and the
key fingerprint go into the summary PDF; the PDF is then added as the last payload file, and the
manifest, tag manifest and signature cover everything, the PDF included.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe_desktop.core.bundle.schema import FORMAT_VERSION
from spbe_desktop.core.bundle.writer import PackageMeta, PackageWriter
from spbe_desktop.core.evidence.check import Finding, check_workspace
from spbe_desktop.core.evidence.store import EvidenceItem, iter_content, list_evidence
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

META_REVISION = "package_revision"
META_LAST_PACKAGE = "last_package_id"
_EXT = re.compile(r"[a-z0-9]{1,10}")


@dataclass
class ExportResult:
    path: Path
    package_id: str
    revision: int
    fingerprint: str
    payload_digest: str
    tagmanifest_sha256: str
    size: int
    findings: list[Finding]


def export_submission(
    ws: Workspace,
    out: str | Path,
    passphrase: str,
    *,
    lang: str = "id",
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> ExportResult:
    """Write, verify and move into place `out`; then count the revision in the workspace."""
    from spbe_desktop.core.keys import key_info, load_private_key
    from spbe_desktop.core.report.summary import PackageStamp, build_summary
    from spbe_desktop.core.workspace import audit

    ws.require_writable()
    private_key = load_private_key(ws, passphrase)  # a wrong passphrase fails before any writing
    fingerprint = key_info(ws).fingerprint
    findings = check_workspace(ws, cancel=cancel)
    revision = int(ws.meta(META_REVISION) or "0") + 1
    info = ws.info
    meta = PackageMeta(
        kind="submission",
        opd_id=ws.meta("opd_id") or info.workspace_id,  # the coordinator's id, when assigned
        opd_name=info.opd_name,
        period=info.period,
        instrument_id=info.instrument_id,
        instrument_sha256=info.instrument_sha256,
        revision=revision,
    )
    items = list_evidence(ws)
    paths = _evidence_paths(items)
    content_bytes = sum({i.sha256: i.size for i in items}.values())
    with PackageWriter(
        out, meta, progress=progress, cancel=cancel, total_bytes=2 * content_bytes
    ) as writer:
        for sha, path in paths.items():
            writer.add_stream(path, iter_content(ws, sha))
        writer.add_stream(
            "data/audit-log.jsonl", _audit_lines(audit.records(ws.conn)), compress=True
        )
        submission = submission_data(ws, meta, items, paths, findings)
        writer.add_bytes("data/submission.json", _json(submission))
        check_cancel(cancel)
        stamp = PackageStamp(
            package_id=meta.package_id,
            revision=revision,
            payload_digest=writer.payload_digest(),
            fingerprint=fingerprint,
            created_at=meta.created_at,
        )
        pdf = build_summary(ws, lang=lang, stamp=stamp, findings=findings)
        writer.add_bytes("data/summary.pdf", pdf, compress=False)
        writer.finish(private_key)
        # Counted before the file is moved into place: when the workspace cannot be written (a
        # full disk), no package is left that the workspace does not know of.
        with ws.transaction():
            ws.set_meta(META_REVISION, str(revision))
            ws.set_meta(META_LAST_PACKAGE, meta.package_id)
            ws.log(
                "package.exported",
                None,
                {"package_id": meta.package_id, "revision": revision, "fingerprint": fingerprint},
            )
        written = writer.commit()
    return ExportResult(
        path=written.path,
        package_id=meta.package_id,
        revision=revision,
        fingerprint=fingerprint,
        payload_digest=written.payload_digest,
        tagmanifest_sha256=written.tagmanifest_sha256,
        size=written.size,
        findings=findings,
    )


def submission_data(
    ws: Workspace,
    meta: PackageMeta,
    items: list[EvidenceItem],
    paths: dict[str, str],
    findings: list[Finding],
) -> dict[str, Any]:
    """data/submission.json: every indicator's answer with its evidence references."""
    from spbe_desktop.core.status import status_data

    answers = ws.answers()
    status = status_data(ws)
    # The coordinator's latest verdict per indicator (diterima / revisi / ditolak), if received.
    reviewed = dict(ws.conn.execute("SELECT indicator_id, status FROM review_notes"))
    by_indicator: dict[str, list[EvidenceItem]] = {}
    for item in items:
        by_indicator.setdefault(item.indicator_id, []).append(item)
    indicators = []
    for ind in ws.instrument.indicators:
        answer = answers.get(ind.id)
        indicators.append(
            {
                "id": ind.id,
                "number": ind.number,
                "level": None if answer is None else answer.level,
                "justification": "" if answer is None else answer.note,
                "external_score": (
                    None
                    if answer is None or answer.external_score is None
                    else str(answer.external_score)
                ),
                "service_name": None if answer is None else answer.slot_name,
                "review_status": reviewed.get(ind.id),
                "evidence": [
                    {
                        "sha256": item.sha256,
                        "name": item.original_name,
                        "size": item.size,
                        "level": item.level,
                        "media_type": item.media_type,
                        "path": paths[item.sha256],
                    }
                    for item in by_indicator.get(ind.id, [])
                ],
            }
        )
    return {
        "format": "spbe-submission",
        "format_version": FORMAT_VERSION,
        "package_id": meta.package_id,
        "opd": {"id": meta.opd_id, "name": meta.opd_name},
        "period": meta.period,
        "instrument": {"id": meta.instrument_id, "sha256": meta.instrument_sha256},
        "revision": meta.revision,
        "score": {
            "complete": status["complete"],
            "answered": status["answered"],
            "total": status["indicators_total"],
            "index": status["index_exact"],
            "index_display": status["index_display"],
            "provisional_display": status["provisional_display"],
            "predicate": status["predicate"],
        },
        "indicators": indicators,
        "evidence_check": [f.to_dict() for f in findings],
    }


def _evidence_paths(items: list[EvidenceItem]) -> dict[str, str]:
    """sha256 → `data/evidence/<sha256>.<ext>`: each content once, named by its first use."""
    paths: dict[str, str] = {}
    for item in items:
        if item.sha256 not in paths:
            ext = item.original_name.rsplit(".", 1)[-1].lower() if "." in item.original_name else ""
            paths[item.sha256] = (
                f"data/evidence/{item.sha256}.{ext if _EXT.fullmatch(ext) else 'bin'}"
            )
    return paths


def _audit_lines(records: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    from spbe_desktop.core.workspace.audit import canonical

    for record in records:
        yield (canonical(record) + "\n").encode("utf-8")


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
