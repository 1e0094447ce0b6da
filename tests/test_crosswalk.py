"""The SPBE-2020 → Pemdi-2026 crosswalk: valid data, every indicator it names exists, every
indicator of both instruments is accounted for, and the validator refuses broken files."""

from __future__ import annotations

import pytest
import yaml

from spbe_desktop.core.errors import InstrumentError
from spbe_desktop.core.instrument.crosswalk import (
    CONFIDENCES,
    check_against,
    crosswalks_dir,
    load_crosswalk,
    parse_crosswalk,
)

SHIPPED = crosswalks_dir() / "spbe-2020-to-pemdi-2026.yaml"


@pytest.fixture(scope="module")
def crosswalk(spbe2020, pemdi2026):
    loaded = load_crosswalk(spbe2020, pemdi2026)
    assert loaded is not None
    return loaded


def test_every_indicator_named_exists_in_its_instrument(crosswalk, spbe2020, pemdi2026):
    old = {i.number for i in spbe2020.indicators}
    new = {i.number for i in pemdi2026.indicators}
    assert {r.old for r in crosswalk.rows} <= old
    assert {r.new for r in crosswalk.rows} | set(crosswalk.unmapped) <= new
    assert check_against(crosswalk, spbe2020, pemdi2026) == []


def test_every_indicator_of_both_instruments_is_accounted_for(crosswalk, spbe2020, pemdi2026):
    """Each old indicator informs at least one new one; each new one is mapped or says why not."""
    assert {r.old for r in crosswalk.rows} == {i.number for i in spbe2020.indicators}
    assert {r.new for r in crosswalk.rows} | set(crosswalk.unmapped) == {
        i.number for i in pemdi2026.indicators
    }
    assert crosswalk.unmapped[6]["id"]  # geospatial information: nothing in SPBE-2020


def test_rows_say_their_source_and_judgements_say_so(crosswalk):
    for row in crosswalk.rows:
        assert row.confidence in CONFIDENCES
        assert "md" in row.source or "RK" in row.source, row
        if row.basis == "judgement":
            assert "penilaian penyusun" in row.source, row
    counts = crosswalk.counts()
    assert sum(counts.values()) == len(crosswalk.rows)
    assert all(counts[c] > 0 for c in CONFIDENCES)


def test_proposals_for_a_new_indicator_come_surest_first(crosswalk):
    audit = crosswalk.rows_for(9)
    assert [r.old for r in audit] == [29, 30, 31, 9]
    assert [r.confidence for r in audit] == ["high", "high", "high", "medium"]
    assert crosswalk.rows_for(6) == []


def test_no_crosswalk_between_unrelated_instruments(spbe2020):
    from spbe_desktop.core.instrument.pack import pack_by_id

    assert load_crosswalk(pack_by_id("spbe-2018"), spbe2020) is None


def _broken(change) -> bytes:
    data = yaml.safe_load(SHIPPED.read_bytes())
    change(data)
    return yaml.safe_dump(data, allow_unicode=True).encode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["rows"][0].update(confidence="certain"), "rows.0.confidence"),
        (lambda d: d["rows"][0].pop("source"), "rows.0.source"),
        (lambda d: d["rows"][0].update(basis="hunch"), "rows.0.basis"),
        (lambda d: d["rows"][1].update(d["rows"][0]), "listed twice"),
        (lambda d: d["unmapped"].append({"indicator": 1, "note": {"id": "x"}}), "both mapped"),
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d.update(rows=[]), "rows"),
    ],
)
def test_the_validator_refuses_broken_files(change, message):
    with pytest.raises(InstrumentError, match=message):
        parse_crosswalk(_broken(change))


def test_unknown_indicators_are_named(spbe2020, pemdi2026):
    def change(d):
        d["rows"][0]["from"] = 48
        d["rows"][1]["to"] = 21

    broken = parse_crosswalk(_broken(change))
    problems = check_against(broken, spbe2020, pemdi2026)
    assert "spbe-2020 has no indicator 48" in problems
    assert "pemdi-2026 has no indicator 21" in problems
    assert check_against(broken, pemdi2026, spbe2020)[0].startswith("crosswalk spbe-2020-to")


def test_not_yaml_is_refused():
    with pytest.raises(InstrumentError, match="YAML"):
        parse_crosswalk(b"rows: [unclosed")


def test_cli_prints_the_rows_and_their_counts(capsys, crosswalk):
    import json

    from spbe_desktop.cli import main

    assert main(["--lang", "en", "crosswalk", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == crosswalk.counts()
    assert len(data["rows"]) == len(crosswalk.rows)
    assert data["unmapped"][0]["indicator"] == 6
    assert main(["--lang", "en", "crosswalk"]) == 0
    out = capsys.readouterr().out
    assert f"{len(crosswalk.rows)} rows" in out and "  9 " in out and "29 (high, criteria)" in out
    assert main(["--lang", "en", "crosswalk", "--from", "spbe-2018"]) == 1
    assert "no crosswalk" in capsys.readouterr().err
