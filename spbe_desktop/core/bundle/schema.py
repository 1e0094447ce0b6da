"""The shapes of the JSON files in a package (pydantic), checked after the signature.

Unknown fields are allowed (a newer writer may add some); known fields must have their types.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

# 2: evidence items — item placement and document dates of evidence, every indicator's items
# (own ones included) with notes and page references, supported levels, items sent with an
# assignment. All additive: a reader of version 2 reads version 1 packages.
FORMAT_VERSION = 2
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
    format_version: Annotated[int, Field(ge=1)]  # newer than FORMAT_VERSION: refused by verify
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
    item: Annotated[int, Field(ge=1)] | None = None  # format 2: the item of `level`
    document_date: Text | None = None  # format 2: YYYY-MM-DD


class ItemEntry(_Model):
    """Format 2: one evidence item of a level as the OPD has it (pack or own)."""

    level: int
    number: Annotated[int, Field(ge=1)]
    text: Text
    code: Text | None = None
    origin: Text = "pack"
    retired: bool = False
    note: Text = ""
    pages: Text = ""


class IndicatorEntry(_Model):
    id: Text
    number: int
    level: int | None
    justification: Text
    external_score: Text | None = None
    service_name: Text | None = None
    review_status: Text | None = None
    evidence: list[EvidenceRef]
    items: Annotated[list[ItemEntry], Field(max_length=500)] = []
    supported_level: int | float | None = None


class Finding(_Model):
    code: Text
    severity: Literal["error", "warning"]
    indicator: int | None
    message_id: Text
    message_en: Text


class SubmissionJson(_Model):
    format: Literal["spbe-submission"]
    format_version: Annotated[int, Field(ge=1)]
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
