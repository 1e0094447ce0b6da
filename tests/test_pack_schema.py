import copy

import pytest
import yaml

from spbe_desktop.core.errors import InstrumentError
from spbe_desktop.core.instrument.pack import Instrument, packs_dir
from spbe_desktop.core.instrument.schema import validate_pack_bytes


def text(s):
    return {"id": s, "en": s}


def mini_pack():
    levels = [{"level": n, "name": text(f"L{n}")} for n in range(1, 6)]
    indicator = {
        "aspect": "A1",
        "scale": "s",
        "confidence": "✅",
        "criteria": {n: text(f"kriteria {n}") for n in range(1, 6)},
        "evidence": [text("SK")],
    }
    return {
        "format": 1,
        "id": "mini",
        "title": text("Mini"),
        "index_name": text("Indeks"),
        "legal_basis": {"citation": "Peraturan X"},
        "periods": {"first": 2030, "last": 2031},
        "levels": {"min": 1, "max": 5},
        "scales": [{"id": "s", "name": text("Skala"), "levels": levels}],
        "formula": {"weights_total": "100"},
        "rounding": {"decimals": 2},
        "predicates": [{"min": "3", "name": "Baik"}, {"min": "0", "name": "Kurang"}],
        "domains": [{"id": "D1", "name": text("Domain"), "weight": "100"}],
        "aspects": [{"id": "A1", "domain": "D1", "name": text("Aspek"), "weight": "100"}],
        "indicators": [
            {**indicator, "number": 1, "id": "I01", "name": text("Satu"), "weight": "60"},
            {**indicator, "number": 2, "id": "I02", "name": text("Dua"), "weight": "40"},
        ],
    }


def dump(pack):
    return yaml.safe_dump(pack, allow_unicode=True).encode()


def test_mini_pack_is_valid():
    data = validate_pack_bytes(dump(mini_pack()))
    inst = Instrument.from_data(data, "x")
    assert inst.indicator(2).weight == 40


def mutated(change):
    pack = copy.deepcopy(mini_pack())
    change(pack)
    return pack


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda p: p["indicators"][0].update(weight="61"), "add up"),
        (lambda p: p["indicators"][0].update(weight="abc"), "weight"),
        (lambda p: p["indicators"][1].update(aspect="A9"), "unknown aspect"),
        (lambda p: p["indicators"][1].update(number=3), "1..N"),
        (lambda p: p["indicators"][1].update(id="I01"), "duplicate"),
        (lambda p: p["indicators"][1]["criteria"].pop(5), "criteria"),
        (lambda p: p["indicators"][1].update(colour="red"), "colour"),
        (lambda p: p["predicates"].reverse(), "descending"),
        (lambda p: p["aspects"][0].update(domain="D7"), "unknown domain"),
        (lambda p: p.pop("legal_basis"), "legal_basis"),
        (lambda p: p["scales"][0]["levels"].pop(), "each level"),
        (lambda p: p["indicators"][0].update(evidence=[]), "evidence"),
    ],
)
def test_broken_packs_are_refused_with_the_field_named(change, fragment):
    with pytest.raises(InstrumentError) as info:
        validate_pack_bytes(dump(mutated(change)), source="broken.yaml")
    assert fragment in info.value.message_en
    assert "broken.yaml" in info.value.message_id


def test_not_yaml():
    with pytest.raises(InstrumentError, match="not valid YAML"):
        validate_pack_bytes(b"indicators: [unclosed", source="x.yaml")


def test_external_bands_must_be_contiguous():
    def change(p):
        p["indicators"][0]["external"] = {
            "source": text("Indeks lain"),
            "score_min": "0",
            "score_max": "10",
            "interpolation": "linear",
            "missing_value": "1",
            "bands": [
                {"from": "0", "to": "4", "value_from": "1", "value_to": "3"},
                {"from": "5", "to": "10", "value_from": "3", "value_to": "5"},
            ],
        }

    with pytest.raises(InstrumentError, match="contiguous"):
        validate_pack_bytes(dump(mutated(change)))


def test_shipped_packs_round_trip_through_their_json():
    for path in packs_dir().glob("*.yaml"):
        data = validate_pack_bytes(path.read_bytes())
        inst = Instrument.from_data(data, "sha")
        again = Instrument.from_data(__import__("json").loads(inst.to_json()), "sha")
        assert again == inst


def with_items(pack, items):
    for ind in pack["indicators"]:
        ind["items"] = copy.deepcopy(items)


ALL_LEVELS = {n: [{"text": text(f"butir {n}")}] for n in range(1, 6)}


def test_items_for_every_level_are_valid_and_numbered_in_order():
    pack = mutated(lambda p: with_items(p, ALL_LEVELS))
    pack["indicators"][0]["items"][2] = [
        {"text": text("SK Tim"), "code": "PG_04_01"},
        {"text": text("Hasil IKASANDI"), "max_age_months": 12},
    ]
    inst = Instrument.from_data(validate_pack_bytes(dump(pack)), "x")
    first, second = inst.indicator(1).items[2]
    assert (first.code, second.max_age_months) == ("PG_04_01", 12)
    assert inst.indicator(2).items[5][0].text["id"] == "butir 5"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda items: items.pop(3), "must list items for levels"),
        (lambda items: items.update({0: [{"text": text("x")}]}), "must list items for levels"),
        (lambda items: items.update({2: []}), "at least one item"),
        (lambda items: items[1].append({"text": text("x"), "code": "a b"}), "items.1.1.code"),
        (lambda items: items[1].append({"text": text("x"), "max_age_months": 0}), "max_age"),
        (lambda items: items[1].append({"text": {"en": "only"}}), "items.1.1.text.id"),
        (lambda items: items[1].append({"text": text("x"), "extra": 1}), "extra"),
    ],
)
def test_bad_items_are_named(change, where):
    pack = mutated(lambda p: with_items(p, ALL_LEVELS))
    change(pack["indicators"][0]["items"])
    with pytest.raises(InstrumentError) as err:
        validate_pack_bytes(dump(pack))
    assert where in err.value.message("en")


def test_an_item_code_is_used_once_in_a_pack():
    pack = mutated(lambda p: with_items(p, ALL_LEVELS))
    for ind in pack["indicators"]:
        ind["items"][1] = [{"text": text("SK"), "code": "PG_04_01"}]
    with pytest.raises(InstrumentError) as err:
        validate_pack_bytes(dump(pack))
    assert "PG_04_01" in err.value.message("en")


def test_portal_limit_must_be_positive():
    pack = mutated(lambda p: p.update(portal={"max_file_mb": "0", "confidence": "❓"}))
    with pytest.raises(InstrumentError):
        validate_pack_bytes(dump(pack))
    pack["portal"]["max_file_mb"] = "25"
    assert Instrument.from_data(validate_pack_bytes(dump(pack)), "x").portal.max_file_mb == 25
