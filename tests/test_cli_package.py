"""`spbe keygen / export / report / verify / check` as a person (or a script) runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from evidence_files import make_image, make_pdf

SPBE = [sys.executable, "-m", "spbe_desktop.cli"]
PASS = {"SPBE_PASSPHRASE": "kata-sandi-dinas"}


def spbe(*args, env=None, timeout=60):
    environment = {**os.environ, "SPBE_LANG": "en", **(env or {})}
    if env is None:
        environment.pop("SPBE_PASSPHRASE", None)
    return subprocess.run(
        [*SPBE, *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


@pytest.fixture
def ws(tmp_path):
    path = tmp_path / "bappeda.spbews"
    assert spbe("init", path, "--opd", "Bappeda", "--period", 2025).returncode == 0
    assert spbe("answer", path, 1, "--level", 3, "--note", "Perbup 12/2024").returncode == 0
    pdf = make_pdf(tmp_path / "Perbup.pdf")
    assert spbe("attach", path, 1, pdf, "--level", 3).returncode == 0
    return path


def test_keygen_export_verify(ws, tmp_path):
    made = spbe("keygen", ws, env=PASS)
    assert made.returncode == 0, made.stderr
    assert "Fingerprint" in made.stdout
    again = spbe("keygen", ws, env=PASS)
    assert again.returncode == 1 and "already" in again.stderr
    out = tmp_path / "kiriman.spbe"
    exported = spbe("export", ws, "--out", out, env=PASS)
    assert exported.returncode == 0, exported.stderr
    assert out.exists() and "revision 1" in exported.stdout
    checked = spbe("verify", out, "--json")
    assert checked.returncode == 0
    data = json.loads(checked.stdout)
    assert data["valid"] and data["errors"] == []
    assert (data["kind"], data["opd"], data["period"]) == ("submission", "Bappeda", "2025")
    assert data["instrument"] == "spbe-2020" and data["revision"] == 1
    assert data["signer_fingerprint"] in made.stdout
    assert data["package_id"]
    assert spbe("verify", out).returncode == 0


def test_passphrase_rules(ws, tmp_path):
    # Neither SPBE_PASSPHRASE nor a terminal: fail at once, never wait.
    no_pass = spbe("keygen", ws, timeout=20)
    assert no_pass.returncode == 1 and "SPBE_PASSPHRASE" in no_pass.stderr
    assert spbe("keygen", ws, env=PASS).returncode == 0
    wrong = spbe(
        "export", ws, "--out", tmp_path / "x.spbe", env={"SPBE_PASSPHRASE": "salah-sekali"}
    )
    assert wrong.returncode == 1 and "wrong" in wrong.stderr
    assert not (tmp_path / "x.spbe").exists()
    assert spbe("export", ws, "--out", tmp_path / "x.spbe", timeout=20).returncode == 1


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "NOT_A_ZIP"),
        (b"bukan zip sama sekali", "NOT_A_ZIP"),
        (b"PK\x03\x04rusak", "ZIP_TRUNCATED"),
    ],
)
def test_verify_json_for_any_input(tmp_path, content, code):
    path = tmp_path / "x.spbe"
    path.write_bytes(content)
    result = spbe("verify", path, "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["errors"][0]["code"] == code and data["errors"][0]["message"]
    for field in ("kind", "package_id", "opd", "period", "instrument", "revision"):
        assert field in data
    assert "signer_fingerprint" in data


def test_verify_json_missing_file_and_plain_output(tmp_path):
    result = spbe("verify", tmp_path / "tidak-ada.spbe", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["errors"][0]["code"] == "FILE_NOT_FOUND"
    plain = spbe("verify", tmp_path / "tidak-ada.spbe")
    assert plain.returncode == 1 and "FILE_NOT_FOUND" in plain.stdout


def test_report_with_signatory(ws, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "ringkasan.pdf"
    result = spbe(
        "report",
        ws,
        "--out",
        out,
        "--signatory",
        "Ir. Budi Santoso",
        "--nip",
        "19751212 200003 1 002",
        "--place",
        "Bantul",
        env={"SPBE_LANG": "id"},
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Ir. Budi Santoso" in text and "Bantul," in text and "Halaman 1 dari" in text
    assert spbe("--lang", "en", "report", ws, "--out", tmp_path / "en.pdf").returncode == 0


def test_check_reports_and_exits_zero(ws, tmp_path):
    small = make_image(tmp_path / "kecil.png", (300, 200))
    assert spbe("attach", ws, 2, small, "--level", 1).returncode == 0
    assert spbe("answer", ws, 3, "--level", 2).returncode == 0
    result = spbe("check", ws, "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    found = {(f["indicator"], f["code"]) for f in data["findings"]}
    assert (2, "IMAGE_TOO_SMALL") in found and (3, "LEVEL_WITHOUT_EVIDENCE") in found
    # indicator 1 claims level 3 with evidence on level 3 only: levels 1-2 are not proven
    assert (1, "ITEM_MISSING") in found
    assert data["errors"] == 2 and data["warnings"] == 1
    plain = spbe("check", ws)
    assert plain.returncode == 0 and "2 errors and 1 warnings" in plain.stdout


def test_usage_errors_exit_2(tmp_path):
    assert spbe("export", tmp_path / "w.spbews").returncode == 2
    assert spbe("verify").returncode == 2
