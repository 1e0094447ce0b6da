"""Hostile packages: each refused with the right code, and nothing written anywhere."""

from __future__ import annotations

import json
import os
import warnings
import zipfile
from pathlib import Path

import pytest
from test_bundle_support import build_exported, codes, private_key, read_members, resign

from spbe_desktop.core.bundle import Limits, verify_package


@pytest.fixture
def exported(tmp_path_factory):
    return build_exported(tmp_path_factory)


@pytest.fixture
def jail(tmp_path, monkeypatch):
    """Verify from inside an empty folder; afterwards nothing may have appeared around it."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    before = set(tmp_path.parent.iterdir())
    yield tmp_path
    assert list(work.iterdir()) == []
    assert set(tmp_path.parent.iterdir()) == before
    assert not Path("/tmp/evil.txt").exists()


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return path


def _with(exported, path: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    """The valid package plus hostile entries."""
    _ws, package = exported
    return _zip(path, [*read_members(package).items(), *extra])


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "data/../../evil.txt",
        "/tmp/evil.txt",
        "C:/Windows/evil.txt",
        "data\\..\\evil.txt",
        "data//evidence/x.pdf",
        "data/./x.txt",
        "data/nul\x00.txt",
    ],
)
def test_unsafe_names(exported, jail, name):
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # zipfile would normalise some of these; keep them raw
    info.orig_filename = name
    path = _with(exported, jail / "bad.spbe", [(info, b"x")])
    assert codes(verify_package(path)) == ["ZIP_UNSAFE_PATH"]


def test_symlink_entry(exported, jail):
    info = zipfile.ZipInfo("data/link")
    info.create_system = 3
    info.external_attr = (0o120777 & 0xFFFF) << 16
    path = _with(exported, jail / "bad.spbe", [(info, b"/etc/passwd")])
    assert codes(verify_package(path)) == ["ZIP_SYMLINK"]


def test_zip_bomb(jail):
    path = jail / "bomb.spbe"
    zeros = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("data/bomb.bin", "w") as member,
    ):
        for _ in range(24):
            member.write(zeros)
    assert path.stat().st_size < 200_000
    assert codes(verify_package(path)) == ["ZIP_BOMB"]


def test_duplicate_names(exported, jail):
    path = _with(exported, jail / "dup.spbe", [("bagit.txt", b"BagIt-Version: 1.0\n")])
    assert codes(verify_package(path)) == ["ZIP_DUPLICATE_NAME"]


def test_names_differing_only_in_case(exported, jail):
    path = _with(exported, jail / "dup.spbe", [("BAGIT.TXT", b"x")])
    assert codes(verify_package(path)) == ["ZIP_DUPLICATE_NAME"]


def test_truncated_file(exported, jail):
    _ws, package = exported
    raw = package.read_bytes()
    for cut in (len(raw) // 2, len(raw) - 10, 40):
        path = jail / "cut.spbe"
        path.write_bytes(raw[:cut])
        assert codes(verify_package(path)) == ["ZIP_TRUNCATED"], cut


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "NOT_A_ZIP"),
        (b"Ini bukan paket, hanya teks biasa.\n" * 10, "NOT_A_ZIP"),
        (b"%PDF-1.7\n" + bytes(500), "NOT_A_ZIP"),
    ],
)
def test_not_a_zip(jail, content, code):
    path = jail / "x.spbe"
    path.write_bytes(content)
    assert codes(verify_package(path)) == [code]


def test_missing_file_and_folder(jail):
    assert codes(verify_package(jail / "none.spbe")) == ["FILE_NOT_FOUND"]
    assert codes(verify_package(jail)) == ["FILE_NOT_FOUND"]


def test_encrypted_member(exported, jail):
    path = _with(exported, jail / "enc.spbe", [("data/secret.txt", b"rahasia")])
    raw = bytearray(path.read_bytes())
    # Set the "encrypted" flag of that member in its central directory entry.
    at = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"data/secret.txt"))
    raw[at + 8] |= 0x01
    path.write_bytes(bytes(raw))
    assert codes(verify_package(path)) == ["ZIP_ENCRYPTED"]


def test_too_many_members(exported, jail):
    _ws, package = exported
    assert codes(verify_package(package, limits=Limits(max_members=3))) == ["ZIP_TOO_LARGE"]


def test_too_large_in_total(exported, jail):
    _ws, package = exported
    assert codes(verify_package(package, limits=Limits(max_total_bytes=1000))) == ["ZIP_TOO_LARGE"]


def _resigned_with(exported, jail, name: str, data: bytes) -> Path:
    ws_path, package = exported
    members = read_members(package)
    members[name] = data
    members = resign(members, private_key(ws_path))
    path = jail / "signed.spbe"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return path


def test_invalid_json(exported, jail):
    path = _resigned_with(exported, jail, "data/submission.json", b"{ini bukan json")
    assert codes(verify_package(path)) == ["JSON_INVALID"]


def _with_submission(exported, jail, change, encode=lambda text: text.encode()) -> Path:
    """The package with its submission.json changed by `change(data)` (and its text by
    `encode`), manifest and signature made again."""
    _ws, package = exported
    data = json.loads(read_members(package)["data/submission.json"])
    change(data)
    return _resigned_with(exported, jail, "data/submission.json", encode(json.dumps(data)))


def _first_justification(text: str):
    def change(data):
        data["indicators"][0]["justification"] = text

    return change


def test_json_against_the_schema(exported, jail):
    def change(data):
        data["indicators"][0]["level"] = "tiga"

    path = _with_submission(exported, jail, change)
    assert codes(verify_package(path)) == ["JSON_INVALID"]


def test_deeply_nested_json(exported, jail):
    deep = b"[" * 200_000 + b"]" * 200_000
    path = _resigned_with(exported, jail, "data/submission.json", deep)
    assert codes(verify_package(path)) == ["JSON_TOO_DEEP"]


def test_deeply_nested_signature_json(exported, jail):
    _ws, package = exported
    members = read_members(package)
    members["signature.json"] = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    path = _zip(jail / "deep.spbe", list(members.items()))
    assert codes(verify_package(path)) == ["JSON_TOO_DEEP"]


def test_huge_json(exported, jail):
    big = json.dumps({"x": "a" * 300_000}).encode()
    path = _resigned_with(exported, jail, "data/notes.json", big)
    result = verify_package(path, limits=Limits(max_json_bytes=100_000))
    assert codes(result) == ["JSON_TOO_LARGE"]


def test_nan_is_not_json(exported, jail):
    path = _resigned_with(exported, jail, "data/notes.json", b'{"x": NaN}')
    assert codes(verify_package(path)) == ["JSON_INVALID"]


@pytest.mark.parametrize("token", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_in_the_submission_is_not_json(exported, jail, token):
    """submission.json is parsed and checked in one pass, except where NaN or Infinity could
    stand as a value: those still go through the parser that refuses them."""
    _ws, package = exported
    raw = read_members(package)["data/submission.json"]
    bad = raw.replace(b'"score": {', b'"score": {"x": ' + token + b", ", 1)
    assert bad != raw
    path = _resigned_with(exported, jail, "data/submission.json", bad)
    assert codes(verify_package(path)) == ["JSON_INVALID"]


def test_nan_as_text_in_the_submission_is_fine(exported, jail):
    words = _first_justification("NaN dan Infinity hanya kata di sini")
    result = verify_package(_with_submission(exported, jail, words))
    assert result.valid, result.errors
    assert result.submission["indicators"][0]["justification"].startswith("NaN dan")


def test_the_submission_read_in_one_pass_is_what_the_parser_reads(exported, jail):
    """The checked submission (defaults filled in) is the same whether its text may hold a
    NaN (parsed with json, then checked) or not (parsed and checked by the schema at once)."""
    _ws, package = exported
    plain = verify_package(package)
    first = plain.submission["indicators"][0]["justification"]
    worded = verify_package(_with_submission(exported, jail, _first_justification(first + " NaN")))
    assert plain.valid and worded.valid
    worded.submission["indicators"][0]["justification"] = first
    assert worded.submission == plain.submission


def test_a_lone_surrogate_in_the_submission_is_refused(exported, jail):
    def lone(text: str) -> bytes:
        return text.replace("SURROGATE", "\\ud800").encode()

    path = _with_submission(exported, jail, _first_justification("SURROGATE"), lone)
    assert codes(verify_package(path)) == ["JSON_INVALID"]


def test_verify_never_creates_files(exported, jail):
    _ws, package = exported
    verify_package(package)
    assert os.listdir(".") == []
