"""Packages already sent keep working: the signed files in tests/fixtures, written by earlier
versions of the app, are read by this one (a coordinator imports packages of every earlier
format_version)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from spbe_desktop.core.bundle import verify_package
from spbe_desktop.core.coordinator.exchange import workspace_from_assignment
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.store import (
    create_coordinator,
    list_opds,
    submitted_justification,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _copy(name: str, folder: Path) -> Path:
    return Path(shutil.copy(FIXTURES / name, folder / name))


def test_a_format_1_submission_verifies_and_imports(tmp_path, pemdi2026):
    package = _copy("submission-format1.spbe", tmp_path)
    result = verify_package(package)
    assert result.valid, result.errors
    assert (result.kind, result.period, result.instrument) == ("submission", "2026", "pemdi-2026")
    coord = create_coordinator(
        tmp_path / "kab.spbews", pemda_name="Kabupaten Mamuju", instrument=pemdi2026, period=2026
    )
    with coord:
        [outcome] = import_packages(coord, [package], trust_new_keys=True)
        assert outcome.status == "imported", outcome
        [opd] = list_opds(coord)
        assert opd.name == "Dinas Komunikasi dan Informatika"
        rows = {
            r[0]: r[1:]
            for r in coord.conn.execute(
                "SELECT indicator_id, level, external_score, value FROM submitted_answers "
                "WHERE level IS NOT NULL OR external_score IS NOT NULL"
            )
        }
        assert rows["I01"] == (3, None, "3") and rows["I14"] == (2, None, "2")
        external = pemdi2026.indicator("I05").external.value_for(Decimal(25))
        assert rows["I05"][1] == "25" and Decimal(rows["I05"][2]) == external
        assert submitted_justification(coord, opd.id, "I01").startswith("Renstra 2025-2029")
        files = coord.conn.execute("SELECT COUNT(*) FROM submitted_evidence").fetchone()[0]
        assert files == 5


def test_a_format_1_assignment_makes_an_opd_workspace(tmp_path):
    package = _copy("assignment-format1.spbe", tmp_path)
    with workspace_from_assignment(tmp_path / "opd.spbews", package) as ws:
        assert ws.instrument.id == "pemdi-2026"
        assert ws.meta("assigned_indicators")


def test_a_schema_3_opd_workspace_opens_with_its_answers(tmp_path):
    from spbe_desktop.core.workspace.workspace import Workspace

    path = _copy("opd-schema3.spbews", tmp_path)
    with Workspace.open(path) as ws:
        assert ws.info.opd_name == "Dinas Komunikasi dan Informatika"
        first = ws.answer("I01")
        assert first.level == 3 and first.justification.startswith("Renstra 2025-2029")
        assert ws.answer("I05").external_score == Decimal(25)
        ws.set_answer("I14", justification="Sebagian layanan di PDNS; sisanya menyusul.")
    with Workspace.open(path, read_only=True) as ws:
        assert ws.answer("I14").justification.endswith("menyusul.")
        assert ws.answer("I14").level == 2


def test_a_schema_3_coordinator_workspace_opens_with_the_submission(tmp_path):
    from spbe_desktop.core.workspace.workspace import Workspace

    path = _copy("coordinator-schema3.spbews", tmp_path)
    with Workspace.open(path, read_only=True) as coord:
        [opd] = list_opds(coord)
        assert submitted_justification(coord, opd.id, "I01").startswith("Renstra 2025-2029")
