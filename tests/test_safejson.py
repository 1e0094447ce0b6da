"""The depth bound of package JSON: brackets count only outside strings, whatever the strings
hold (brackets, escaped quotes, escaped backslashes)."""

from __future__ import annotations

import json

import pytest

from spbe_desktop.core.bundle.safejson import JsonProblem, loads_bounded, nesting_depth


def _depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        [[[]]],
        {"a": "[[[{{{", "b": [1, {"c": "]]]}}}"}]},
        {"kutip": 'dia berkata "[" lalu "{"', "garis": "C:\\folder\\[arsip]\\"},
        {"akhir": "\\", "lagi": ['\\\\"', {"x": '\\"[['}]},
        [{"teks": "}" * 50}, [[["{" * 50]]]],
    ],
)
def test_depth_counts_brackets_outside_strings(value):
    raw = json.dumps(value).encode()
    assert nesting_depth(raw) == _depth(value)
    assert nesting_depth(json.dumps(value, ensure_ascii=False, indent=2).encode()) == _depth(value)


def test_too_deep_is_refused_before_parsing():
    raw = b'{"a":' * 40 + b"1" + b"}" * 40
    with pytest.raises(JsonProblem) as caught:
        loads_bounded(raw, "x.json", max_bytes=1_000, max_depth=32)
    assert caught.value.code == "JSON_TOO_DEEP"


def test_brackets_inside_strings_do_not_make_it_deep():
    raw = json.dumps({"teks": "[" * 1000}).encode()
    assert loads_bounded(raw, "x.json", max_bytes=10_000, max_depth=32) == {"teks": "[" * 1000}
