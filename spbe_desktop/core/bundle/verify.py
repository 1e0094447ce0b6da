"""Verifying a `.spbe` package straight from the ZIP, never extracting anything (the format:
docs/architecture.md, "The package format").

The checks run in the contract's order and stop at the first stage that fails, because each
stage is only meaningful when the ones before it passed: ZIP sane → bag valid → signature valid
over the tag manifest → metadata consistent → JSON valid against its schema.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spbe_desktop.core.errors import Cancelled
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress

from . import bag
from .content import check_content
from .errors import problem
from .limits import DEFAULT_LIMITS, Limits
from .result import BagView, Stop, VerifyResult, fail, parse_json
from .schema import FORMAT_VERSION, PackageJson, SignatureJson, validate
from .zipcheck import ZipProblem, iter_member, open_checked, read_small


def verify_package(
    path: str | Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    limits: Limits = DEFAULT_LIMITS,
    hash_later: Callable[[str], bool] | None = None,
) -> VerifyResult:
    """Check a package completely. Never raises for a bad package (only for Cancelled).

    Payload hashing runs on a few threads: `progress` may be called from any of them (one call
    at a time, `done` never decreasing), like any callback of a job run off the UI thread.

    `hash_later(name)` marks payload files whose hash the caller checks itself while it reads
    them once anyway (the coordinator's import hashes evidence as it stores it); they are listed
    in `result.hashes_left`, and the package counts as valid only once they match too.
    """
    result = VerifyResult()
    try:
        archive, members = open_checked(Path(path), limits)
        with archive:
            view = _check_bag(
                Path(path), archive, members, result, limits, progress, cancel, hash_later
            )
            _check_signature(archive, members, view, result, limits)
            package = _check_metadata(view, result, limits)
            check_content(archive, members, package, view, result, limits)
    except Stop:
        return result
    except ZipProblem as exc:
        result.errors.append(problem(exc.code, exc.detail))
        return result
    except (Cancelled, MemoryError):
        raise
    except Exception as exc:
        # Hostile bytes may trip a parser in a way not foreseen: still a refusal, never a crash.
        result.errors.append(problem("ZIP_CORRUPT", type(exc).__name__))
        return result
    result.valid = not result.errors
    return result


# Stage 2: the bag -----------------------------------------------------------------------------


def _check_bag(
    path: Path,
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    result: VerifyResult,
    limits: Limits,
    progress: ProgressFn,
    cancel: CancelFlag | None,
    hash_later: Callable[[str], bool] | None,
) -> BagView:
    for name in (bag.BAGIT, bag.BAG_INFO, bag.MANIFEST, bag.TAGMANIFEST, bag.PACKAGE_JSON):
        if name not in members:
            raise fail(result, "BAG_MISSING_FILE", name)
    tags = {
        name: read_small(archive, members[name], limits.max_tag_file_bytes, "ZIP_TOO_LARGE")
        for name in (bag.BAGIT, bag.BAG_INFO, bag.MANIFEST, bag.TAGMANIFEST, bag.PACKAGE_JSON)
    }
    # The tag manifest first: it is what the signature vouches for, so any change to a tag
    # file shows as TAGMANIFEST_MISMATCH before its content is even parsed.
    try:
        tag_entries = bag.parse_manifest(tags[bag.TAGMANIFEST])
    except bag.BagFormatError as exc:
        raise fail(result, "TAGMANIFEST_MISMATCH", f"{bag.TAGMANIFEST}: {exc}") from None
    for name in bag.SIGNED_TAG_FILES:
        if name not in tag_entries:
            raise fail(result, "TAGMANIFEST_MISMATCH", name)
    for name, digest in tag_entries.items():
        if name not in tags:
            raise fail(result, "TAGMANIFEST_MISMATCH", name)
        if hashlib.sha256(tags[name]).hexdigest() != digest:
            raise fail(result, "TAGMANIFEST_MISMATCH", name)
    result.tagmanifest_sha256 = hashlib.sha256(tags[bag.TAGMANIFEST]).hexdigest()
    try:
        bag.parse_bagit_txt(tags[bag.BAGIT])
        entries = bag.parse_manifest(tags[bag.MANIFEST])
        info = bag.parse_bag_info(tags[bag.BAG_INFO])
    except bag.BagFormatError as exc:
        raise fail(result, "BAG_INVALID", exc) from None
    for listed in entries:
        if not listed.startswith(bag.PAYLOAD_PREFIX):
            raise fail(result, "BAG_INVALID", listed)
        if listed not in members:
            result.errors.append(problem("BAG_MISSING_FILE", listed))
    for name in members:
        if name not in entries and name not in bag.TAG_FILES:
            result.errors.append(problem("BAG_EXTRA_FILE", name))
    if result.errors:
        raise Stop()
    later = [name for name in entries if hash_later is not None and hash_later(name)]
    now = {name: digest for name, digest in entries.items() if name not in later}
    result.hashes_left = tuple(sorted(later))
    # The JSON files are read whole, hashed, and later parsed from those same bytes: what the
    # later stages (and an importer) use is exactly what matched the manifest.
    json_files = {
        name: read_small(archive, members[name], limits.max_json_bytes)
        for name in now
        if name.endswith(".json") and members[name].file_size <= limits.max_json_bytes
    }
    mismatched = [n for n, raw in json_files.items() if hashlib.sha256(raw).hexdigest() != now[n]]
    streamed = {name: digest for name, digest in now.items() if name not in json_files}
    mismatched += _mismatches(path, archive, members, streamed, progress, cancel)
    for listed in sorted(mismatched):
        result.errors.append(problem("BAG_HASH_MISMATCH", listed))
    if result.errors:
        raise Stop()
    total = sum(members[p].file_size for p in entries)
    oxum = info.get("Payload-Oxum", [])
    actual = bag.payload_oxum(members[p].file_size for p in entries)
    if oxum != [actual]:
        raise fail(result, "BAG_OXUM_MISMATCH", f"{', '.join(oxum) or '-'} ≠ {actual}")
    result.payload_files = len(entries)
    result.payload_bytes = total
    result.payload_digest = bag.payload_digest(entries)
    return BagView(tags, entries, info, json_files)


SMALL_PAYLOAD = 4 * 1024 * 1024  # hashed in one thread: a few milliseconds at any disk's speed


def _mismatches(
    path: Path,
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    entries: dict[str, str],
    progress: ProgressFn,
    cancel: CancelFlag | None,
) -> list[str]:
    """Payload files whose SHA-256 differs from the manifest, hashed on a few threads at once
    (hashlib releases the GIL), largest first, so verifying keeps up with the disk."""
    import os
    import threading
    from concurrent.futures import ThreadPoolExecutor

    total = sum(members[p].file_size for p in entries)
    done = 0
    lock = threading.Lock()

    failed = threading.Event()  # one worker failed: the others stop too

    def digest_of(name: str) -> str:
        nonlocal done
        digest = hashlib.sha256()
        try:
            for chunk in iter_member(archive, members[name], own_file=path):
                check_cancel(cancel)
                if failed.is_set():
                    raise _SiblingFailed()
                digest.update(chunk)
                with lock:
                    done += len(chunk)
                    progress(done, total, name)
        except BaseException:
            failed.set()
            raise
        return digest.hexdigest()

    names = sorted(entries, key=lambda n: -members[n].file_size)
    if total <= SMALL_PAYLOAD:  # starting threads would cost more than they save
        return sorted(n for n in names if digest_of(n) != entries[n])
    workers = max(1, min(4, os.cpu_count() or 1, len(names)))
    with ThreadPoolExecutor(workers) as pool:
        futures = {name: pool.submit(digest_of, name) for name in names}
    errors = [f.exception() for f in futures.values() if f.exception() is not None]
    for error in errors:
        if not isinstance(error, _SiblingFailed):
            raise error  # the real cause, not a worker that stopped because of it
    return sorted(n for n in names if futures[n].result() != entries[n])


class _SiblingFailed(Exception):
    """Another hashing thread failed; this one stopped early."""


# Stage 3: the signature -----------------------------------------------------------------------


def _check_signature(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    view: BagView,
    result: VerifyResult,
    limits: Limits,
) -> None:
    from spbe_desktop.core.signing import fingerprint, verify_signature

    if bag.SIGNATURE not in members:
        raise fail(result, "SIGNATURE_MISSING")
    data = _load_json(archive, members[bag.SIGNATURE], result, limits)
    sig, why = validate(SignatureJson, data)
    if sig is None:
        raise fail(result, "SIGNATURE_MISSING", why)
    try:
        public = base64.b64decode(sig["public_key"], validate=True)
        signature = base64.b64decode(sig["signature"], validate=True)
    except (binascii.Error, ValueError):
        raise fail(result, "SIGNATURE_INVALID") from None
    if len(public) != 32 or sig["fingerprint"] != fingerprint(public):
        raise fail(result, "SIGNATURE_INVALID")
    if not verify_signature(public, signature, view.tags[bag.TAGMANIFEST]):
        raise fail(result, "SIGNATURE_INVALID")
    result.signer_public_key = sig["public_key"]
    result.signer_fingerprint = sig["fingerprint"]


# Stage 4: the metadata ------------------------------------------------------------------------


def _check_metadata(view: BagView, result: VerifyResult, limits: Limits) -> dict[str, Any]:
    data = parse_json(view.tags[bag.PACKAGE_JSON], bag.PACKAGE_JSON, result, limits)
    version = data.get("format_version") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise fail(result, "FORMAT_TOO_NEW", str(version))
    package, why = validate(PackageJson, data)
    if package is None:
        raise fail(result, "JSON_INVALID", f"{bag.PACKAGE_JSON}: {why}")
    result.kind = package["kind"]
    result.package_id = package["package_id"]
    result.opd = package["opd"]["name"]
    result.opd_id = package["opd"]["id"]
    result.period = package["period"]
    result.instrument = package["instrument"]["id"]
    result.instrument_sha256 = package["instrument"]["sha256"]
    result.revision = package["revision"]
    result.created_at = package["created_at"]
    result.app_version = package["app_version"]
    info = view.info
    expected = {
        "External-Identifier": result.package_id,
        "Source-Organization": " ".join(result.opd.split()),
        "Internal-Sender-Identifier": result.opd_id,
        "Bagging-Date": result.created_at[:10],
    }
    for label, value in expected.items():
        if info.get(label) != [value]:
            raise fail(result, "METADATA_INCONSISTENT", f"bag-info {label}")
    if package["payload_digest"] != result.payload_digest:
        raise fail(result, "METADATA_INCONSISTENT", "payload_digest")
    if package["payload_files"] and sorted(package["payload_files"]) != sorted(view.entries):
        raise fail(result, "METADATA_INCONSISTENT", "payload_files")
    return package


def _load_json(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, result: VerifyResult, limits: Limits
) -> Any:
    raw = read_small(archive, info, limits.max_json_bytes)
    return parse_json(raw, info.filename, result, limits)
