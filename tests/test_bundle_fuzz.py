"""Fuzzing the package reader: mutated packages and random ZIPs never crash it or slip through."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundle_support import build_exported

from spbe_desktop.core.bundle import verify_package
from spbe_desktop.core.bundle.errors import MESSAGES

# CI runs the same examples every time (a red build must be reproducible) under a deadline; a
# long, random run by hand (tools/fuzz_packages.py, or SPBE_FUZZ_EXAMPLES=20000 pytest ...) has
# no deadline, since a shared machine's pauses are not the reader's.
_BY_HAND = os.environ.get("SPBE_FUZZ_EXAMPLES") is not None
FUZZ = settings(
    max_examples=int(os.environ.get("SPBE_FUZZ_EXAMPLES", "200")),
    derandomize=not _BY_HAND,
    deadline=None if _BY_HAND else 2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> tuple[bytes, dict[str, bytes]]:
    """The exported package and its members, made once and outside the timed examples."""
    _ws, path = build_exported(tmp_path_factory)
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    return path.read_bytes(), members


def _check(path: Path, members: dict[str, bytes]) -> None:
    result = verify_package(path)
    assert all(e["code"] in MESSAGES for e in result.errors)
    assert result.valid == (not result.errors)
    if result.valid:
        # Only a change the checks need not see (a timestamp, a spare header field) may pass:
        # every member must read back exactly as signed.
        with zipfile.ZipFile(path) as archive:
            assert {i.filename: archive.read(i) for i in archive.infolist()} == members


@FUZZ
@given(data=st.data())
def test_mutated_packages(package, tmp_path, data):
    raw = bytearray(package[0])
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(raw)))
        raw = raw[:cut]
    path = tmp_path / "fuzz.spbe"
    path.write_bytes(bytes(raw))
    _check(path, package[1])


_names = st.one_of(
    st.sampled_from(
        [
            "bagit.txt",
            "bag-info.txt",
            "manifest-sha256.txt",
            "tagmanifest-sha256.txt",
            "spbe-package.json",
            "signature.json",
            "data/submission.json",
            "data/evidence/a.pdf",
            "../x",
            "/abs",
            "data/",
        ]
    ),
    st.text(min_size=1, max_size=30),
)


@FUZZ
@given(
    entries=st.lists(
        st.tuples(_names, st.binary(max_size=300), st.booleans()), min_size=0, max_size=8
    )
)
def test_random_zip_structures(tmp_path, entries):
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, content, deflate in entries:
                method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
                try:
                    archive.writestr(name, content, method)
                except (ValueError, UnicodeEncodeError, IndexError):
                    continue  # names zipfile itself cannot write (NUL cuts a name to nothing)
    path = tmp_path / "random.spbe"
    path.write_bytes(buffer.getvalue())
    result = verify_package(path)
    assert not result.valid
    assert result.errors and all(e["code"] in MESSAGES for e in result.errors)
