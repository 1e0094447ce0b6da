"""The shapes of the JSON files in a package, checked after the signature.

Unknown fields are allowed (a newer writer may add some); known fields must have their types,
strictly (no "1" for 1). The shapes are pydantic-core schemas validated into plain dicts, with
defaults filled in: pydantic's own validator and messages, without building model classes at
every start of the command (that took most of a second on an office PC).
"""

from __future__ import annotations

from typing import Any

from pydantic_core import SchemaValidator, ValidationError

# 2: evidence items — item placement and document dates of evidence, every indicator's items
# (own ones included) with notes and page references, supported levels, items sent with an
# assignment. All additive: a reader of version 2 reads version 1 packages.
FORMAT_VERSION = 2
KINDS = ("submission", "assignment", "receipt", "review")


def _strict(kind: str, **constraints: Any) -> dict[str, Any]:
    return {"type": kind, "strict": True, **constraints}


def _str(max_length: int = 10_000, pattern: str | None = None) -> dict[str, Any]:
    if pattern is not None:
        return _strict("str", pattern=pattern)
    return _strict("str", max_length=max_length)


def _int(ge: int | None = None) -> dict[str, Any]:
    return _strict("int") if ge is None else _strict("int", ge=ge)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "nullable", "schema": schema}


def _literal(*values: str) -> dict[str, Any]:
    return {"type": "literal", "expected": list(values)}


def _list(items: dict[str, Any], max_length: int | None = None) -> dict[str, Any]:
    schema = _strict("list", items_schema=items)
    return schema if max_length is None else {**schema, "max_length": max_length}


def _object(**fields: dict[str, Any] | tuple[dict[str, Any], Any]) -> dict[str, Any]:
    """A JSON object: `name=schema` is required, `name=(schema, default)` may be left out."""
    shaped = {}
    for name, spec in fields.items():
        if isinstance(spec, tuple):
            schema, default = spec
            shaped[name] = {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": schema, "default": default},
                "required": False,
            }
        else:
            shaped[name] = {"type": "typed-dict-field", "schema": spec, "required": True}
    return _strict("typed-dict", fields=shaped, extra_behavior="allow")


def _validator(schema: dict[str, Any]) -> SchemaValidator:
    return SchemaValidator(schema, {"strict": True, "extra_fields_behavior": "allow"})


TEXT = _str()
SHA256 = _str(pattern=r"^[0-9a-f]{64}$")
UUID = _str(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ANY_OBJECT = _strict("dict", keys_schema=_strict("str"), values_schema={"type": "any"})
PARTY = _object(id=TEXT, name=TEXT)
INSTRUMENT_REF = _object(id=TEXT, sha256=SHA256)

PackageJson = _validator(
    _object(
        format=_literal("spbe-package"),
        format_version=_int(ge=1),  # newer than FORMAT_VERSION: refused by verify
        kind=_literal(*KINDS),
        package_id=UUID,
        opd=PARTY,
        period=TEXT,
        instrument=INSTRUMENT_REF,
        revision=_int(ge=0),
        created_at=TEXT,
        app_version=TEXT,
        payload_digest=SHA256,
        payload_files=(_list(TEXT), []),
    )
)

SignatureJson = _validator(
    _object(
        algorithm=_literal("Ed25519"),
        signed_file=_literal("tagmanifest-sha256.txt"),
        public_key=_str(100),
        fingerprint=_str(100),
        signature=_str(200),
    )
)

EVIDENCE_REF = _object(
    sha256=SHA256,
    name=TEXT,
    size=_int(ge=0),
    level=(_nullable(_int()), None),
    media_type=(TEXT, ""),
    path=TEXT,
    item=(_nullable(_int(ge=1)), None),  # format 2: the item of `level`
    document_date=(_nullable(TEXT), None),  # format 2: YYYY-MM-DD
)

# Format 2: one evidence item of a level as the OPD has it (pack or own).
ITEM_ENTRY = _object(
    level=_int(),
    number=_int(ge=1),
    text=TEXT,
    code=(_nullable(TEXT), None),
    origin=(TEXT, "pack"),
    retired=(_strict("bool"), False),
    note=(TEXT, ""),
    pages=(TEXT, ""),
)

INDICATOR_ENTRY = _object(
    id=TEXT,
    number=_int(),
    level=_nullable(_int()),
    justification=TEXT,
    external_score=(_nullable(TEXT), None),
    service_name=(_nullable(TEXT), None),
    review_status=(_nullable(TEXT), None),
    evidence=_list(EVIDENCE_REF),
    items=(_list(ITEM_ENTRY, max_length=500), []),
    supported_level=(
        _nullable(_strict("union", choices=[_int(), _strict("float")])),
        None,
    ),
)

FINDING = _object(
    code=TEXT,
    severity=_literal("error", "warning"),
    indicator=_nullable(_int()),
    message_id=TEXT,
    message_en=TEXT,
)

SubmissionJson = _validator(
    _object(
        format=_literal("spbe-submission"),
        format_version=_int(ge=1),
        package_id=UUID,
        opd=PARTY,
        period=TEXT,
        instrument=INSTRUMENT_REF,
        revision=_int(),
        indicators=_list(INDICATOR_ENTRY),
        evidence_check=_list(FINDING),
        score=_ANY_OBJECT,
    )
)

AuditRecord = _validator(
    _object(
        seq=_int(),
        at=TEXT,
        action=TEXT,
        indicator=_nullable(TEXT),
        data=_ANY_OBJECT,
        prev=SHA256,
        hash=SHA256,
    )
)


class NotJson(ValueError):
    """The text given to `validate_json` does not parse as JSON at all."""


def validate(shape: SchemaValidator, data: Any) -> tuple[dict[str, Any] | None, str]:
    """(the checked object, "") when valid, else (None, the first problem in a few words)."""
    try:
        return shape.validate_python(data), ""
    except ValidationError as exc:
        return None, _first_problem(exc)


def validate_json(shape: SchemaValidator, raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """`validate` of JSON text, parsed and checked in one pass (the text's size and depth are
    bounded first by the caller); raises NotJson when the text is no JSON."""
    try:
        return shape.validate_json(raw), ""
    except ValidationError as exc:
        if exc.errors()[0].get("type") == "json_invalid":
            raise NotJson(_first_problem(exc)) from None
        return None, _first_problem(exc)


def _first_problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where or 'root'}: {first.get('msg', 'invalid')}"
