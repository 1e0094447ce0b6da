"""Validated packs kept between runs: the same bytes validated once, anything else in full."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from spbe_desktop.core.errors import InstrumentError
from spbe_desktop.core.instrument import pack_cache
from spbe_desktop.core.instrument.pack import load_pack_file, packs_dir
from spbe_desktop.core.paths import user_cache_dir

LOADS_WITHOUT_VALIDATING = """
import sys
from spbe_desktop.core.instrument.pack import load_pack_file
pack = load_pack_file(sys.argv[1])
print(pack.id, "pydantic" in sys.modules, "yaml" in sys.modules)
"""


def entries() -> list:
    return sorted((user_cache_dir() / "packs").glob("*.json"))


def test_a_pack_validated_once_loads_from_the_cache_next_time(tmp_path):
    source = packs_dir() / "pemdi-2026.yaml"
    first = load_pack_file(source)
    assert len(entries()) == 1
    run = [sys.executable, "-c", LOADS_WITHOUT_VALIDATING, str(source)]
    # The cache folder of this test (SPBE_DATA_DIR) is the child's too.
    out = subprocess.run(run, capture_output=True, text=True, check=True).stdout.split()
    assert out == ["pemdi-2026", "False", "False"]  # neither the YAML nor the schema loaded
    again = load_pack_file(source)
    assert again == first and again.sha256 == first.sha256


def test_a_changed_pack_is_validated_in_full(tmp_path):
    source = packs_dir() / "pemdi-2026.yaml"
    load_pack_file(source)
    hostile = tmp_path / "pemdi-2026.yaml"
    hostile.write_bytes(source.read_bytes().replace(b"weight: ", b"weight: -", 1))
    with pytest.raises(InstrumentError):
        load_pack_file(hostile)
    assert len(entries()) == 1  # nothing kept for a pack that failed


def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path):
    source = packs_dir() / "pemdi-2026.yaml"
    expected = load_pack_file(source)
    (entry,) = entries()
    entry.write_text('{"id": "pemdi-2026", "indic', encoding="utf-8")
    assert load_pack_file(source) == expected
    assert json.loads(entry.read_text(encoding="utf-8"))["id"] == "pemdi-2026"


def test_an_unwritable_cache_costs_only_time(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setattr(pack_cache, "user_cache_dir", lambda: blocked)
    assert load_pack_file(packs_dir() / "spbe-2018.yaml").id == "spbe-2018"
