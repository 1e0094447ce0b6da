"""What verifying a package found, and the small helpers every verify stage shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import problem
from .limits import Limits
from .safejson import JsonProblem, loads_bounded


@dataclass
class VerifyResult:
    valid: bool = False
    errors: list[dict[str, str]] = field(default_factory=list)
    kind: str | None = None
    package_id: str | None = None
    opd: str | None = None
    opd_id: str | None = None
    period: str | None = None
    instrument: str | None = None
    instrument_sha256: str | None = None
    revision: int | None = None
    created_at: str | None = None
    app_version: str | None = None
    signer_fingerprint: str | None = None
    signer_public_key: str | None = None
    payload_digest: str | None = None
    tagmanifest_sha256: str | None = None
    payload_files: int = 0
    payload_bytes: int = 0
    # Payload files whose hash the caller checks as it reads them (verify_package's hash_later).
    hashes_left: tuple[str, ...] = ()
    # A submission's data/submission.json as checked against its schema (defaults filled in),
    # parsed from the very bytes that matched the signed manifest: an importer takes it from here.
    submission: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        """The `verify --json` shape: `errors` carry `message` in `lang` plus both languages."""
        data = {k: v for k, v in self.__dict__.items() if k not in _NOT_IN_JSON}
        data["errors"] = [
            {**e, "message": e["message_en"] if lang == "en" else e["message_id"]}
            for e in self.errors
        ]
        return data


_NOT_IN_JSON = frozenset({"hashes_left", "submission"})


@dataclass
class BagView:
    """What the bag stage read, shared with the later stages."""

    tags: dict[str, bytes]
    entries: dict[str, str]  # payload path → sha256
    info: dict[str, list[str]]
    json_files: dict[str, bytes] = field(default_factory=dict)  # payload JSON, hashed already


class Stop(Exception):
    """A stage failed; its errors are already recorded."""


def fail(result: VerifyResult, code: str, detail: object = "") -> Stop:
    result.errors.append(problem(code, detail))
    return Stop()


def parse_json(raw: bytes, name: str, result: VerifyResult, limits: Limits) -> Any:
    try:
        return loads_bounded(
            raw, name, max_bytes=limits.max_json_bytes, max_depth=limits.max_json_depth
        )
    except JsonProblem as exc:
        raise fail(result, exc.code, exc.detail) from None
