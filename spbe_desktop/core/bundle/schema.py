"""The shapes of the JSON files in a package (pydantic), checked after the signature.

Unknown fields are allowed (a newer writer may add some); known fields must have their types.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

FORMAT_VERSION = 1
KINDS = ("submission", "assignment", "receipt", "review")

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
Text = Annotated[str, StringConstraints(max_length=10_000)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class Party(_Model):
    id: Text
    name: Text


class InstrumentRef(_Model):
    id: Text
    sha256: Sha256


class PackageJson(_Model):
    format: Literal["spbe-package"]
    format_version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)]
    kind: Literal["submission", "assignment", "receipt", "review"]
    package_id: Uuid
    opd: Party
    period: Text
    instrument: InstrumentRef
    revision: Annotated[int, Field(ge=0)]
    created_at: Text
    app_version: Text
    payload_digest: Sha256
    payload_files: list[Text] = []


class SignatureJson(_Model):
    algorithm: Literal["Ed25519"]
    signed_file: Literal["tagmanifest-sha256.txt"]
    public_key: Annotated[str, StringConstraints(max_length=100)]
    fingerprint: Annotated[str, StringConstraints(max_length=100)]
    signature: Annotated[str, StringConstraints(max_length=200)]


class EvidenceRef(_Model):
    sha256: Sha256
    name: Text
    size: Annotated[int, Field(ge=0)]
    level: int | None = None
    media_type: Text = ""
    path: Text


class IndicatorEntry(_Model):
    id: Text
    number: int
    level: int | None
    justification: Text
    external_score: Text | None = None
    service_name: Text | None = None
    review_status: Text | None = None
    evidence: list[EvidenceRef]


class Finding(_Model):
    code: Text
    severity: Literal["error", "warning"]
    indicator: int | None
    message_id: Text
    message_en: Text


class SubmissionJson(_Model):
    format: Literal["spbe-submission"]
    format_version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)]
    package_id: Uuid
    opd: Party
    period: Text
    instrument: InstrumentRef
    revision: int
    indicators: list[IndicatorEntry]
    evidence_check: list[Finding]
    score: dict[str, Any]


class AuditRecord(_Model):
    seq: int
    at: Text
    action: Text
    indicator: Text | None
    data: dict[str, Any]
    prev: Sha256
    hash: Sha256


def validate(model: type[BaseModel], data: Any) -> tuple[BaseModel | None, str]:
    """(model, "") when valid, else (None, the first problem in a few words)."""
    try:
        return model.model_validate(data), ""
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return None, f"{where or 'root'}: {first.get('msg', 'invalid')}"
