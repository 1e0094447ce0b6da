"""From an SPBE-2020 workspace to Pemdi-2026: last period's files and justifications are proposed
on the new indicators the crosswalk names, and nothing is attached until the person accepts."""

from __future__ import annotations

import hashlib
import json

import pytest
from evidence_files import make_pdf

from spbe_desktop.cli import main
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.instrument.crosswalk import load_crosswalk
from spbe_desktop.core.period.carry import next_period
from spbe_desktop.core.period.crosswalk import decide, proposals
from spbe_desktop.core.status import status_data
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture
def carried(tmp_path, spbe2020):
    """An SPBE-2020 workspace (audit report on 29, architecture on 11) carried to Pemdi-2026."""
    old = tmp_path / "2025.spbews"
    with Workspace.create(old, opd_name="Dinas Kominfo", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(29, level=3, justification="Laporan audit TIK 2024 oleh Inspektorat")
        attach_file(ws, 29, make_pdf(tmp_path / "Laporan-Audit-TIK-2024.pdf"), level=2)
        attach_file(ws, 11, make_pdf(tmp_path / "Arsitektur-SPBE.pdf", "Arsitektur"))
        ws.set_answer(11, level=2, justification="")
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    new = tmp_path / "2026.spbews"
    result = next_period(old, new, 2026, "pemdi-2026")
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before
    assert not result.same_instrument and result.evidence == 2 and result.contents == 2
    return new


def test_proposals_follow_the_crosswalk_and_attach_nothing(carried, spbe2020, pemdi2026):
    crosswalk = load_crosswalk(spbe2020, pemdi2026)
    with Workspace.open(carried) as ws:
        assert ws.info.period == "2026" and ws.instrument.id == "pemdi-2026"
        assert list_evidence(ws) == [] and status_data(ws)["previous_period"] == "2025"
        assert all(i["previous_level"] is None for i in status_data(ws)["indicators"])
        found = proposals(ws)
        assert found and all(p.state == "open" for p in found)
        expected = {(r.new, r.old) for r in crosswalk.rows if r.old in (11, 29)}
        assert {(p.new_number, p.old_number) for p in found} == expected
        audit = proposals(ws, 9)
        assert [p.kind for p in audit] == ["justification", "evidence"]
        assert (
            audit[0].text == "Laporan audit TIK 2024 oleh Inspektorat" and audit[0].old_level == 3
        )
        assert audit[1].text == "Laporan-Audit-TIK-2024.pdf" and audit[1].confidence == "high"
        assert audit[1].key == f"9.29.{audit[1].sha256[:8]}"
        # Nothing is proposed from an indicator without a justification (11 has none).
        assert not [p for p in found if p.old_number == 11 and p.kind == "justification"]

        decide(ws, [audit[0].key, audit[1].key], accept=True)
        attached = list_evidence(ws, 9)
        assert [(e.original_name, e.level, e.item) for e in attached] == [
            ("Laporan-Audit-TIK-2024.pdf", None, None)
        ]
        assert ws.answer(9).justification == "Laporan audit TIK 2024 oleh Inspektorat"
        assert ws.answer(9).level is None  # the level stays the person's choice
        assert [p.state for p in proposals(ws, 9)] == ["accepted", "accepted"]
        other = next(p for p in proposals(ws) if p.new_number != 9 and p.old_number == 29)
        decide(ws, [other.key], accept=False)
        assert next(p for p in proposals(ws) if p.key == other.key).state == "declined"
        assert len(list_evidence(ws)) == 1
        with pytest.raises(InputError, match="decided already"):
            decide(ws, [other.key], accept=True)
        with pytest.raises(InputError, match=r"no proposal 99\.1\.j"):
            decide(ws, ["99.1.j", audit[0].key], accept=True)
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log")]
        assert actions.count("crosswalk.decided") == 3


def test_a_refused_batch_changes_nothing(carried):
    with Workspace.open(carried) as ws:
        keys = [p.key for p in proposals(ws)]
        with pytest.raises(InputError):
            decide(ws, [keys[0], "no-such-key"], accept=True)
        assert list_evidence(ws) == [] and all(p.state == "open" for p in proposals(ws))


def test_cli_propose_apply_decline(carried, capsys):
    assert main(["--lang", "en", "crosswalk", str(carried), "--propose", "--indicator", "9"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("9 ") and "9.29.j" in out and "open" in out and "high" in out
    assert main(["crosswalk", str(carried), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    files = [p["key"] for p in listed if p["kind"] == "evidence" and p["new_number"] == 9]
    assert main(["--lang", "en", "crosswalk", str(carried), "--apply", *files]) == 0
    assert "1 proposals accepted: 1 files attached" in capsys.readouterr().out
    assert main(["crosswalk", str(carried), "--decline", "9.29.j"]) == 0
    assert main(["--lang", "en", "crosswalk", str(carried), "--apply", "9.29.j"]) == 1
    assert "decided already" in capsys.readouterr().err
    assert main(["crosswalk", str(carried), "--apply", "x", "--decline", "y"]) == 2
    assert main(["crosswalk", "--propose"]) == 2
    assert main(["status", str(carried), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["evidence_total"] == 1


def test_a_same_instrument_workspace_has_no_proposals(workspace, capsys):
    workspace.close()
    assert main(["--lang", "en", "crosswalk", str(workspace.path)]) == 0
    assert "No crosswalk proposals" in capsys.readouterr().out
    assert main(["--lang", "en", "crosswalk", str(workspace.path), "--apply", "1.1.j"]) == 1
    assert "no crosswalk proposals" in capsys.readouterr().err
