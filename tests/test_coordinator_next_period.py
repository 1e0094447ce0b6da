"""The coordinator's next period from its last one: OPDs, pinned keys and owners carry, the old
consolidated index becomes an earlier result, and a year later the same OPDs' submissions are
imported without asking to trust their keys again, their rise awarded."""

from __future__ import annotations

import hashlib
import json

from opd_cycle import OPD_PASS, PASS, build_cycle, coordinator_with_levels

from spbe_desktop.cli import main
from spbe_desktop.core.coordinator.awards import awards
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.monitoring import monitoring
from spbe_desktop.core.coordinator.store import consolidation, earlier_results, list_opds, owners
from spbe_desktop.core.export.submission import export_submission
from spbe_desktop.core.keys import key_info
from spbe_desktop.core.period.carry import next_period, take_over_previous
from spbe_desktop.core.period.coordinator import coordinator_next_period
from spbe_desktop.core.workspace.workspace import Workspace

OPDS = {"Dinas Kominfo": (range(1, 11), 3), "Bappeda": (range(11, 21), 2)}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_year_later_the_same_opds_and_keys(tmp_path, spbe2020):
    coord, packages = build_cycle(tmp_path, spbe2020, OPDS, owners=True)
    files = []
    for ws, out, _opd in packages.values():
        ws.close()
        files.append(out)
    assert [o.status for o in import_packages(coord, files, trust_new_keys=True)] == [
        "imported"
    ] * 2
    old_path, old_key = coord.path, key_info(coord)
    coord.close()
    before = digest(old_path)

    new_path = tmp_path / "kabupaten-2026.spbews"
    carried = coordinator_next_period(old_path, new_path, 2026)
    assert digest(old_path) == before
    assert (carried.opds, carried.keys, carried.owners) == (2, 2, 20)
    with Workspace.open(old_path, read_only=True) as old:
        score = consolidation(old).score
        assert str(carried.earlier.index) == score.display(score.provisional_index)
    assert carried.earlier.period == "2025"
    with Workspace.open(new_path) as ws:
        assert key_info(ws) == old_key and ws.info.period == "2026"
        assert sorted(o.name for o in list_opds(ws)) == ["Bappeda", "Dinas Kominfo"]
        assert len(owners(ws)) == 20
        assert [e.period for e in earlier_results(ws)] == ["2025"]
        assert [(p.period, p.current) for p in monitoring(ws).history] == [("2025", False)]

        # The Bappeda continues from its 2025 workspace and rises to level 3.
        bappeda_old = packages["Bappeda"][0].path
        bappeda = tmp_path / "bappeda-2026.spbews"
        next_period(bappeda_old, bappeda, 2026)
        with Workspace.open(bappeda) as opd_ws:
            take_over_previous(opd_ws)
            for n in OPDS["Bappeda"][0]:
                opd_ws.set_answer(n, level=3)
            package = tmp_path / "bappeda-2026.spbe"
            export_submission(opd_ws, package, OPD_PASS)
        outcome = import_packages(ws, [package], trust_new_keys=False)[0]
        assert outcome.status == "imported", outcome.errors  # the key is pinned already
        rises = [a for a in awards(ws, 1) if a.category == "improvement"]
        assert [(a.name, str(a.previous), str(a.index)) for a in rises] == [
            ("Bappeda", "2.00", "3.00")
        ]
    assert digest(old_path) == before and PASS


def test_cli_coord_init_from(tmp_path, spbe2020, pemdi2026, capsys):
    old = coordinator_with_levels(tmp_path / "2025.spbews", spbe2020, 2025, {"A": 3, "B": 2})
    before = digest(old)
    new = tmp_path / "2026.spbews"
    args = ["--lang", "en", "coord", "init", str(new), "--from", str(old), "--period", "2026"]
    assert main([*args, "--instrument", "pemdi-2026"]) == 0
    out = capsys.readouterr().out
    assert "2 OPDs" in out and "0 indicator owners" in out and "index 2025" in out
    assert main(["coord", "status", str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["instrument"] == "pemdi-2026" and [o["name"] for o in data["opds"]] == ["A", "B"]
    assert [(e["period"], e["source"].endswith("(spbe-2020)")) for e in data["earlier"]] == [
        ("2025", True)
    ]
    assert main(["coord", "init", str(tmp_path / "x.spbews"), "--from", str(old)]) == 2
    assert main([*args[:-1], "2025"]) == 1 and "already period 2025" in capsys.readouterr().err
    assert main(args) == 1  # the new file exists already
    assert digest(old) == before
    assert (
        main(
            [
                "--lang",
                "en",
                "init",
                str(tmp_path / "o.spbews"),
                "--from",
                str(old),
                "--period",
                "2026",
            ]
        )
        == 1
    )
    assert "spbe coord init --from" in capsys.readouterr().err
