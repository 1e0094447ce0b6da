"""Streams and exit codes (docs/architecture.md, "The `spbe` command"): verdicts on stdout,
refusals also on stderr with exit 1, and a reader that goes away (`spbe status ws | head -3`)
ends the command quietly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from opd_cycle import build_cycle

SPBE = [sys.executable, "-m", "spbe_desktop.cli"]


def run(*args, lang="en"):
    return subprocess.run(
        [*SPBE, *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": lang},
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def packages(tmp_path, pemdi2026):
    """A coordinator workspace (closed), one good submission and two files that are not ones."""
    coord, made = build_cycle(tmp_path, pemdi2026, {"Bappeda": (range(1, 5), 3)})
    ws, good, _ = made["Bappeda"]
    ws.close()
    coord.close()
    broken = tmp_path / "rusak.spbe"
    broken.write_bytes(b"PK\x03\x04 bukan zip yang utuh")
    empty = tmp_path / "kosong.spbe"
    empty.write_bytes(b"")
    return coord.path, good, broken, empty


def test_coord_import_refusals_on_stderr(packages):
    coord, good, broken, empty = packages
    result = run("coord", "import", coord, good, broken, empty, "--trust-new-keys")
    assert result.returncode == 1
    verdicts = result.stdout.splitlines()
    assert verdicts[0].startswith(f"{good.name}: imported")
    assert any(line.startswith(f"{broken.name}: REJECTED") for line in verdicts)
    assert any(line.startswith(f"{empty.name}: REJECTED") for line in verdicts)
    refusals = result.stderr.splitlines()
    assert len(refusals) == 2, result.stderr  # one sentence per refused package, nothing else
    assert broken.name in refusals[0] and empty.name in refusals[1]
    assert all(line.endswith(".") and "refused" in line for line in refusals)

    again = run("coord", "import", coord, good, "--json", lang="id")
    assert again.returncode == 0 and again.stderr == ""
    assert json.loads(again.stdout)[0]["status"] == "already"

    refused = run("coord", "import", coord, broken, "--json", lang="id")
    assert refused.returncode == 1
    assert json.loads(refused.stdout)[0]["status"] == "rejected"  # stdout stays pure JSON
    assert refused.stderr.count("\n") == 1 and "ditolak" in refused.stderr


def closed_reader(*args) -> subprocess.CompletedProcess:
    """Run with a stdout pipe whose reading end is closed before the command writes."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [*SPBE, *map(str, args)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "SPBE_LANG": "id"},
            stdin=subprocess.DEVNULL,
        )
    finally:
        os.close(write)


def test_a_closed_pipe_ends_quietly(tmp_path, packages):
    ws = tmp_path / "dinkes.spbews"
    assert run("init", ws, "--opd", "Dinas Kesehatan", "--period", 2025).returncode == 0
    coord = packages[0]
    for args in (
        ("status", ws),
        ("status", ws, "--json"),
        ("instruments",),
        ("coord", "status", coord),
        ("verify", packages[1], "--json"),
    ):
        result = closed_reader(*args)
        assert result.stderr == "", (args, result.stderr)
        assert result.returncode in (0, 1), args
    # The way people meet it: a pager or head that stops reading.
    shell = subprocess.run(
        f"{' '.join(SPBE)} status {ws} | head -3",
        shell=True,
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": "id"},
    )
    assert shell.stdout.count("\n") == 3 and shell.stderr == ""
    assert Path(ws).exists()
