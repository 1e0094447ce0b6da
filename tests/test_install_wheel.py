"""`pip install .` gives a working app: a wheel built from a fresh copy of the project, installed
into a clean virtual environment with the source tree removed, runs the whole OPD cycle from the
command line and opens its main window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from evidence_files import make_pdf

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
# What a clone never holds: environments, caches, build output and the generated GUI assets.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".*_cache",
    ".hypothesis",
    "ui_*.py",
    "*.qm",
    "*.spbews*",
)


def fresh_copy(target: Path) -> Path:
    """The project as a fresh clone of this working tree would hold it."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
    )
    if listed.returncode != 0:  # not a git checkout (an unpacked archive)
        shutil.copytree(ROOT, target, ignore=NOT_IN_A_CLONE)
        return target
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is listed, and absent
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


# Building the wheel (PySide6 into pip's build environment) and installing it take about a
# minute each with pip's cache warm; CI's whole run must stay under 20 minutes.
PIP_TIMEOUT = 360


def pip(*args: str) -> None:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_COMPILE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pip", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=PIP_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a clean venv holding only the wheel and its dependencies."""
    top = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    source = fresh_copy(top / "clone")
    assert not list((source / "spbe_desktop" / "ui" / "forms").glob("ui_*.py"))
    pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(top / "wheels"), str(source))
    built = time.monotonic()
    shutil.rmtree(source)
    (wheel,) = (top / "wheels").glob("spbe_desktop-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(top / "venv")], check=True)
    python = top / "venv" / "bin" / "python"
    # The lock keeps the indirect dependencies at the versions the rest of the suite uses.
    pip(
        "--python",
        str(python),
        "install",
        "--quiet",
        "-c",
        str(ROOT / "requirements.lock"),
        str(wheel),
    )
    print(f"wheel built in {built - started:.0f} s, installed in {time.monotonic() - built:.0f} s")
    return top / "venv" / "bin"


def run(bin_dir: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(SPBE_LANG="en", SPBE_DATA_DIR=str(cwd / "data"), **env)
    result = subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=clean,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )
    assert result.returncode == 0, f"{args}: {result.stdout[-2000:]} {result.stderr[-2000:]}"
    return result


def test_the_installed_package_is_the_wheel(installed, tmp_path):
    out = run(
        installed, tmp_path, "python", "-c", "import spbe_desktop; print(spbe_desktop.__file__)"
    )
    assert Path(out.stdout.strip()).is_relative_to(installed.parent)


def test_instruments_are_listed(installed, tmp_path):
    rows = json.loads(run(installed, tmp_path, "spbe", "instruments", "--json").stdout)
    assert {"spbe-2020", "pemdi-2026", "spbe-2018"} <= {row["id"] for row in rows}


def test_the_whole_opd_cycle_from_the_command_line(installed, tmp_path):
    ws, secret = "dinkes.spbews", {"SPBE_PASSPHRASE": "rahasia-dinkes-2025"}
    run(installed, tmp_path, "spbe", "init", ws, "--opd", "Dinas Kesehatan", "--period", "2025")
    run(installed, tmp_path, "spbe", "answer", ws, "1", "--level", "3", "--note", "Perbup 12/2024")
    evidence = make_pdf(tmp_path / "perbup.pdf")
    run(installed, tmp_path, "spbe", "attach", ws, "1", str(evidence), "--level", "3")
    status = json.loads(run(installed, tmp_path, "spbe", "status", ws, "--json").stdout)
    assert (status["instrument"], status["answered"]) == ("spbe-2020", 1)
    run(installed, tmp_path, "spbe", "keygen", ws, **secret)
    run(
        installed,
        tmp_path,
        "spbe",
        "report",
        ws,
        "--out",
        "ringkasan.pdf",
        "--signatory",
        "Dr. Siti Aminah",
        "--nip",
        "19700101 199503 2 001",
        "--place",
        "Mamuju",
    )
    assert (tmp_path / "ringkasan.pdf").read_bytes().startswith(b"%PDF-")
    run(installed, tmp_path, "spbe", "export", ws, "--out", "dinkes.spbe", **secret)
    verdict = json.loads(run(installed, tmp_path, "spbe", "verify", "dinkes.spbe", "--json").stdout)
    assert verdict["valid"] is True


def test_the_main_window_opens(installed, tmp_path):
    out = run(installed, tmp_path, "spbe-desktop", "--self-test", QT_QPA_PLATFORM="offscreen")
    assert "GUI main window: 1366×768" in out.stdout
    assert "GUI Indonesian translation: &Berkas" in out.stdout
    assert "GUI self-test passed" in out.stdout
