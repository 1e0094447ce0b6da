"""A tamper corpus built from a real package: every change is detected with the right code."""

from __future__ import annotations

import json
import re

import pytest
from test_bundle_support import (
    build_exported,
    codes,
    private_key,
    read_members,
    resign,
    signature_json,
    write_members,
)

from spbe_desktop.core.bundle import bag, verify_package

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "spbe-package.json")


@pytest.fixture
def exported(tmp_path_factory):
    return build_exported(tmp_path_factory)


def _flip(data: bytes, position: int | None = None) -> bytes:
    position = len(data) // 2 if position is None else position
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]


def _verify(tmp_path, members, name="t.spbe"):
    return verify_package(write_members(tmp_path / name, members))


def test_flipping_a_byte_in_any_member_is_detected(exported, tmp_path):
    _ws, package = exported
    original = read_members(package)
    for name in original:
        members = dict(original)
        members[name] = _flip(original[name])
        result = _verify(tmp_path, members)
        assert not result.valid, name
        if name.startswith("data/"):
            expected = {"BAG_HASH_MISMATCH"}
        elif name in (*TAG_FILES, "tagmanifest-sha256.txt"):
            expected = {"TAGMANIFEST_MISMATCH"}
        else:  # signature.json: the flip lands in its JSON text
            expected = {"SIGNATURE_INVALID", "SIGNATURE_MISSING", "JSON_INVALID"}
        assert set(codes(result)) & expected, (name, codes(result))


def test_a_changed_signature_value_is_invalid(exported, tmp_path):
    _ws, package = exported
    members = read_members(package)
    sig = json.loads(members["signature.json"])
    value = bytearray(sig["signature"].encode())
    value[10] = ord("A") if value[10] != ord("A") else ord("B")
    sig["signature"] = value.decode()
    members["signature.json"] = json.dumps(sig).encode()
    assert codes(_verify(tmp_path, members)) == ["SIGNATURE_INVALID"]


def test_raw_byte_flips_in_the_file_are_detected(exported, tmp_path):
    _ws, package = exported
    raw = package.read_bytes()
    for position in range(97, len(raw), max(len(raw) // 40, 1)):
        damaged = tmp_path / "raw.spbe"
        damaged.write_bytes(_flip(raw, position))
        result = verify_package(damaged)
        # A flip in an unchecked field (a timestamp, a version byte) may leave the package as
        # it was; anything else must be refused, never crash.
        if result.valid:
            assert read_members(damaged) == read_members(package)


@pytest.mark.parametrize("name", [*TAG_FILES, "tagmanifest-sha256.txt"])
def test_removing_a_tag_file(exported, tmp_path, name):
    _ws, package = exported
    members = read_members(package)
    del members[name]
    assert codes(_verify(tmp_path, members)) == ["BAG_MISSING_FILE"]


def test_removing_the_signature(exported, tmp_path):
    _ws, package = exported
    members = read_members(package)
    del members["signature.json"]
    assert codes(_verify(tmp_path, members)) == ["SIGNATURE_MISSING"]


def test_removing_each_payload_file(exported, tmp_path):
    _ws, package = exported
    original = read_members(package)
    for name in [n for n in original if n.startswith("data/")]:
        members = dict(original)
        del members[name]
        assert codes(_verify(tmp_path, members)) == ["BAG_MISSING_FILE"], name


@pytest.mark.parametrize("name", ["data/extra.txt", "extra.txt", "data/evidence/x.pdf"])
def test_adding_a_file(exported, tmp_path, name):
    _ws, package = exported
    members = read_members(package)
    members[name] = b"tambahan"
    assert codes(_verify(tmp_path, members)) == ["BAG_EXTRA_FILE"]


def test_renaming_a_member(exported, tmp_path):
    _ws, package = exported
    members = read_members(package)
    evidence = next(n for n in members if n.startswith("data/evidence/"))
    members[evidence.replace(".pdf", ".docx")] = members.pop(evidence)
    assert set(codes(_verify(tmp_path, members))) == {"BAG_MISSING_FILE", "BAG_EXTRA_FILE"}


def test_a_signature_from_another_key(exported, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from spbe_desktop.core.keys import public_raw

    ws_path, package = exported
    members = read_members(package)
    other = Ed25519PrivateKey.generate()
    # The other key's signature, claiming the OPD's public key: invalid.
    claimed = public_raw(private_key(ws_path))
    members["signature.json"] = signature_json(members[bag.TAGMANIFEST], other, claimed)
    assert codes(_verify(tmp_path, members)) == ["SIGNATURE_INVALID"]
    # Signed through by another key: valid as a package, but the fingerprint tells it apart
    # (the coordinator's pinned key refuses it).
    members["signature.json"] = signature_json(members[bag.TAGMANIFEST], other)
    result = _verify(tmp_path, members, "other.spbe")
    assert result.valid
    assert result.signer_fingerprint != verify_package(package).signer_fingerprint


def test_a_fingerprint_that_does_not_match_the_key(exported, tmp_path):
    _ws, package = exported
    members = read_members(package)
    sig = json.loads(members["signature.json"])
    sig["fingerprint"] = "0000-" + sig["fingerprint"][5:]
    members["signature.json"] = json.dumps(sig).encode()
    assert codes(_verify(tmp_path, members)) == ["SIGNATURE_INVALID"]


def test_edited_bag_info(exported, tmp_path):
    ws_path, package = exported
    members = read_members(package)
    members["bag-info.txt"] = members["bag-info.txt"].replace(b"Komunikasi", b"Kesehatan")
    assert codes(_verify(tmp_path, members)) == ["TAGMANIFEST_MISMATCH"]
    # The tag manifest brought up to date, but not signed again: the signature fails.
    members = resign(members, private_key(ws_path), manifest=False)
    members["signature.json"] = read_members(package)["signature.json"]
    assert codes(_verify(tmp_path, members)) == ["SIGNATURE_INVALID"]


def test_edited_package_json(exported, tmp_path):
    ws_path, package = exported
    members = read_members(package)
    meta = json.loads(members["spbe-package.json"])
    meta["revision"] = 99
    members["spbe-package.json"] = json.dumps(meta).encode()
    assert codes(_verify(tmp_path, members)) == ["TAGMANIFEST_MISMATCH"]
    members = resign(members, private_key(ws_path), manifest=False)
    members["signature.json"] = read_members(package)["signature.json"]
    assert codes(_verify(tmp_path, members)) == ["SIGNATURE_INVALID"]


# Signed by the right key, yet inconsistent inside: the later stages catch it. ----------------


def test_bag_info_disagreeing_with_the_package_json(exported, tmp_path):
    ws_path, package = exported
    members = read_members(package)
    members["bag-info.txt"] = re.sub(
        rb"External-Identifier: \S+",
        b"External-Identifier: 00000000-0000-0000-0000-000000000000",
        members["bag-info.txt"],
    )
    members = resign(members, private_key(ws_path))
    assert codes(_verify(tmp_path, members)) == ["METADATA_INCONSISTENT"]


def test_submission_json_disagreeing_with_the_package(exported, tmp_path):
    ws_path, package = exported
    members = read_members(package)
    data = json.loads(members["data/submission.json"])
    data["revision"] = 7
    members["data/submission.json"] = json.dumps(data).encode()
    members = resign(members, private_key(ws_path))
    assert codes(_verify(tmp_path, members)) == ["METADATA_INCONSISTENT"]


def test_wrong_payload_oxum(exported, tmp_path):
    ws_path, package = exported
    members = resign(read_members(package), private_key(ws_path))
    members["bag-info.txt"] = re.sub(
        rb"Payload-Oxum: [0-9.]+", b"Payload-Oxum: 1.1", members["bag-info.txt"]
    )
    members = resign(members, private_key(ws_path), manifest=False)
    assert codes(_verify(tmp_path, members)) == ["BAG_OXUM_MISMATCH"]


def test_edited_audit_log_breaks_the_chain(exported, tmp_path):
    ws_path, package = exported
    members = read_members(package)
    lines = members["data/audit-log.jsonl"].decode().splitlines()
    row = json.loads(lines[2])
    row["data"]["to"] = 5
    lines[2] = json.dumps(row)
    members["data/audit-log.jsonl"] = ("\n".join(lines) + "\n").encode()
    members = resign(members, private_key(ws_path))
    assert codes(_verify(tmp_path, members)) == ["AUDIT_CHAIN_BROKEN"]
