"""The rule of the hash-chained audit log, shared by the workspace that writes it and the package
verifier that checks it: each record carries the SHA-256 of the previous one over its canonical
JSON, so removing, reordering or editing any record breaks the chain.

Plain data in, plain data out: no workspace, no package (see docs/architecture.md, "The audit
log")."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

GENESIS = "0" * 64


# One encoder for every record: `json.dumps` with options builds a new one on each call.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(record: Mapping[str, Any]) -> str:
    return _CANONICAL.encode(record)


def record_hash(record: Mapping[str, Any]) -> str:
    """The hash of a record: over its canonical JSON without the `hash` field itself."""
    import hashlib  # only writers and verifiers need it; reading commands start faster

    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def first_broken(rows: Iterable[Mapping[str, Any]]) -> int | None:
    """The position of the first row that breaks the chain, or None when the chain is intact."""
    prev = GENESIS
    for position, row in enumerate(rows):
        if row.get("prev") != prev or row.get("seq") != position + 1:
            return position
        if record_hash(row) != row.get("hash"):
            return position
        prev = row["hash"]
    return None
