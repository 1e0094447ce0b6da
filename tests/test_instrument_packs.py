from decimal import Decimal

import pytest

from spbe_desktop.core.instrument.pack import (
    Instrument,
    available_packs,
    default_pack_id,
    pack_by_id,
    packs_dir,
)


def test_three_packs_ship():
    assert {p.id for p in available_packs()} >= {"spbe-2020", "pemdi-2026", "spbe-2018"}


@pytest.mark.parametrize(
    ("pack_id", "domains", "aspects", "indicators", "levels"),
    [
        ("spbe-2020", 4, 8, 47, (1, 5)),
        ("pemdi-2026", 0, 7, 20, (1, 5)),
        ("spbe-2018", 3, 7, 35, (0, 5)),
    ],
)
def test_structure(pack_id, domains, aspects, indicators, levels):
    pack = pack_by_id(pack_id)
    assert (len(pack.domains), len(pack.aspects), len(pack.indicators)) == (
        domains,
        aspects,
        indicators,
    )
    assert (pack.level_min, pack.level_max) == levels
    assert [i.number for i in pack.indicators] == list(range(1, indicators + 1))
    for ind in pack.indicators:
        assert set(ind.criteria) == set(range(levels[0], levels[1] + 1))
        assert ind.evidence, ind.id
    assert pack.legal_basis["citation"]


def test_spbe2020_weights_as_the_regulation_says(spbe2020):
    assert sum(i.weight for i in spbe2020.indicators) == 100
    assert [d.weight for d in spbe2020.domains] == [
        Decimal(x) for x in ("13", "25", "16.5", "45.5")
    ]
    assert [a.weight for a in spbe2020.aspects] == [
        Decimal(x) for x in ("13", "10", "10", "5", "12", "4.5", "27.5", "18")
    ]
    per_indicator = {i.number: i.weight for i in spbe2020.indicators}
    assert per_indicator[1] == Decimal("1.30")
    assert per_indicator[11] == Decimal("2.50")
    assert per_indicator[21] == per_indicator[31] == Decimal("1.50")
    assert per_indicator[32] == Decimal("2.75")
    assert per_indicator[47] == Decimal("3.00")


def test_spbe2020_names_and_slots(spbe2020):
    assert spbe2020.indicator(1).name["id"].startswith("Tingkat Kematangan Kebijakan Internal")
    assert "JDIH" in spbe2020.indicator(44).name["id"]
    assert [i.number for i in spbe2020.indicators if i.slot] == [45, 46, 47]
    process = spbe2020.scale_of(spbe2020.indicator(1))
    assert [process.level_name(n) for n in range(1, 6)] == [
        "Rintisan",
        "Terkelola",
        "Terdefinisi",
        "Terpadu dan Terukur",
        "Optimum",
    ]
    aliases = {a for lv in process.levels for a in lv.aliases}
    assert "Terstandarisasi" in aliases
    assert [p.name for p in spbe2020.predicates] == [
        "Memuaskan",
        "Sangat Baik",
        "Baik",
        "Cukup",
        "Kurang",
    ]


def test_pemdi2026_weights_and_external_indicators(pemdi2026):
    assert sum(i.weight for i in pemdi2026.indicators) == 100
    assert [a.weight for a in pemdi2026.aspects] == [
        Decimal(x) for x in ("10", "10", "15", "15", "10", "15", "25")
    ]
    assert pemdi2026.indicator(20).weight == 15 and pemdi2026.indicator(19).weight == 10
    assert [i.number for i in pemdi2026.indicators if i.external] == [5, 6, 7, 18]
    sdi = pemdi2026.indicator(5).external
    assert sdi.value_for(Decimal(25)) == Decimal("2.00")
    assert sdi.value_for(Decimal("68.75")) == Decimal("3.75")
    assert sdi.value_for(Decimal(100)) == Decimal(5)
    assert pemdi2026.indicator(6).external.value_for(Decimal("2.7")) == 3
    assert [p.min for p in pemdi2026.predicates][:4] == [
        Decimal(x) for x in ("4.00", "3.50", "2.50", "1.50")
    ]


def test_spbe2018_weights():
    pack = pack_by_id("spbe-2018")
    assert sum(i.weight for i in pack.indicators) == 100
    assert [d.weight for d in pack.domains] == [Decimal(17), Decimal(28), Decimal(55)]


def test_uncertain_facts_carry_notes():
    for pack in available_packs():
        assert pack.notes, pack.id
        assert all(n["confidence"] in "✅◐❓" for n in pack.notes)


@pytest.mark.parametrize(
    ("year", "pack"),
    [
        (2021, "spbe-2020"),
        (2025, "spbe-2020"),
        (2026, "pemdi-2026"),
        (2027, "pemdi-2026"),
        (2019, "spbe-2018"),
    ],
)
def test_default_instrument_follows_period(year, pack):
    assert default_pack_id(year) == pack


def test_indicator_lookup_by_number_or_id(spbe2020):
    assert spbe2020.indicator("7") is spbe2020.indicator(7) is spbe2020.indicator("i07")


def test_every_level_lists_its_items_in_the_pack_file():
    """Shipped packs spell out the items of every level (generic ones included)."""
    import yaml

    for path in sorted(packs_dir().glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        levels = set(range(max(1, raw["levels"]["min"]), raw["levels"]["max"] + 1))
        for ind in raw["indicators"]:
            assert set(ind["items"]) == levels, (path.name, ind["id"])
            assert all(ind["items"][lv] for lv in levels), (path.name, ind["id"])
        assert any(n["topic"] == "Butir data dukung" for n in raw["notes"]), path.name
        assert raw["portal"]["confidence"] == "❓"


def test_items_come_from_the_fact_sheets(pemdi2026, spbe2020):
    i10 = pemdi2026.indicator(10)
    ikasandi = [it for it in i10.items[1] if "IKASANDI" in it.text["id"]]
    assert ikasandi and ikasandi[0].max_age_months == 12
    assert "Indeks KAMI" in ikasandi[0].text["id"]  # the assessors' rejection, said up front
    assert any("SK Tim Audit" in it.text["id"] for it in pemdi2026.indicator(9).items[1])
    audits = [it for lv in spbe2020.indicator(30).items.values() for it in lv if it.max_age_months]
    assert {it.max_age_months for it in audits} == {24}
    assert all(
        it.text["en"] for ind in spbe2020.indicators for lv in ind.items.values() for it in lv
    )
    generic = pack_by_id("spbe-2018").indicator(1)
    assert 0 not in generic.items
    assert [it.text["id"] for it in generic.items[3]] == ["Data dukung level 3"]


def test_a_stored_instrument_without_items_gets_one_generic_item_per_level(pemdi2026):
    """Workspaces keep the instrument JSON they were made with, from before items existed."""
    import json

    data = json.loads(pemdi2026.to_json())
    for ind in data["indicators"]:
        del ind["items"]
    del data["portal"]
    old = Instrument.from_data(data, "a" * 64)
    assert [len(old.indicator(1).items[lv]) for lv in range(1, 6)] == [1] * 5
    assert old.indicator(14).items[2][0].text == {
        "id": "Data dukung level 2",
        "en": "Evidence for level 2",
    }
    assert old.portal.max_file_mb == 100 and old.portal.confidence == "❓"
