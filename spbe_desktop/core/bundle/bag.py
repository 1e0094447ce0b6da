"""BagIt (RFC 8493) text files: writing and strict parsing of bagit.txt, bag-info.txt and
the SHA-256 manifests. The bag sits at the root of the ZIP; the payload lives under `data/`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
BAGIT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
PACKAGE_JSON = "spbe-package.json"
SIGNATURE = "signature.json"
# The tag files the signature covers, through the tag manifest.
SIGNED_TAG_FILES = (BAGIT, BAG_INFO, MANIFEST, PACKAGE_JSON)
TAG_FILES = (*SIGNED_TAG_FILES, TAGMANIFEST, SIGNATURE)
PAYLOAD_PREFIX = "data/"
# The summary PDF prints the payload digest, so the digest cannot cover the PDF itself.
DIGEST_EXCLUDES = frozenset({"data/summary.pdf"})

_HEX64 = re.compile(r"[0-9a-f]{64}")
_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


class BagFormatError(ValueError):
    """A tag file that does not follow the format; the message names what is wrong."""


def manifest_text(entries: Mapping[str, str]) -> bytes:
    """`<sha256>  <path>` lines, sorted by path (deterministic output)."""
    return "".join(f"{entries[p]}  {p}\n" for p in sorted(entries)).encode("utf-8")


def parse_manifest(data: bytes) -> dict[str, str]:
    """path → sha256; refuses malformed lines and a path listed twice."""
    entries: dict[str, str] = {}
    for number, line in enumerate(_lines(data), start=1):
        if not line:
            continue
        digest, sep, path = line.partition(" ")
        path = path.lstrip(" ")
        if not sep or not _HEX64.fullmatch(digest) or not path:
            raise BagFormatError(f"line {number}")
        if path in entries:
            raise BagFormatError(f"{path} listed twice")
        entries[path] = digest
    return entries


def bag_info_text(fields: Iterable[tuple[str, str]]) -> bytes:
    lines = []
    for label, value in fields:
        # A value must stay on one line; a newline in an OPD name must not forge a field.
        flat = " ".join(str(value).split())
        lines.append(f"{label}: {flat}\n")
    return "".join(lines).encode("utf-8")


def parse_bag_info(data: bytes) -> dict[str, list[str]]:
    """label → values (a label may repeat); continuation lines (leading space) are joined."""
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for number, line in enumerate(_lines(data), start=1):
        if not line:
            continue
        if line[0] in " \t":
            if last is None:
                raise BagFormatError(f"line {number}")
            fields[last][-1] += " " + line.strip()
            continue
        label, sep, value = line.partition(":")
        if not sep or not _LABEL.fullmatch(label.strip()):
            raise BagFormatError(f"line {number}")
        last = label.strip()
        fields.setdefault(last, []).append(value.strip())
    return fields


def parse_bagit_txt(data: bytes) -> None:
    fields = parse_bag_info(data)
    if fields.get("BagIt-Version") not in (["1.0"], ["0.97"]):
        raise BagFormatError("BagIt-Version")
    if fields.get("Tag-File-Character-Encoding") != ["UTF-8"]:
        raise BagFormatError("Tag-File-Character-Encoding")


def payload_oxum(entries_sizes: Iterable[int]) -> str:
    sizes = list(entries_sizes)
    return f"{sum(sizes)}.{len(sizes)}"


def payload_digest(entries: Mapping[str, str]) -> str:
    """SHA-256 of the payload manifest without the summary PDF: printed on the PDF itself."""
    kept = {p: d for p, d in entries.items() if p not in DIGEST_EXCLUDES}
    return hashlib.sha256(manifest_text(kept)).hexdigest()


def _lines(data: bytes) -> list[str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BagFormatError("not UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").split("\n")
