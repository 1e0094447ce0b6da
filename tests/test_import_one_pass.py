"""The coordinator's import reads each evidence file of a package once, hashing it while it is
stored; a file that does not match the signed manifest still refuses the whole package."""

from __future__ import annotations

import os
import sqlite3

import pytest
from opd_cycle import build_cycle
from test_bundle_support import read_members, write_members

from spbe_desktop.core.bundle import verified, verify, zipcheck
from spbe_desktop.core.coordinator.hash_lanes import HashLanes
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.errors import Cancelled

OPDS = {"Bappeda": ([1, 2, 3], 3), "Inspektorat": ([4, 5], 2)}


@pytest.fixture
def cycle(tmp_path, spbe2020):
    coord, packages = build_cycle(tmp_path, spbe2020, OPDS, screenshots=True)
    yield coord, packages, tmp_path
    for ws, _, _ in packages.values():
        ws.close()
    coord.close()


def _tampered(package, folder, name="ubah.spbe", only=None):
    """The package with one byte of every evidence file (or of the `only`-th one) changed,
    manifest and signature kept."""
    members = read_members(package)
    evidence = sorted(m for m in members if m.startswith("data/evidence/"))
    for member in evidence if only is None else evidence[only : only + 1]:
        data = members[member]
        members[member] = data[:-1] + bytes([data[-1] ^ 0x01])
    return write_members(folder / name, members)


def _count_reads(monkeypatch) -> dict[str, int]:
    reads: dict[str, int] = {}
    original = zipcheck.iter_member

    def counting(archive, info, own_file=None, **options):
        reads[info.filename] = reads.get(info.filename, 0) + 1
        yield from original(archive, info, own_file, **options)

    monkeypatch.setattr(verify, "iter_member", counting)
    monkeypatch.setattr(verified, "iter_member", counting)
    return reads


def test_each_evidence_file_is_read_once(cycle, monkeypatch):
    coord, packages, _ = cycle
    _, package, _ = packages["Bappeda"]
    reads = _count_reads(monkeypatch)
    [outcome] = import_packages(coord, [package], trust_new_keys=True)
    assert outcome.status == "imported", outcome
    evidence = {name: n for name, n in reads.items() if name.startswith("data/evidence/")}
    assert len(evidence) == 2  # the shared PDF and the screenshot
    assert set(evidence.values()) == {1}
    stored = coord.conn.execute("SELECT COUNT(*) FROM blobs WHERE sha256 IS NOT NULL")
    assert stored.fetchone()[0] == 2


def test_a_changed_evidence_file_refuses_the_package(cycle):
    coord, packages, tmp_path = cycle
    _, package, _ = packages["Bappeda"]
    before = coord.path.read_bytes()
    [outcome] = import_packages(coord, [_tampered(package, tmp_path)], trust_new_keys=True)
    assert outcome.status == "rejected"
    assert [e["code"] for e in outcome.errors] == ["BAG_HASH_MISMATCH"]
    assert coord.path.read_bytes() == before
    assert coord.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 0


def test_a_changed_file_whose_content_is_stored_already_is_refused_too(cycle):
    coord, packages, tmp_path = cycle
    first = import_packages(coord, [packages["Bappeda"][1]], trust_new_keys=True)
    assert first[0].status == "imported"
    blobs = coord.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0]
    # Inspektorat sent the same PDF (stored already) and a screenshot of its own.
    tampered = _tampered(packages["Inspektorat"][1], tmp_path)
    [outcome] = import_packages(coord, [tampered], trust_new_keys=True)
    assert outcome.status == "rejected"
    assert outcome.errors[0]["code"] == "BAG_HASH_MISMATCH"
    assert coord.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == blobs
    opds = coord.conn.execute("SELECT COUNT(*) FROM submitted_answers GROUP BY opd_id")
    assert len(opds.fetchall()) == 1


def test_a_changed_copy_of_an_imported_package_is_refused_not_already_there(cycle):
    coord, packages, tmp_path = cycle
    _, package, _ = packages["Bappeda"]
    assert import_packages(coord, [package], trust_new_keys=True)[0].status == "imported"
    again = import_packages(coord, [package, _tampered(package, tmp_path)])
    assert [o.status for o in again] == ["already", "rejected"]
    assert again[1].errors[0]["code"] == "BAG_HASH_MISMATCH"


def _committed_senders(coord) -> set[str]:
    """The OPDs whose submission is committed, as another connection sees the file."""
    conn = sqlite3.connect(coord.path)
    try:
        rows = conn.execute(
            "SELECT DISTINCT o.name FROM submitted_answers a JOIN opds o ON o.id = a.opd_id"
        )
        names = {r[0] for r in rows}
        assert conn.execute("SELECT COUNT(*) FROM packages WHERE direction = 'in'").fetchone()[
            0
        ] == len(names)
        return names
    finally:
        conn.close()


def test_one_run_keeps_each_good_package_and_none_of_a_refused_one(cycle):
    """The packages of a run are committed together, yet each stands alone: a package refused
    while it is stored, after a good one, leaves no trace and does not take it along."""
    coord, packages, tmp_path = cycle
    tampered = _tampered(packages["Inspektorat"][1], tmp_path)
    outcomes = import_packages(coord, [packages["Bappeda"][1], tampered], trust_new_keys=True)
    assert [o.status for o in outcomes] == ["imported", "rejected"]
    assert _committed_senders(coord) == {"Bappeda"}


def test_cancelling_keeps_the_packages_imported_before_it(cycle):
    coord, packages, _ = cycle

    class AfterFirst:
        def is_set(self) -> bool:
            return (
                coord.conn.execute(
                    "SELECT COUNT(*) FROM packages WHERE direction = 'in'"
                ).fetchone()[0]
                > 0
            )

    with pytest.raises(Cancelled):
        import_packages(
            coord,
            [packages["Bappeda"][1], packages["Inspektorat"][1]],
            trust_new_keys=True,
            cancel=AfterFirst(),
        )
    assert _committed_senders(coord) == {"Bappeda"}


@pytest.mark.parametrize("only", [0, 1])
def test_one_changed_file_among_several_refuses_the_package(cycle, only):
    """Evidence is hashed on lanes while the next file is stored: whichever file differs, the
    package is refused once all are hashed, and the workspace is as it was."""
    coord, packages, tmp_path = cycle
    before = coord.path.read_bytes()
    tampered = _tampered(packages["Bappeda"][1], tmp_path, only=only)
    [outcome] = import_packages(coord, [tampered], trust_new_keys=True)
    assert outcome.status == "rejected"
    assert [e["code"] for e in outcome.errors] == ["BAG_HASH_MISMATCH"]
    assert coord.path.read_bytes() == before


def test_a_refused_package_leaves_nothing_for_the_next_one_in_the_run(cycle):
    """The refused package's stored evidence (the PDF both OPDs sent) is rolled back, and its
    verdict does not carry over: the next package stores that content itself."""
    coord, packages, tmp_path = cycle
    tampered = _tampered(packages["Bappeda"][1], tmp_path)
    outcomes = import_packages(coord, [tampered, packages["Inspektorat"][1]], trust_new_keys=True)
    assert [o.status for o in outcomes] == ["rejected", "imported"]
    assert _committed_senders(coord) == {"Inspektorat"}
    assert coord.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 2


def test_hash_lanes_name_each_file_that_differs_once():
    import hashlib

    good, bad = b"isi bukti" * 100_000, b"isi lain" * 100_000
    with HashLanes(2) as lanes:
        for name, data, claimed in [("a", good, good), ("b", bad, good), ("c", good, good)]:
            feed = lanes.open(name, hashlib.sha256(claimed).hexdigest())
            for at in range(0, len(data), 65536):
                feed.update(data[at : at + 65536])
            feed.close()
        assert lanes.mismatches() == ["b"]
        # A file left half-fed (its package failed on the way) is not judged; the next is.
        lanes.open("d", hashlib.sha256(good).hexdigest()).update(good[:10])
        feed = lanes.open("e", hashlib.sha256(good).hexdigest())
        feed.update(good)
        feed.close()
        assert lanes.mismatches() == []


def test_hash_lanes_take_back_the_buffers_they_lend_once_hashed():
    import hashlib

    data = bytes(range(256)) * 10_000
    with HashLanes(2) as lanes:
        lent = []
        feed = lanes.open("a", hashlib.sha256(data).hexdigest())
        for at in range(0, len(data), 1_000_000):
            buffer = lanes.buffer()
            piece = data[at : at + 1_000_000]
            buffer[: len(piece)] = piece
            lent.append(buffer)
            feed.update(memoryview(buffer)[: len(piece)])
            assert lanes.mismatches() == []  # hashed, so this buffer is free again
        feed.close()
        assert lanes.mismatches() == []
        # Every chunk after the first was read into the buffer the lanes had taken back.
        assert all(b is lent[0] for b in lent)


def test_a_stored_member_read_into_lent_buffers_is_the_same_bytes(tmp_path):
    import zipfile

    data = os.urandom(zipcheck.CHUNK * 2 + 12345)
    path = tmp_path / "paket.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("data/evidence/bukti.bin", data)
    buffers: list[bytearray] = []

    def lend() -> bytearray:
        buffers.append(bytearray(zipcheck.CHUNK))
        return buffers[-1]

    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("data/evidence/bukti.bin")
        chunks = [bytes(c) for c in zipcheck.iter_member(archive, info, buffer=lend)]
    assert b"".join(chunks) == data
    assert len(buffers) == len(chunks) == 3
