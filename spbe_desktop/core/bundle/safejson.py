"""JSON from hostile packages: size and nesting are bounded before `json.loads` runs.

Python's parser recurses per nesting level, so `[[[[…]]]]` a few hundred thousand deep would
exhaust the stack; the depth is measured first on the raw text with string contents removed.
"""

from __future__ import annotations

import array
import itertools
import json
from typing import Any

_NOT_QUOTES_OR_BRACKETS = bytes(b for b in range(256) if b not in b'"[]{}')
_STEP = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # as signed bytes: +1 and -1


class JsonProblem(ValueError):
    """`code` is JSON_INVALID, JSON_TOO_DEEP or JSON_TOO_LARGE; the message says where."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def nesting_depth(raw: bytes) -> int:
    """The deepest bracket nesting outside strings. Escaped backslashes go first, then escaped
    quotes, so that every quote left opens or closes a string. Only quotes and brackets are kept
    (a string's text never needs copying); every other piece between two quotes is then a
    string's brackets (bytes operations only, nothing done per character in Python)."""
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = raw.translate(None, _NOT_QUOTES_OR_BRACKETS)
    outside = b"".join(marks.split(b'"')[::2])
    steps = array.array("b", outside.translate(_STEP))
    return max(itertools.accumulate(steps, initial=0))


def check_bounds(raw: bytes, name: str, *, max_bytes: int, max_depth: int) -> None:
    """Size and nesting, checked before any parser reads the text."""
    if len(raw) > max_bytes:
        raise JsonProblem("JSON_TOO_LARGE", f"{name}: {len(raw)} bytes")
    # Each level opens a bracket, so text with few brackets cannot be too deep: counting them
    # is far cheaper than measuring, and keeps the many short audit-log lines cheap.
    brackets = raw.count(b"[") + raw.count(b"{")
    if brackets > max_depth and nesting_depth(raw) > max_depth:
        raise JsonProblem("JSON_TOO_DEEP", f"{name}: > {max_depth}")


def may_hold_constants(raw: bytes) -> bool:
    """Whether NaN or Infinity could stand in the text as a value. The schema's own JSON parser
    takes them as numbers, so such text must go through `loads_bounded`, which refuses them."""
    return b"NaN" in raw or b"Infinity" in raw


def loads_bounded(raw: bytes, name: str, *, max_bytes: int, max_depth: int) -> Any:
    check_bounds(raw, name, max_bytes=max_bytes, max_depth=max_depth)
    try:
        return _DECODER.decode(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise JsonProblem("JSON_INVALID", name) from exc


def _no_constant(token: str) -> Any:
    # NaN and Infinity are not JSON; another tool reading the package would choke on them.
    raise ValueError(f"non-standard constant {token}")


# One decoder for every call: `json.loads` with an option builds a new one each time, which
# costs more than parsing an audit-log line.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)
