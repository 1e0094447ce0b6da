from decimal import Decimal

from spbe_desktop.core.coordinator.consolidate import Decision, OpdAnswers, consolidate, rank_opds


def answers(instrument, level, only=None):
    return {i.id: Decimal(level) for i in instrument.indicators if only is None or i.number in only}


def test_owner_answers_give_a_final_index(spbe2020):
    diskominfo = OpdAnswers("opd-1", "Diskominfo", answers(spbe2020, 3, range(1, 32)))
    bappeda = OpdAnswers("opd-2", "Bappeda", answers(spbe2020, 2, range(32, 48)))
    owners = {i.id: ("opd-1" if i.number < 32 else "opd-2") for i in spbe2020.indicators}
    result = consolidate(spbe2020, [diskominfo, bappeda], owners, {})
    assert not result.provisional
    expected = (
        sum(i.weight for i in spbe2020.indicators if i.number < 32) * 3
        + sum(i.weight for i in spbe2020.indicators if i.number >= 32) * 2
    ) / 100
    assert result.score.index == expected


def test_conflicts_need_a_decision_and_keep_the_index_provisional(spbe2020):
    a = OpdAnswers("a", "Dinas Kesehatan", answers(spbe2020, 3))
    b = OpdAnswers("b", "BKPSDM", answers(spbe2020, 3) | {"I36": Decimal(4)})
    result = consolidate(spbe2020, [a, b], {}, {})
    assert [v.id for v in result.conflicts] == ["I36"]
    assert result.provisional
    assert result.score.index is None  # I36 has no value yet
    view = result.indicators[35]
    assert view.answers == {"a": Decimal(3), "b": Decimal(4)}
    decided = consolidate(spbe2020, [a, b], {}, {"I36": Decision(Decimal(4), "SIASN terintegrasi")})
    assert decided.indicators[35].value == 4 and decided.indicators[35].source == "decision"
    assert decided.provisional  # agreed answers without an owner are not final
    owners = {i.id: "a" for i in spbe2020.indicators}
    final = consolidate(spbe2020, [a, b], owners, {"I36": Decision(Decimal(4), "reviu")})
    assert not final.provisional


def test_ranking_shares_equal_ranks(spbe2020):
    opds = [
        OpdAnswers("1", "Inspektorat", answers(spbe2020, 2)),
        OpdAnswers("2", "Bappeda", answers(spbe2020, 4)),
        OpdAnswers("3", "BPKAD", answers(spbe2020, 4)),
        OpdAnswers("4", "Dinas Sosial", {}),
    ]
    ranking = rank_opds(spbe2020, opds, {})
    assert [(r.rank, r.name) for r in ranking] == [
        (1, "Bappeda"),
        (1, "BPKAD"),
        (3, "Inspektorat"),
        (4, "Dinas Sosial"),
    ]
    assert ranking[0].predicate.name == "Sangat Baik" and ranking[3].index is None


def test_review_mark_can_be_taken_back(tmp_path, spbe2020):
    from spbe_desktop.core.coordinator.store import (
        add_opd,
        clear_review,
        create_coordinator,
        reviews_of,
        set_review,
    )

    ws = create_coordinator(
        tmp_path / "k.spbews", pemda_name="Kab", instrument=spbe2020, period=2025
    )
    opd = add_opd(ws, "Bappeda")
    set_review(ws, opd, 3, "revisi", "lengkapi SK")
    assert reviews_of(ws, opd) == {"I03": ("revisi", "lengkapi SK")}
    clear_review(ws, opd, 3)
    assert reviews_of(ws, opd) == {}
    ws.close()
