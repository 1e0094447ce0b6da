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
from typing import TYPE_CHECKING, Any

from spbe_desktop.core.bundle.schema import FORMAT_VERSION
from spbe_desktop.core.bundle.writer import PackageMeta, PackageWriter, WrittenPackage
from spbe_desktop.core.evidence.check import EvidenceCheck, Finding, check_snapshot
from spbe_desktop.core.evidence.content import iter_content
from spbe_desktop.core.evidence.store import EvidenceItem
from spbe_desktop.core.evidence.support import counts_of, support_of
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.snapshot import META_REVISION, Snapshot, read_snapshot
from spbe_desktop.core.workspace.workspace import Workspace

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = ["META_LAST_PACKAGE", "META_REVISION", "ExportResult", "export_submission"]

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
    signing: str | Ed25519PrivateKey,
    *,
    lang: str = "id",
    check: EvidenceCheck | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> ExportResult:
    """Write, verify and move into place `out`; then count the revision in the workspace.

    `signing` is the passphrase, or the key already unlocked with it (the key is derived from a
    passphrase once per export). `check` is the evidence check the person has seen: its findings
    go into the package as long as the answers and evidence it checked are still the same, and
    the check runs again only when they are not.
    """
    from spbe_desktop.core.keys import check_key, load_private_key

    ws.require_writable()
    # A wrong passphrase fails before any writing.
    key = load_private_key(ws, signing) if isinstance(signing, str) else check_key(ws, signing)
    snapshot = read_snapshot(ws)
    if check is None or not check.holds_for(snapshot):
        check = check_snapshot(ws, snapshot, cancel=cancel)
    findings = list(check.findings)
    meta = PackageMeta(
        kind="submission",
        opd_id=snapshot.opd_id,  # the coordinator's id, when assigned
        opd_name=snapshot.info.opd_name,
        period=snapshot.info.period,
        instrument_id=snapshot.info.instrument_id,
        instrument_sha256=snapshot.info.instrument_sha256,
        revision=snapshot.revision + 1,
    )
    written = _write(ws, out, snapshot, meta, key, findings, lang, progress, cancel)
    return ExportResult(
        path=written.path,
        package_id=meta.package_id,
        revision=meta.revision,
        fingerprint=snapshot.key.fingerprint,
        payload_digest=written.payload_digest,
        tagmanifest_sha256=written.tagmanifest_sha256,
        size=written.size,
        findings=findings,
    )


def _write(
    ws: Workspace,
    out: str | Path,
    snapshot: Snapshot,
    meta: PackageMeta,
    key: Ed25519PrivateKey,
    findings: list[Finding],
    lang: str,
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> WrittenPackage:
    """The package file: evidence, audit log and submission.json, then the summary PDF that
    prints their digest, then the signature over all of it."""
    from spbe_desktop.core.report.summary import PackageStamp, build_summary
    from spbe_desktop.core.workspace import audit

    paths = _evidence_paths(snapshot.evidence)
    content_bytes = sum({i.sha256: i.size for i in snapshot.evidence}.values())
    with PackageWriter(
        out, meta, progress=progress, cancel=cancel, total_bytes=2 * content_bytes
    ) as writer:
        for sha, path in paths.items():
            writer.add_stream(path, iter_content(ws, sha))
        records = audit.records(ws.conn, up_to=snapshot.audit_head)
        writer.add_stream("data/audit-log.jsonl", _audit_lines(records), compress=True)
        submission = submission_data(snapshot, meta, paths, findings)
        writer.add_bytes("data/submission.json", _json(submission))
        check_cancel(cancel)
        stamp = PackageStamp(
            package_id=meta.package_id,
            revision=meta.revision,
            payload_digest=writer.payload_digest(),
            fingerprint=snapshot.key.fingerprint,
            created_at=meta.created_at,
        )
        pdf = build_summary(snapshot, lang=lang, stamp=stamp, findings=findings)
        writer.add_bytes("data/summary.pdf", pdf, compress=False)
        writer.finish(key)
        # Counted before the file is moved into place: when the workspace cannot be written (a
        # full disk), no package is left that the workspace does not know of.
        _count_revision(ws, meta, snapshot.key.fingerprint)
        return writer.commit()


def _count_revision(ws: Workspace, meta: PackageMeta, fingerprint: str) -> None:
    with ws.transaction():
        ws.set_meta(META_REVISION, str(meta.revision))
        ws.set_meta(META_LAST_PACKAGE, meta.package_id)
        ws.log(
            "package.exported",
            None,
            {"package_id": meta.package_id, "revision": meta.revision, "fingerprint": fingerprint},
        )


def submission_data(
    snapshot: Snapshot,
    meta: PackageMeta,
    paths: dict[str, str],
    findings: list[Finding],
) -> dict[str, Any]:
    """data/submission.json: every indicator's answer with its evidence references."""
    by_indicator: dict[str, list[EvidenceItem]] = {}
    for item in snapshot.evidence:
        by_indicator.setdefault(item.indicator_id, []).append(item)
    support = support_of(
        snapshot.instrument, snapshot.items, counts_of(snapshot.evidence), snapshot.values
    )
    indicators = []
    for ind in snapshot.instrument.indicators:
        answer = snapshot.answers.get(ind.id)
        indicators.append(
            {
                "id": ind.id,
                "number": ind.number,
                "level": None if answer is None else answer.level,
                "justification": "" if answer is None else answer.justification,
                "external_score": (
                    None
                    if answer is None or answer.external_score is None
                    else str(answer.external_score)
                ),
                "service_name": None if answer is None else answer.service_name,
                # The coordinator's latest verdict (diterima / revisi / ditolak), if received.
                "review_status": snapshot.reviews.get(ind.id),
                "evidence": [
                    {
                        "sha256": item.sha256,
                        "name": item.original_name,
                        "size": item.size,
                        "level": item.level,
                        "media_type": item.media_type,
                        "path": paths[item.sha256],
                        "item": item.item,
                        "document_date": item.document_date,
                    }
                    for item in by_indicator.get(ind.id, [])
                ],
                "items": item_entries(snapshot, ind.id),
                "supported_level": _plain(support.values.get(ind.id))
                if ind.external is not None
                else support.indicators[ind.id].level,
            }
        )
    result = snapshot.score
    return {
        "format": "spbe-submission",
        "format_version": FORMAT_VERSION,
        "package_id": meta.package_id,
        "opd": {"id": meta.opd_id, "name": meta.opd_name},
        "period": meta.period,
        "instrument": {"id": meta.instrument_id, "sha256": meta.instrument_sha256},
        "revision": meta.revision,
        "score": {
            "complete": result.complete,
            "answered": result.answered,
            "total": result.total,
            "index": None if result.index is None else str(result.index),
            "index_display": result.index_display,
            "provisional_display": result.display(result.provisional_index),
            "predicate": None if result.predicate is None else result.predicate.name,
            "supported_index": _supported_figure(support.score),
            "supported_display": support.score.display(_supported_value(support.score)),
        },
        "indicators": indicators,
        "evidence_check": [f.to_dict() for f in findings],
    }


def item_entries(snapshot: Snapshot, indicator_id: str) -> list[dict[str, Any]]:
    """Every item of an indicator as the OPD has it, with its note and page references."""
    from spbe_desktop.core.evidence.items import ItemNote
    from spbe_desktop.core.instrument.pack import text

    rows = []
    for level, items in snapshot.items.get(indicator_id, {}).items():
        for it in items:
            note = snapshot.item_notes.get((indicator_id, level, it.number), ItemNote("", ""))
            rows.append(
                {
                    "level": level,
                    "number": it.number,
                    "text": text(it.text),
                    "code": it.code,
                    "origin": it.origin,
                    "retired": it.retired,
                    "note": note.note,
                    "pages": note.pages,
                }
            )
    return rows


def _supported_value(supported):
    return supported.index if supported.index is not None else supported.provisional_index


def _supported_figure(supported) -> str | None:
    value = _supported_value(supported)
    return None if value is None else str(value)


def _plain(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _evidence_paths(items: tuple[EvidenceItem, ...]) -> dict[str, str]:
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
    from spbe_desktop.core.hashchain import canonical

    for record in records:
        yield (canonical(record) + "\n").encode("utf-8")


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
