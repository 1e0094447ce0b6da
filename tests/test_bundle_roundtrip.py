"""Export → verify round trip: a real workspace becomes a signed, valid BagIt package."""

from __future__ import annotations

import json
import threading
import zipfile

import pytest
from test_bundle_support import (
    PASSPHRASE,
    build_exported,
    export,
    filled_workspace,
    read_members,
)

from spbe_desktop.core.bundle import FORMAT_VERSION, verify_package
from spbe_desktop.core.errors import Cancelled, KeyStoreError
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture
def exported(tmp_path_factory):
    return build_exported(tmp_path_factory)


def test_export_is_valid_and_describes_itself(exported):
    ws_path, package = exported
    result = verify_package(package)
    assert result.valid, result.errors
    assert result.kind == "submission"
    assert result.opd == "Dinas Komunikasi dan Informatika"
    assert result.period == "2025"
    assert result.instrument == "spbe-2020"
    assert result.revision == 1
    with Workspace.open(ws_path, read_only=True) as ws:
        from spbe_desktop.core.keys import key_info

        assert result.signer_fingerprint == key_info(ws).fingerprint
        assert ws.meta("last_package_id") == result.package_id


def test_layout_matches_the_contract(exported):
    _ws, package = exported
    with zipfile.ZipFile(package) as archive:
        infos = {i.filename: i for i in archive.infolist()}
    for name in (
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "tagmanifest-sha256.txt",
        "spbe-package.json",
        "signature.json",
        "data/submission.json",
        "data/audit-log.jsonl",
        "data/summary.pdf",
    ):
        assert name in infos
    evidence = [n for n in infos if n.startswith("data/evidence/")]
    assert len(evidence) == 4  # the copied PDF is stored once
    assert all(infos[n].compress_type == zipfile.ZIP_STORED for n in evidence)
    members = read_members(package)
    tagmanifest = members["tagmanifest-sha256.txt"].decode()
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "spbe-package.json"):
        assert name in tagmanifest
    assert "data/summary.pdf" in members["manifest-sha256.txt"].decode()
    info = members["bag-info.txt"].decode()
    meta = json.loads(members["spbe-package.json"])
    assert f"External-Identifier: {meta['package_id']}" in info
    for label in ("Source-Organization", "Bagging-Date", "Payload-Oxum", "Bag-Software-Agent"):
        assert label in info
    assert meta["kind"] == "submission" and meta["format_version"] == FORMAT_VERSION


def test_submission_json_carries_answers_evidence_and_findings(exported):
    _ws, package = exported
    members = read_members(package)
    data = json.loads(members["data/submission.json"])
    first = data["indicators"][0]
    assert first["level"] == 2 and first["justification"].startswith("Perbup")
    ref = first["evidence"][0]
    assert ref["name"] == "Perbup SPBE.pdf" and ref["level"] == 3
    assert members[ref["path"]][:5] == b"%PDF-"
    codes = {f["code"] for f in data["evidence_check"]}
    assert "DUPLICATE_CONTENT" in codes  # the same PDF under two names
    assert "LEVEL_WITHOUT_EVIDENCE" in codes  # indicator 6 has a level and nothing attached


def test_pdf_in_package_names_the_package(exported):
    import io

    from pypdf import PdfReader

    _ws, package = exported
    members = read_members(package)
    meta = json.loads(members["spbe-package.json"])
    text = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(members["data/summary.pdf"])).pages
    )
    assert meta["package_id"] in text
    assert meta["payload_digest"] in text.replace("\n", "").replace(" ", "")


def test_extracted_package_is_a_valid_bag_for_the_bagit_library(exported, tmp_path):
    import bagit

    _ws, package = exported
    with zipfile.ZipFile(package) as archive:
        archive.extractall(tmp_path / "bag")
    loaded = bagit.Bag(str(tmp_path / "bag"))
    loaded.validate()
    assert loaded.info["External-Identifier"] == verify_package(package).package_id


def test_each_export_is_a_new_revision(tmp_path):
    ws_path = filled_workspace(tmp_path / "w")
    first = export(ws_path, tmp_path / "a.spbe")
    second = export(ws_path, tmp_path / "b.spbe")
    assert (first.revision, second.revision) == (1, 2)
    assert first.package_id != second.package_id
    assert verify_package(tmp_path / "b.spbe").revision == 2


def test_wrong_passphrase_writes_nothing(tmp_path):
    from spbe_desktop.core.export.submission import export_submission

    ws_path = filled_workspace(tmp_path / "w")
    out = tmp_path / "out.spbe"
    with Workspace.open(ws_path) as ws:
        with pytest.raises(KeyStoreError) as err:
            export_submission(ws, out, PASSPHRASE + "x")
        assert err.value.code == "KEY_PASSPHRASE_WRONG"
        assert ws.meta("package_revision") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w"]


def test_cancel_mid_export_leaves_no_file(tmp_path):
    from evidence_files import make_large_file

    from spbe_desktop.core.evidence.store import attach_file

    ws_path = filled_workspace(tmp_path / "w")
    with Workspace.open(ws_path) as ws:
        attach_file(ws, 7, make_large_file(tmp_path / "w" / "video.mp4", 6 * 1024 * 1024))
    cancel = threading.Event()

    def progress(done, total, message):
        if done > 2 * 1024 * 1024:
            cancel.set()

    out = tmp_path / "out.spbe"
    with pytest.raises(Cancelled):
        export(ws_path, out, progress=progress, cancel=cancel)
    assert not out.exists()
    assert not out.with_name("out.spbe.part").exists()
    with Workspace.open(ws_path, read_only=True) as ws:
        assert ws.meta("package_revision") is None


def test_cancel_during_self_check_leaves_no_file(tmp_path):
    ws_path = filled_workspace(tmp_path / "w")
    cancel = threading.Event()
    seen = []

    def progress(done, total, message):
        seen.append(message)
        if message == "data/summary.pdf":  # the self-check reads the payload back
            cancel.set()

    out = tmp_path / "out.spbe"
    with pytest.raises(Cancelled):
        export(ws_path, out, progress=progress, cancel=cancel)
    assert list(tmp_path.glob("out.spbe*")) == []


def test_progress_reaches_the_total(tmp_path):
    ws_path = filled_workspace(tmp_path / "w")
    calls = []
    export(ws_path, tmp_path / "out.spbe", progress=lambda d, t, m: calls.append((d, t)))
    assert calls and all(d <= t for d, t in calls)
    assert calls[-1][0] == calls[-1][1]


def test_verify_changes_nothing_in_the_folder(exported, tmp_path, monkeypatch):
    _ws, package = exported
    monkeypatch.chdir(tmp_path)
    before = sorted(package.parent.iterdir())
    assert verify_package(package).valid
    assert sorted(package.parent.iterdir()) == before
    assert list(tmp_path.iterdir()) == []
