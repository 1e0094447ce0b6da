"""The coordinator's cycle through files: assign → OPDs fill and export → import → consolidate,
rank → review back → OPDs receive; and everything that must be refused."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal

import pytest
from evidence_files import make_pdf
from opd_cycle import OPD_PASS, PASS, build_cycle

from spbe_desktop.core.coordinator.exchange import (
    receive_review,
    review_notes,
    write_review,
)
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.report_data import coordinator_status
from spbe_desktop.core.coordinator.store import (
    consolidation,
    record_decision,
    set_owner,
    set_review,
)
from spbe_desktop.core.export.submission import export_submission
from spbe_desktop.core.keys import generate_key
from spbe_desktop.core.workspace.workspace import Workspace

OPDS = {
    "Dinas Komunikasi dan Informatika": (range(1, 11), 3),
    "Bappeda": (range(11, 21), 2),
    "BKPSDM": (range(21, 48), 4),
}


@pytest.fixture
def cycle(tmp_path, spbe2020):
    """A coordinator with three OPDs that each answered their share and exported once."""
    coord, packages = build_cycle(tmp_path, spbe2020, OPDS, owners=True, screenshots=True)
    yield coord, packages, tmp_path
    for ws, _, _ in packages.values():
        ws.close()
    coord.close()


def test_full_cycle(cycle, spbe2020):
    coord, packages, tmp_path = cycle
    files = [out for _, out, _ in packages.values()]
    outcomes = import_packages(coord, files, trust_new_keys=True)
    assert [o.status for o in outcomes] == ["imported"] * 3, outcomes

    result = consolidation(coord)
    assert not result.provisional
    expected = (
        sum(i.weight for i in spbe2020.indicators if i.number <= 10) * 3
        + sum(i.weight for i in spbe2020.indicators if 11 <= i.number <= 20) * 2
        + sum(i.weight for i in spbe2020.indicators if i.number > 20) * 4
    ) / 100
    assert result.score.index == expected
    assert [r.name for r in result.ranking] == [
        "BKPSDM",
        "Dinas Komunikasi dan Informatika",
        "Bappeda",
    ]
    # The PDF shared by all three OPDs is stored once.
    blobs = coord.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0]
    assert blobs == 4

    status = coordinator_status(coord)
    assert {o["status"] for o in status["opds"]} == {"diterima"}
    assert all(o["fingerprint"] for o in status["opds"])

    # Importing the same file again changes nothing and is not a failure.
    again = import_packages(coord, files[:1], trust_new_keys=True)
    assert again[0].status == "already"

    # Review back to one OPD, which shows the notes and marks the submission received.
    ws, _, opd = packages["Bappeda"]
    set_review(coord, opd, 12, "revisi", "Peta Rencana belum ditetapkan dengan Perbup.")
    set_review(coord, opd, 11, "diterima")
    review = tmp_path / "reviu-bappeda.spbe"
    write_review(coord, opd, review, PASS)
    received = receive_review(ws, review)
    assert received.statuses == {"revisi": 1, "diterima": 1}
    assert review_notes(ws)["I12"] == ("revisi", "Peta Rencana belum ditetapkan dengan Perbup.")
    assert ws.meta("received_submission")
    assert {o["status"] for o in coordinator_status(coord)["opds"] if o["name"] == "Bappeda"} == {
        "direviu"
    }

    # A revised submission replaces the OPD's answers; an older revision is refused afterwards.
    ws.set_answer(12, level=3, justification="Perbup Peta Rencana ditetapkan")
    first = packages["Bappeda"][1]
    second = tmp_path / "kiriman-bappeda-rev2.spbe"
    export_submission(ws, second, OPD_PASS)
    assert import_packages(coord, [second])[0].status == "imported"
    assert consolidation(coord).indicators[11].value == 3
    copy = tmp_path / "lama.spbe"
    shutil.copy(first, copy)
    coord.conn.execute("DELETE FROM packages WHERE package_id = ?", (again[0].package_id,))


def test_untrusted_and_changed_keys(cycle):
    coord, packages, tmp_path = cycle
    ws, out, _ = packages["Bappeda"]
    before = coord.path.read_bytes()
    refused = import_packages(coord, [out])
    assert refused[0].status == "rejected" and refused[0].errors[0]["code"] == "KEY_NOT_TRUSTED"
    assert coord.path.read_bytes() == before
    asked = []
    ok = import_packages(coord, [out], confirm_new_key=lambda n, fp: asked.append(fp) or True)
    assert ok[0].status == "imported" and asked == [ok[0].fingerprint]

    generate_key(ws, "kunci-baru-bappeda", replace=True)
    newer = tmp_path / "kunci-baru.spbe"
    export_submission(ws, newer, "kunci-baru-bappeda")
    changed = import_packages(coord, [newer])
    assert changed[0].errors[0]["code"] == "KEY_CHANGED"
    accepted = import_packages(coord, [newer], accept_changed_keys={"Bappeda": "laptop diganti"})
    assert accepted[0].status == "imported"


def test_hostile_and_foreign_packages_leave_the_workspace_unchanged(cycle, pemdi2026):
    coord, packages, tmp_path = cycle
    _, out, _ = packages["BKPSDM"]
    tampered = tmp_path / "ubah.spbe"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "data/submission.json":
                data = data.replace(b'"level": 4', b'"level": 5', 1)
            dst.writestr(info, data)
    not_zip = tmp_path / "bukan.spbe"
    not_zip.write_bytes(b"bukan paket")
    other = Workspace.create(
        tmp_path / "lain.spbews", opd_name="Dinas Lain", instrument=pemdi2026, period=2026
    )
    generate_key(other, OPD_PASS)
    other.set_answer(1, level=3)
    foreign = tmp_path / "lain.spbe"
    export_submission(other, foreign, OPD_PASS)
    other.close()
    before = coord.path.read_bytes()
    outcomes = import_packages(coord, [tampered, not_zip, foreign], trust_new_keys=True)
    assert [o.status for o in outcomes] == ["rejected"] * 3
    assert outcomes[0].errors[0]["code"] in ("BAG_HASH_MISMATCH", "TAGMANIFEST_MISMATCH")
    assert outcomes[1].errors[0]["code"] == "NOT_A_ZIP"
    assert outcomes[2].errors[0]["code"] == "INSTRUMENT_MISMATCH"
    assert coord.path.read_bytes() == before


def test_decision_settles_a_conflict(cycle):
    coord, packages, _ = cycle
    import_packages(coord, [out for _, out, _ in packages.values()], trust_new_keys=True)
    set_owner(coord, 5, None)
    coord.conn.execute("UPDATE submitted_answers SET value = '2' WHERE indicator_id = 'I05'")
    coord.conn.execute(
        "UPDATE submitted_answers SET level = 4, value = '4' WHERE indicator_id = 'I05' "
        "AND opd_id = (SELECT id FROM opds WHERE name = 'Bappeda')"
    )
    assert [v.number for v in consolidation(coord).conflicts] == [5]
    record_decision(coord, 5, Decimal(3), "Perkada pusat data berlaku untuk seluruh OPD")
    view = consolidation(coord).indicators[4]
    assert (view.value, view.source) == (3, "decision")


def test_cli_coordinator_flow(tmp_path):
    env = {**os.environ, "SPBE_LANG": "en", "SPBE_PASSPHRASE": PASS}
    run = [sys.executable, "-m", "spbe_desktop.cli"]

    def spbe(*args, check=True, passphrase=PASS):
        result = subprocess.run(
            [*run, *map(str, args)],
            capture_output=True,
            text=True,
            env={**env, "SPBE_PASSPHRASE": passphrase},
            stdin=subprocess.DEVNULL,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    coord = tmp_path / "prov.spbews"
    spbe("coord", "init", coord, "--name", "Provinsi Sulawesi Barat", "--period", 2025)
    spbe("keygen", coord)
    files = []
    shares = ["1-15", "16-30", "31-47"]
    for n, name in enumerate(["Inspektorat", "BPKAD", "Dinas Kesehatan"]):
        task = tmp_path / f"tugas{n}.spbe"
        spbe(
            "coord",
            "assign",
            coord,
            "--opd",
            name,
            "--indicators",
            shares[n],
            "--owner",
            "--deadline",
            "2025-07-01",
            "--out",
            task,
        )
        ws = tmp_path / f"opd{n}.spbews"
        spbe("init", ws, "--assignment", task)
        spbe("keygen", ws, passphrase=OPD_PASS)
        for i in range(1, 48):
            spbe("answer", ws, i, "--level", 1 + (i + n) % 5)
        spbe("attach", ws, 1, make_pdf(tmp_path / f"sk{n}.pdf"))
        out = tmp_path / f"kirim{n}.spbe"
        spbe("export", ws, "--out", out, passphrase=OPD_PASS)
        files.append(out)
    refused = spbe("coord", "import", coord, *files, "--json", check=False)
    assert refused.returncode == 1
    assert {r["errors"][0]["code"] for r in json.loads(refused.stdout)} == {"KEY_NOT_TRUSTED"}
    spbe("coord", "import", coord, *files, "--trust-new-keys")
    again = spbe("coord", "import", coord, *files, "--json")
    assert {r["status"] for r in json.loads(again.stdout)} == {"already"}
    status = json.loads(spbe("coord", "status", coord, "--json").stdout)
    assert len(status["opds"]) == 3
    assert {"name", "status", "index", "revision", "fingerprint"} <= set(status["opds"][0])
    assert not status["provisional"] and status["index"] is not None
    assert status["predicate"] in {"Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"}
    ranks = [r["rank"] for r in status["ranking"]]
    assert len(ranks) == 3 and ranks[0] == 1 and ranks == sorted(ranks)
    plan = json.loads(spbe("plan", coord, "--target", "3.00", "--json").stdout)
    assert plan["reachable"] and plan["index"] >= 3
    spbe(
        "coord",
        "mark",
        coord,
        "--opd",
        "BPKAD",
        "7",
        "--status",
        "revisi",
        "--note",
        "SK kedaluwarsa",
    )
    review = tmp_path / "reviu.spbe"
    spbe("coord", "review", coord, "--opd", "BPKAD", "--out", review)
    out = spbe("receive", tmp_path / "opd1.spbews", review)
    assert "1" in out.stdout
    wrong = spbe("receive", tmp_path / "opd0.spbews", review, check=False)
    assert wrong.returncode == 1 and "another OPD" in wrong.stderr


def test_assignment_of_an_instrument_without_domains(tmp_path, pemdi2026):
    """Pemdi has aspects but no domains: its pack travels in the assignment and is taken in."""
    coord, packages = build_cycle(tmp_path, pemdi2026, {"Bappeda": ([1, 2], 3)})
    ws, _, _ = packages["Bappeda"]
    assert ws.instrument.sha256 == pemdi2026.sha256
    assert [a.domain_id for a in ws.instrument.aspects] == [None] * len(pemdi2026.aspects)
    assert ws.meta("assigned_indicators") == "I01,I02"
    ws.close()
    coord.close()
