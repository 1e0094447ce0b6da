"""Reading a package's payload after `verify_package` accepted it.

The file could change between verifying and reading, so every member read here is tied to what
was verified: the tag manifest must hash to the verified value, the payload manifest must match
the tag manifest, and each payload member must match the payload manifest as it is read.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import bag
from .errors import bundle_error
from .limits import DEFAULT_LIMITS, Limits
from .result import VerifyResult
from .safejson import JsonProblem, loads_bounded
from .zipcheck import ZipProblem, iter_member, open_checked, read_small


class VerifiedPackage:
    """Use as a context manager over a package that `verify_package` found valid."""

    def __init__(self, path: str | Path, result: VerifyResult, limits: Limits = DEFAULT_LIMITS):
        if not result.valid:
            raise ValueError("only a verified package can be read")
        self.path = Path(path)
        self.result = result
        self.limits = limits
        self._archive: zipfile.ZipFile | None = None
        self._members: dict[str, zipfile.ZipInfo] = {}
        self.entries: dict[str, str] = {}

    def __enter__(self) -> VerifiedPackage:
        try:
            self._archive, self._members = open_checked(self.path, self.limits)
            tagmanifest = self._read_tag(bag.TAGMANIFEST)
            if hashlib.sha256(tagmanifest).hexdigest() != self.result.tagmanifest_sha256:
                raise bundle_error("PACKAGE_CHANGED", self.path.name)
            tags = bag.parse_manifest(tagmanifest)
            manifest = self._read_tag(bag.MANIFEST)
            if hashlib.sha256(manifest).hexdigest() != tags.get(bag.MANIFEST):
                raise bundle_error("PACKAGE_CHANGED", self.path.name)
            self.entries = bag.parse_manifest(manifest)
        except (ZipProblem, bag.BagFormatError) as exc:
            self.close()
            raise bundle_error("PACKAGE_CHANGED", self.path.name) from exc
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    def has(self, name: str) -> bool:
        return self._payload(name) in self.entries

    def read_json(self, name: str) -> Any:
        """A payload JSON file, bounded in size and depth, checked against the manifest."""
        raw = b"".join(self.iter_payload(name, limit=self.limits.max_json_bytes))
        try:
            return loads_bounded(
                raw,
                name,
                max_bytes=self.limits.max_json_bytes,
                max_depth=self.limits.max_json_depth,
            )
        except JsonProblem as exc:
            raise bundle_error("JSON_INVALID", name) from exc

    def iter_payload(self, name: str, limit: int | None = None) -> Iterator[bytes]:
        """A payload member in chunks; raises PACKAGE_CHANGED if it no longer matches."""
        expected = self.entries.get(self._payload(name))
        digest = hashlib.sha256()
        for chunk in self.iter_unhashed(name, limit):
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != expected:
            raise bundle_error("PACKAGE_CHANGED", self._payload(name))

    def iter_unhashed(
        self,
        name: str,
        limit: int | None = None,
        buffer: Callable[[], bytearray] | None = None,
    ) -> Iterator[bytes | memoryview]:
        """A payload member in chunks, for a reader that hashes them itself on the way and
        compares the result with `entries` (the verified manifest) before trusting them.
        `buffer` gives the buffers to read into (see `iter_member`)."""
        path = self._payload(name)
        info = self._members.get(path)
        if path not in self.entries or info is None:
            raise bundle_error("BAG_MISSING_FILE", path)
        if limit is not None and info.file_size > limit:
            raise bundle_error("JSON_TOO_LARGE", path)
        try:
            yield from iter_member(self._archive, info, buffer=buffer)
        except ZipProblem as exc:
            raise bundle_error("PACKAGE_CHANGED", path) from exc

    def _read_tag(self, name: str) -> bytes:
        info = self._members.get(name)
        if info is None:
            raise bundle_error("PACKAGE_CHANGED", name)
        return read_small(self._archive, info, self.limits.max_tag_file_bytes)

    @staticmethod
    def _payload(name: str) -> str:
        return name if name.startswith(bag.PAYLOAD_PREFIX) else bag.PAYLOAD_PREFIX + name
