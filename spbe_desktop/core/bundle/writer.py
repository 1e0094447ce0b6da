"""Writing any `.spbe` package (submission, assignment, receipt, review) as a signed BagIt bag.

The writer streams members into `<out>.part`, hashing them on the way; `finish` adds the tag
files and the signature, syncs the file to disk and verifies it; `commit` renames it into place.
Anything that goes wrong (or a cancel) before `commit` removes the partial file.

Layout: payload members first (evidence STORED, JSON/text deflated), then the tag files.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spbe_desktop.core.errors import disk_full, is_disk_full
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress

from . import bag
from .errors import bundle_error
from .schema import FORMAT_VERSION, KINDS

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_FILE_MODE = (0o100644 & 0xFFFF) << 16  # a regular file, rw-r--r--


@dataclass
class PackageMeta:
    kind: str
    opd_id: str
    opd_name: str
    period: str
    instrument_id: str
    instrument_sha256: str
    revision: int
    package_id: str = ""
    created_at: str = ""
    app_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import uuid

        from spbe_desktop import __version__

        if self.kind not in KINDS:
            raise ValueError(f"unknown package kind {self.kind!r}")
        self.package_id = self.package_id or str(uuid.uuid4())
        self.created_at = self.created_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.app_version = self.app_version or __version__


@dataclass
class WrittenPackage:
    path: Path
    package_json: dict[str, Any]
    tagmanifest_sha256: str
    payload_digest: str
    size: int


class PackageWriter:
    """Use as a context manager: leaving it without `commit()` removes the partial file."""

    def __init__(
        self,
        out: str | Path,
        meta: PackageMeta,
        *,
        progress: ProgressFn = no_progress,
        cancel: CancelFlag | None = None,
        total_bytes: int = 0,
    ) -> None:
        self.out = Path(out)
        self.part = self.out.with_name(self.out.name + ".part")
        self.meta = meta
        self.progress = progress
        self.cancel = cancel
        self.total = total_bytes
        self.done = 0
        self.entries: dict[str, str] = {}  # payload path → sha256
        self.sizes: dict[str, int] = {}
        self._fh = None
        self._zip: zipfile.ZipFile | None = None
        self._finished: WrittenPackage | None = None

    def __enter__(self) -> PackageWriter:
        folder = self.out.parent
        if not folder.is_dir():
            raise bundle_error("FILE_NOT_FOUND", folder)
        self._fh = self.part.open("wb")
        self._zip = zipfile.ZipFile(self._fh, "w", allowZip64=True)
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        try:
            self._close()
        except OSError:
            if exc is None:
                raise
        finally:
            self.part.unlink(missing_ok=True)
        if exc is not None and is_disk_full(exc):
            raise disk_full(self.out.name) from exc

    # Payload ---------------------------------------------------------------------------------

    def add_bytes(self, name: str, data: bytes, *, compress: bool = True) -> str:
        """A small payload member (JSON, text, the PDF); returns its SHA-256."""
        return self.add_stream(name, [data], compress=compress)

    def add_stream(self, name: str, chunks: Iterable[bytes], *, compress: bool = False) -> str:
        """A payload member from chunks (evidence: stored, never held whole in memory)."""
        path = self._payload_name(name)
        digest = hashlib.sha256()
        size = 0
        info = self._info(path, compress)
        with self._zip.open(info, "w", force_zip64=True) as member:
            for chunk in chunks:
                check_cancel(self.cancel)
                digest.update(chunk)
                member.write(chunk)
                size += len(chunk)
                self._advance(len(chunk), name)
        self.entries[path] = digest.hexdigest()
        self.sizes[path] = size
        return self.entries[path]

    def payload_digest(self) -> str:
        """The digest of the payload so far, minus the summary PDF (which prints it)."""
        return bag.payload_digest(self.entries)

    # Tag files and signature -----------------------------------------------------------------

    def finish(self, private_key: Ed25519PrivateKey, *, verify: bool = True) -> WrittenPackage:
        """Write the tag files, sign, sync; then re-open and verify the file as a reader would."""
        from spbe_desktop.core.signing import fingerprint, public_raw

        check_cancel(self.cancel)
        m = self.meta
        package_json = {
            "format": "spbe-package",
            "format_version": FORMAT_VERSION,
            "kind": m.kind,
            "package_id": m.package_id,
            "opd": {"id": m.opd_id, "name": m.opd_name},
            "period": m.period,
            "instrument": {"id": m.instrument_id, "sha256": m.instrument_sha256},
            "revision": m.revision,
            "created_at": m.created_at,
            "app_version": m.app_version,
            "payload_digest": self.payload_digest(),
            "payload_files": sorted(self.entries),
            **m.extra,
        }
        from spbe_desktop import APP_NAME

        tags = {
            bag.BAGIT: bag.BAGIT_TXT,
            bag.BAG_INFO: bag.bag_info_text(
                [
                    ("Source-Organization", m.opd_name),
                    ("Internal-Sender-Identifier", m.opd_id),
                    ("External-Identifier", m.package_id),
                    ("External-Description", f"SPBE {m.kind} {m.period} revision {m.revision}"),
                    ("Bagging-Date", m.created_at[:10]),
                    ("Payload-Oxum", bag.payload_oxum(self.sizes.values())),
                    ("Bag-Software-Agent", f"{APP_NAME} {m.app_version}"),
                ]
            ),
            bag.MANIFEST: bag.manifest_text(self.entries),
            bag.PACKAGE_JSON: _json_bytes(package_json),
        }
        tagmanifest = bag.manifest_text({n: hashlib.sha256(d).hexdigest() for n, d in tags.items()})
        public = public_raw(private_key)
        signature = {
            "algorithm": "Ed25519",
            "signed_file": bag.TAGMANIFEST,
            "public_key": base64.b64encode(public).decode("ascii"),
            "fingerprint": fingerprint(public),
            "signature": base64.b64encode(private_key.sign(tagmanifest)).decode("ascii"),
        }
        tags[bag.TAGMANIFEST] = tagmanifest
        tags[bag.SIGNATURE] = _json_bytes(signature)
        for name, data in tags.items():
            self._zip.writestr(self._info(name, compress=True), data)
        self._close(sync=True)
        self._finished = WrittenPackage(
            path=self.out,
            package_json=package_json,
            tagmanifest_sha256=hashlib.sha256(tagmanifest).hexdigest(),
            payload_digest=package_json["payload_digest"],
            size=self.part.stat().st_size,
        )
        if verify:
            self._self_check()
        return self._finished

    def commit(self) -> WrittenPackage:
        """Move the verified file into place (replacing an older file of that name)."""
        if self._finished is None:
            raise RuntimeError("finish() first")
        os.replace(self.part, self.out)
        return self._finished

    # Helpers ---------------------------------------------------------------------------------

    def _self_check(self) -> None:
        from .verify import verify_package

        base = self.done

        def relay(done: int, total: int, message: str) -> None:
            self.progress(base + done, max(self.total, base + total), message)

        result = verify_package(self.part, progress=relay, cancel=self.cancel)
        if not result.valid:
            raise bundle_error("SELF_CHECK_FAILED", result.errors[0]["code"])

    def _payload_name(self, name: str) -> str:
        path = name if name.startswith(bag.PAYLOAD_PREFIX) else bag.PAYLOAD_PREFIX + name
        if path in self.entries or ".." in path.split("/") or "\\" in path:
            raise ValueError(f"bad or repeated payload name {name!r}")
        return path

    def _info(self, name: str, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = _FILE_MODE
        info.create_system = 3  # Unix, so the mode bits mean what they say
        return info

    def _advance(self, size: int, name: str) -> None:
        self.done += size
        self.progress(self.done, max(self.total, self.done), name)

    def _close(self, sync: bool = False) -> None:
        if self._zip is not None:
            zf, self._zip = self._zip, None
            zf.close()
        if self._fh is not None:
            fh, self._fh = self._fh, None
            try:
                if sync:
                    fh.flush()
                    os.fsync(fh.fileno())
            finally:
                fh.close()


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
