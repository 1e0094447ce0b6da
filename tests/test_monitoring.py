"""Monitoring: the data the meeting looks at (readiness from real imported packages, the profile
beside the previous period, the periods on record), the target settings, the charts and the
monitoring section of the consolidated PDF."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from opd_cycle import build_cycle, coordinator_with_levels
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, String

from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.monitor_charts import (
    history_chart,
    monitoring_charts,
    ranking_chart,
    readiness_chart,
)
from spbe_desktop.core.coordinator.monitoring import monitoring
from spbe_desktop.core.coordinator.store import (
    add_earlier_result,
    add_opd,
    consolidation,
    create_coordinator,
    earlier_from_workspace,
    list_opds,
    set_assignment,
)
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.targets import set_targets, targets

DEADLINE = date.today() + timedelta(days=30)  # the packages are imported today, in time
AFTER = DEADLINE + timedelta(days=1)
OPDS = {
    "Dinas Komunikasi dan Informatika": (range(1, 11), 3),
    "Badan Perencanaan Pembangunan Daerah (Bappeda)": (range(11, 21), 2),
    "Inspektorat": (range(21, 32), 2),
}


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory, spbe2020):
    """Three OPDs' signed submissions imported; a fourth OPD assigned that sent nothing.
    Shared by the tests of this module: each sets the targets it needs and changes nothing else."""
    coord, packages = build_cycle(tmp_path_factory.mktemp("cycle"), spbe2020, OPDS)
    files = []
    for ws, out, _opd in packages.values():
        ws.close()
        files.append(out)
    outcomes = import_packages(coord, files, trust_new_keys=True)
    assert [o.status for o in outcomes] == ["imported"] * 3
    silent = add_opd(coord, "Dinas Kesehatan")
    for opd in list_opds(coord):
        numbers = OPDS.get(opd.name, ([],))[0]
        set_assignment(coord, opd, [f"I{n:02d}" for n in numbers], DEADLINE.isoformat())
    assert silent in list_opds(coord)
    yield coord
    coord.close()


def strings(node) -> list[str]:
    """Every text a drawing shows."""
    found = []
    for item in node.getContents():
        if isinstance(item, String):
            found.append(item.text)
        elif isinstance(item, Group):
            found += strings(item)
    return found


def test_readiness_from_real_packages(coordinator):
    set_targets(coordinator, "2.50")
    data = monitoring(coordinator, today=AFTER)
    ranking = consolidation(coordinator).ranking
    assert [r.opd_id for r in data.opds] == [r.opd_id for r in ranking]
    by_name = {r.name: r for r in data.opds}
    first = by_name["Dinas Komunikasi dan Informatika"]
    assert (first.rank, first.answered, first.assigned, first.claimed) == (1, 10, 10, Decimal(3))
    assert first.sent and not first.late and not first.below
    assert (first.with_evidence, first.needs_evidence) == (1, 10)  # one file, on the first one
    assert first.last_package == date.today().isoformat()  # the day it was imported
    assert first.supported is None
    # Bappeda and Inspektorat answered 2 everywhere: a shared rank, both below the target.
    tied = [by_name["Badan Perencanaan Pembangunan Daerah (Bappeda)"], by_name["Inspektorat"]]
    assert [r.rank for r in tied] == [2, 2] and all(r.below for r in tied)
    silent = by_name["Dinas Kesehatan"]
    assert (silent.rank, silent.sent, silent.late, silent.claimed) == (None, False, True, None)
    assert silent.stands_out and not first.stands_out
    assert not monitoring(coordinator, today=DEADLINE).opds[-1].late  # not yet due


def test_targets_are_kept_checked_and_carried_to_the_opd(tmp_path, spbe2020):
    from opd_cycle import PASS

    from spbe_desktop.core.coordinator.exchange import workspace_from_assignment, write_assignment
    from spbe_desktop.core.keys import generate_key

    coordinator = create_coordinator(
        tmp_path / "kab.spbews", pemda_name="Kab", instrument=spbe2020, period=2025
    )
    generate_key(coordinator, PASS)
    assert targets(coordinator) == (None, None)
    set_targets(coordinator, "3,00", "2.60")
    assert targets(coordinator) == (Decimal("3.00"), Decimal("2.60"))
    for bad in ("tiga", "7", "-1", "NaN"):
        with pytest.raises(InputError):
            set_targets(coordinator, bad)
    assert targets(coordinator) == (Decimal("3.00"), Decimal("2.60"))  # unchanged
    set_targets(coordinator, "3.00")
    assert targets(coordinator) == (Decimal("3.00"), Decimal("3.00"))  # threshold = target
    opd = add_opd(coordinator, "Bagian Organisasi")
    package = tmp_path / "tugas-organisasi.spbe"
    write_assignment(coordinator, opd, ["1"], "2025-06-30", package, PASS)
    with workspace_from_assignment(tmp_path / "organisasi.spbews", package) as ws:
        assert targets(ws)[0] == Decimal("3.00")
    coordinator.close()


def test_profile_beside_the_previous_period_of_the_same_instrument(tmp_path, spbe2020, pemdi2026):
    coordinator_with_levels(tmp_path / "2024.spbews", spbe2020, 2024, {"A": 2, "B": 3})
    coordinator_with_levels(tmp_path / "2025.spbews", spbe2020, 2025, {"A": 3, "B": 3})
    with create_coordinator(
        tmp_path / "2025b.spbews", pemda_name="Kab", instrument=spbe2020, period=2025
    ) as ws:
        add_earlier_result(ws, "2022", "2.04", "LHE 2022")
        earlier_from_workspace(ws, tmp_path / "2024.spbews")
        data = monitoring(ws)
        assert data.previous_period == "2024"
        with_previous = [g for g in data.aspects if g.previous is not None]
        assert len(with_previous) == len(spbe2020.aspects)
        assert len(data.domains) == 4 and all(g.current is None for g in data.domains)
        assert [(p.period, p.instrument) for p in data.history] == [
            ("2022", "spbe-2020"),
            ("2024", "spbe-2020"),
        ]
    with create_coordinator(
        tmp_path / "2026.spbews", pemda_name="Kab", instrument=pemdi2026, period=2026
    ) as ws:
        earlier_from_workspace(ws, tmp_path / "2025.spbews")
        data = monitoring(ws)
        assert data.previous_period is None  # another instrument: its aspects are not these
        assert all(g.previous is None for g in data.aspects) and data.domains == ()
        assert [(p.period, str(p.index), p.instrument) for p in data.history] == [
            ("2025", "3.00", "spbe-2020")
        ]


def test_charts_say_in_words_what_the_shading_shows(coordinator):
    set_targets(coordinator, "2.50")
    data = monitoring(coordinator, today=AFTER)
    ranking = strings(ranking_chart(data))
    assert "Target 2,50" in ranking and "1. Dinas Komunikasi dan Inform…" in ranking
    assert "2. Bappeda" in ranking  # the acronym when the name is too long
    assert "belum mengirim, terlambat" in ranking and "di bawah ambang" in ranking
    readiness = strings(readiness_chart(data, "en"))
    assert "! nothing sent, late" in readiness and "10/10" in readiness
    assert "index supported by evidence not available yet: claimed only" in readiness
    charts = monitoring_charts(data)
    assert [t for t, _ in charts] == [
        "Peringkat OPD dan target",
        "Profil domain",
        "Profil aspek",
        "Indeks per periode",
        "Kesiapan OPD",
    ]
    for _title, drawing in charts:
        assert drawing.width == pytest.approx(493)
        assert drawing.initialFontName == "SPBE-Sans"


def test_periods_under_another_instrument_are_not_a_rise(tmp_path, spbe2020, pemdi2026):
    coordinator_with_levels(tmp_path / "2024.spbews", spbe2020, 2024, {"A": 2})
    coordinator_with_levels(tmp_path / "2025.spbews", spbe2020, 2025, {"A": 3})
    coordinator_with_levels(tmp_path / "2026.spbews", pemdi2026, 2026, {"A": 5})
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(tmp_path / "2026.spbews") as ws:
        earlier_from_workspace(ws, tmp_path / "2024.spbews")
        earlier_from_workspace(ws, tmp_path / "2025.spbews")
        shown = strings(history_chart(monitoring(ws), "en"))
    assert "+1.00" in shown  # 2024 → 2025, same instrument
    assert "+2.00" not in shown  # 2025 (SPBE) → 2026 (Pemdi) is no rise
    assert "other instrument: side by side, not a rise" in shown
    assert [s for s in shown if s in ("2024", "2025", "2026")] == ["2024", "2025", "2026"]


def test_consolidated_pdf_has_the_monitoring_section(coordinator, tmp_path):
    from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf

    set_targets(coordinator, "2.50")
    out = write_consolidated_pdf(coordinator, tmp_path / "konsolidasi.pdf")
    reader = PdfReader(out)
    pages = [p.extract_text() for p in reader.pages]
    section = next(i for i, t in enumerate(pages) if t.startswith("Pemantauan"))
    rest = "\n".join(pages[section:])
    for caption in ("Peringkat OPD dan target", "Profil aspek", "Kesiapan OPD", "Target 2,50"):
        assert caption in rest
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            assert "DejaVu" in str(font.get_object()["/BaseFont"])  # nothing unembedded


def test_target_command_shows_sets_and_clears(tmp_path, spbe2020, capsys):
    from spbe_desktop.cli import main

    path = coordinator_with_levels(tmp_path / "kab.spbews", spbe2020, 2025, {"A": 3})
    assert main(["--lang", "en", "target", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "Target index: –; threshold: –."
    assert main(["--lang", "en", "target", str(path), "3,00", "--threshold", "2.5"]) == 0
    assert main(["--lang", "en", "target", str(path), "3.20"]) == 0  # the threshold stays
    assert capsys.readouterr().out.splitlines()[-1] == "Target index: 3.20; threshold: 2.50."
    assert main(["--lang", "en", "target", str(path), "9"]) == 1
    assert "not an index between 1 and 5" in capsys.readouterr().err
    assert main(["target", str(path), "--clear"]) == 0
    assert capsys.readouterr().out.strip() == "Target indeks: –; ambang: –."
