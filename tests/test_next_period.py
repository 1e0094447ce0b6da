"""The next period of an OPD from last period's workspace: everything that belongs to the OPD
carries over (evidence content once, original dates), levels start empty with last period's
answer beside them, one action takes it over, and the old file's bytes never change."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from evidence_files import make_image, make_pdf

from spbe_desktop.cli import main
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.items import add_item, item_notes, retire_item, set_item_note
from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.keys import generate_key, key_info, pin_key, trusted_key
from spbe_desktop.core.period.carry import next_period, previous_answers, take_over_previous
from spbe_desktop.core.report.signatory import set_signatory, signatory
from spbe_desktop.core.status import status_data
from spbe_desktop.core.workspace.workspace import Workspace

COORDINATOR_KEY = base64.b64encode(bytes(range(32))).decode()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def last_year(tmp_path, spbe2020):
    """A 2025 OPD workspace with answers, a key, a pinned coordinator key, own items, notes,
    a service, and evidence placed, unplaced and shared by two indicators."""
    path = tmp_path / "dinas-2025.spbews"
    perbup = make_pdf(tmp_path / "Perbup-SPBE.pdf")
    shot = make_image(tmp_path / "dasbor.png")
    with Workspace.create(path, opd_name="Dinas Kominfo", instrument=spbe2020, period=2025) as ws:
        generate_key(ws, "kata-sandi-opd-2025", scrypt_n=2**10)
        pin_key(ws, "coordinator", "Kabupaten Mamuju", COORDINATOR_KEY)
        set_signatory(ws, "Ir. Budi", "1975", "Mamuju")
        ws.set_answer(1, level=3, justification="Perbup 12/2023 berlaku")
        ws.set_answer(2, level=2, justification="Rencana induk")
        ws.set_answer(45, level=2, justification="Layanan daring", service_name="Perizinan daring")
        attach_file(ws, 1, perbup, level=1, document_date="2023-04-01")
        attach_file(ws, 2, perbup)  # the same content, unplaced
        attach_file(ws, 45, shot, level=2)
        own = add_item(ws, 1, 2, "Notulen rapat tim SPBE")
        set_item_note(ws, 1, 2, own.number, "Notulen triwulan", "hal. 3-5")
        retire_item(ws, 1, 1, 1)
    return path


def test_everything_of_the_opd_carries_and_the_old_file_is_untouched(last_year, tmp_path):
    before = digest(last_year)
    new = tmp_path / "dinas-2026.spbews"
    carried = next_period(last_year, new, 2026)
    assert digest(last_year) == before
    assert (carried.evidence, carried.contents, carried.items, carried.previous) == (3, 2, 1, 3)
    with Workspace.open(last_year, read_only=True) as old, Workspace.open(new) as ws:
        assert ws.info.period == "2026" and ws.info.opd_name == "Dinas Kominfo"
        assert ws.info.workspace_id != old.info.workspace_id
        assert key_info(ws) == key_info(old)  # the coordinator's pin of this key stays valid
        assert trusted_key(ws, "coordinator").public_key == COORDINATOR_KEY
        assert signatory(ws) == ("Ir. Budi", "1975", "Mamuju")
        keep = ("indicator_id", "level", "item", "sha256", "original_name", "size", "added_at")
        assert [tuple(getattr(e, k) for k in keep) for e in list_evidence(ws)] == [
            tuple(getattr(e, k) for k in keep) for e in list_evidence(old)
        ]
        dated = ws.conn.execute("SELECT document_date FROM evidence ORDER BY id").fetchall()
        assert dated[0] == ("2023-04-01",)
        assert ws.conn.execute("SELECT COUNT(*) FROM blobs").fetchone() == (2,)
        assert item_notes(ws) == item_notes(old)
        assert ws.conn.execute("SELECT COUNT(*) FROM retired_items").fetchone() == (1,)
        assert {k: a.level for k, a in ws.answers().items()} == {"I45": None}
        assert ws.answer(45).service_name == "Perizinan daring"
        data = status_data(ws)
        assert data["answered"] == 0 and data["previous_period"] == "2025"
        by_number = {i["number"]: i for i in data["indicators"]}
        assert [by_number[n]["previous_level"] for n in (1, 2, 3, 45)] == [3, 2, None, 2]
        assert by_number[1]["evidence_count"] == 1 and by_number[2]["evidence_count"] == 1
        assert previous_answers(ws)["I01"].justification == "Perbup 12/2023 berlaku"
        assert take_over_previous(ws, [1]) == ["I01"]
        assert ws.answer(1).level == 3 and ws.answer(1).justification == "Perbup 12/2023 berlaku"
        assert sorted(take_over_previous(ws)) == ["I02", "I45"]
        assert status_data(ws)["answered"] == 3
        with pytest.raises(InputError, match="no answer from last period"):
            take_over_previous(ws, [3])
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert actions[:2] == ["workspace.created", "period.carried"]
    assert digest(last_year) == before


def test_files_can_be_left_out(last_year, tmp_path):
    carried = next_period(last_year, tmp_path / "n.spbews", 2026, leave_out=["dasbor.png"])
    assert (carried.evidence, carried.left_out, carried.contents) == (2, 1, 1)
    with Workspace.open(tmp_path / "n.spbews", read_only=True) as ws:
        assert {e.original_name for e in list_evidence(ws)} == {"Perbup-SPBE.pdf"}


def test_cli_init_from_and_answer_previous(last_year, tmp_path, capsys):
    before = digest(last_year)
    new = tmp_path / "dinas-2026.spbews"
    args = ["--lang", "en", "init", str(new), "--from", str(last_year), "--period", "2026"]
    assert main(args) == 0
    assert "3 evidence (2 files)" in capsys.readouterr().out
    assert main(["status", str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["indicators"][0]["previous_level"] == 3 and data["indicators"][0]["level"] is None
    assert data["evidence_total"] == 3
    assert main(["--lang", "en", "answer", str(new), "2", "--previous"]) == 0
    assert main(["--lang", "en", "answer", str(new), "--previous"]) == 0
    assert "taken over on 2 indicators" in capsys.readouterr().out
    assert main(["answer", str(new), "3", "--previous"]) == 1
    assert main(["answer", str(new), "3", "--previous", "--level", "2"]) == 2
    assert digest(last_year) == before


def test_refusals_leave_both_files_as_they_were(last_year, tmp_path, capsys, spbe2020):
    before = digest(last_year)
    new = tmp_path / "new.spbews"
    base = ["--lang", "en", "init", str(new), "--from", str(last_year)]
    assert main([*base, "--period", "2025"]) == 1
    assert "already period 2025" in capsys.readouterr().err
    assert main(base) == 2  # --period is needed
    assert main([*base, "--period", "2026", "--opd", "X"]) == 2
    missing = ["--lang", "en", "init", str(new), "--from", str(tmp_path / "none.spbews")]
    assert main([*missing, "--period", "2026"]) == 1
    assert "was not found" in capsys.readouterr().err
    not_a_workspace = tmp_path / "surat.spbews"
    not_a_workspace.write_bytes(b"PK\x03\x04 not sqlite")
    assert main(["init", str(new), "--from", str(not_a_workspace), "--period", "2026"]) == 1
    with Workspace.create(
        tmp_path / "kab.spbews",
        opd_name="Kab",
        instrument=spbe2020,
        period=2025,
        kind="coordinator",
    ):
        pass
    assert (
        main(
            [
                "--lang",
                "en",
                "init",
                str(new),
                "--from",
                str(tmp_path / "kab.spbews"),
                "--period",
                "2026",
            ]
        )
        == 1
    )
    assert "spbe coord init --from" in capsys.readouterr().err
    assert not new.exists() and digest(last_year) == before
    new.write_bytes(b"already here")
    assert main([*base, "--period", "2026"]) == 1
    assert new.read_bytes() == b"already here" and digest(last_year) == before


def test_a_file_with_a_hot_journal_is_read_through_a_copy(last_year, tmp_path):
    """A journal beside the old file (a writer killed mid-transaction) is never rolled back in
    place: the copy is recovered and read."""
    journal = last_year.with_name(last_year.name + "-journal")
    journal.write_bytes(b"")  # an empty journal: nothing to roll back, yet it must stay
    before = digest(last_year)
    next_period(last_year, tmp_path / "n.spbews", 2026)
    assert digest(last_year) == before and journal.exists()


@pytest.mark.parametrize("name", ["opd-schema3.spbews", "opd-schema4.spbews"])
def test_older_workspaces_carry_over_and_stay_as_they_were(name, tmp_path):
    """An older file is read through a migrated copy: its bytes never change."""
    import shutil
    from pathlib import Path

    old = tmp_path / name
    shutil.copyfile(Path(__file__).parent / "fixtures" / name, old)
    before = digest(old)
    carried = next_period(old, tmp_path / "2027.spbews", 2027)
    assert digest(old) == before
    with Workspace.open(old, read_only=True) as was, Workspace.open(tmp_path / "2027.spbews") as ws:
        assert len(list_evidence(ws)) == len(list_evidence(was)) == carried.evidence
        assert key_info(ws) == key_info(was) and ws.meta("opd_id") == was.meta("opd_id")
        assert trusted_key(ws, "coordinator") == trusted_key(was, "coordinator")
        assert status_data(ws)["indicators"][0]["previous_level"] == 3
    assert digest(old) == before


def test_a_coordinator_from_an_older_schema(tmp_path):
    import shutil
    from pathlib import Path

    from spbe_desktop.core.coordinator.store import earlier_results, list_opds, owners
    from spbe_desktop.core.period.coordinator import coordinator_next_period

    old = tmp_path / "coordinator-schema3.spbews"
    shutil.copyfile(Path(__file__).parent / "fixtures" / old.name, old)
    before = digest(old)
    carried = coordinator_next_period(old, tmp_path / "kab-2027.spbews", 2027)
    assert digest(old) == before and carried.opds == 1 and carried.owners == 2
    with Workspace.open(tmp_path / "kab-2027.spbews", read_only=True) as ws:
        assert len(list_opds(ws)) == 1 and len(owners(ws)) == 2
        assert [e.period for e in earlier_results(ws)] == ["2026"]
