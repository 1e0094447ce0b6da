"""One export reads the workspace once: answers once, evidence listed once, the evidence check
run once (or not at all when the one the person saw still holds), the key derived once; the
package's JSON and its summary PDF describe that same reading."""

from __future__ import annotations

import json
import zipfile

import pytest
from evidence_files import make_image, make_pdf

from spbe_desktop.core import keys, snapshot
from spbe_desktop.core.evidence import check, store
from spbe_desktop.core.evidence.check import evidence_check
from spbe_desktop.core.export import submission
from spbe_desktop.core.export.submission import export_submission
from spbe_desktop.core.keys import generate_key, load_private_key
from spbe_desktop.core.workspace.workspace import Workspace

PASS = "kata-sandi-dinas-2025"


@pytest.fixture
def filled(workspace, tmp_path):
    for number in range(1, 6):
        workspace.set_answer(number, level=3, justification=f"Perbup Nomor {number} Tahun 2024")
    store.attach_file(workspace, 1, make_pdf(tmp_path / "perbup.pdf"), level=3)
    store.attach_file(workspace, 2, make_image(tmp_path / "layar.png", size=(320, 200)))
    generate_key(workspace, PASS)
    return workspace


class Counts(dict):
    def spy(self, monkeypatch, name, owner, attribute, *also):
        original = getattr(owner, attribute)

        def counted(*args, **kwargs):
            self[name] = self.get(name, 0) + 1
            return original(*args, **kwargs)

        for target in (owner, *also):
            monkeypatch.setattr(target, attribute, counted)


@pytest.fixture
def counts(monkeypatch):
    found = Counts()
    found.spy(monkeypatch, "answers", Workspace, "answers")
    found.spy(monkeypatch, "list_evidence", store, "list_evidence", snapshot)
    found.spy(monkeypatch, "key derivations", keys, "_stretch")
    found.spy(monkeypatch, "evidence checks", check, "check_snapshot", submission)
    found.spy(monkeypatch, "files checked", check, "_check_content")
    return found


def _package_json(path, name):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(name))


def test_one_export_reads_everything_once(filled, counts, tmp_path):
    result = export_submission(filled, tmp_path / "kiriman.spbe", PASS)
    assert dict(counts) == {
        "answers": 1,
        "list_evidence": 1,
        "key derivations": 1,
        "evidence checks": 1,
        "files checked": 2,
    }
    data = _package_json(result.path, "data/submission.json")
    listed = [e["name"] for i in data["indicators"] for e in i["evidence"]]
    assert sorted(listed) == ["layar.png", "perbup.pdf"]
    assert data["evidence_check"] == [f.to_dict() for f in result.findings]


def test_the_check_the_person_saw_travels_into_the_package(filled, counts, tmp_path):
    with Workspace.open(filled.path, read_only=True) as reader:
        seen = evidence_check(reader)
    key = load_private_key(filled, PASS)  # the export dialog unlocks the key once
    counts.clear()
    result = export_submission(filled, tmp_path / "kiriman.spbe", key, check=seen)
    assert dict(counts) == {"answers": 1, "list_evidence": 1}
    assert result.findings == list(seen.findings)
    assert any(f.code == "IMAGE_TOO_SMALL" for f in result.findings)


def test_a_check_that_no_longer_holds_runs_again(filled, counts, tmp_path):
    seen = evidence_check(filled)
    filled.set_answer(7, level=4)  # claimed without evidence since the check
    counts.clear()
    result = export_submission(filled, tmp_path / "kiriman.spbe", PASS, check=seen)
    assert counts["evidence checks"] == 1
    assert (7, "LEVEL_WITHOUT_EVIDENCE") in {(f.indicator, f.code) for f in result.findings}


def test_a_key_of_another_workspace_is_refused(filled, tmp_path, spbe2020):
    other = Workspace.create(
        tmp_path / "lain.spbews", opd_name="Dinas Lain", instrument=spbe2020, period=2025
    )
    generate_key(other, PASS)
    foreign = load_private_key(other, PASS)
    other.close()
    with pytest.raises(keys.KeyStoreError) as caught:
        export_submission(filled, tmp_path / "kiriman.spbe", foreign)
    assert caught.value.code == "KEY_CORRUPT"
    assert not (tmp_path / "kiriman.spbe").exists()


def test_a_change_after_the_reading_stays_out_of_the_package(filled, tmp_path, monkeypatch):
    read = snapshot.read_snapshot

    def read_then_change(ws):
        view = read(ws)
        ws.set_answer(9, level=2, justification="ditulis saat ekspor berjalan")
        return view

    monkeypatch.setattr(submission, "read_snapshot", read_then_change)
    result = export_submission(filled, tmp_path / "kiriman.spbe", PASS)
    data = _package_json(result.path, "data/submission.json")
    assert [i["level"] for i in data["indicators"] if i["number"] == 9] == [None]
    with zipfile.ZipFile(result.path) as archive:
        log = [json.loads(line) for line in archive.read("data/audit-log.jsonl").splitlines()]
    assert not any(r["indicator"] == "I09" for r in log)
    assert filled.answer(9).level == 2  # the change itself is kept, for the next export
