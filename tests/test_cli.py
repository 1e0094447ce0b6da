import csv
import json
import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from evidence_files import make_image, make_pdf

SPBE = [sys.executable, "-m", "spbe_desktop.cli"]


def spbe(*args, check=True, env=None):
    result = subprocess.run(
        [*SPBE, *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": "en", **(env or {})},
        stdin=subprocess.DEVNULL,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def ws(tmp_path):
    path = tmp_path / "bappeda.spbews"
    spbe("init", path, "--opd", "Badan Perencanaan Pembangunan Daerah", "--period", 2025)
    return path


def test_instruments_json():
    rows = json.loads(spbe("instruments", "--json").stdout)
    by_id = {r["id"]: r for r in rows}
    assert by_id["spbe-2020"]["indicators"] == 47
    assert (by_id["spbe-2020"]["aspects"], by_id["spbe-2020"]["domains"]) == (8, 4)
    assert (by_id["pemdi-2026"]["indicators"], by_id["pemdi-2026"]["aspects"]) == (20, 7)
    assert "59" in by_id["spbe-2020"]["legal_basis"]


def test_full_flow_gives_the_exact_index(ws, tmp_path):
    levels = {n: 1 + (n * 7) % 5 for n in range(1, 48)}
    for number, level in levels.items():
        spbe("answer", ws, number, "--level", level, "--note", f"Penjelasan indikator {number}")
    spbe("attach", ws, 1, make_pdf(tmp_path / "perbup.pdf"), make_image(tmp_path / "layar.png"))
    spbe("attach", ws, "I02", make_pdf(tmp_path / "peta.pdf"), "--level", 3)
    data = json.loads(spbe("status", ws, "--json").stdout)

    from spbe_desktop.core.instrument.pack import pack_by_id

    pack = pack_by_id("spbe-2020")
    expected = sum(i.weight * levels[i.number] for i in pack.indicators) / Decimal(100)
    assert data["instrument"] == "spbe-2020"
    assert data["opd"] == "Badan Perencanaan Pembangunan Daerah"
    assert data["period"] == "2025"
    assert data["indicators_total"] == data["answered"] == 47
    assert Decimal(data["index_exact"]) == expected
    assert data["index"] == pytest.approx(float(expected))
    assert data["index_display"] == str(expected.quantize(Decimal("0.01")))
    assert data["predicate"] in {"Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"}
    assert len(data["domains"]) == 4 and len(data["aspects"]) == 8
    first = data["indicators"][0]
    assert (first["number"], first["id"], first["level"], first["evidence_count"]) == (
        1,
        "I01",
        levels[1],
        2,
    )
    assert data["indicators"][1]["evidence_count"] == 1
    table = spbe("status", ws).stdout
    assert data["index_display"] in table


def test_status_before_any_answer(ws):
    data = json.loads(spbe("status", ws, "--json").stdout)
    assert data["answered"] == 0 and data["index"] is None and data["index_display"] is None


def test_status_as_text_leaves_the_assessment_unloaded(ws):
    """The text table shows no assessed figures, so `spbe status` does not compute them (nor
    load their modules: the command starts sooner); `--json` still carries them."""
    probe = (
        "import sys\n"
        "from spbe_desktop.cli import main\n"
        f"main(['status', {str(ws)!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('spbe_desktop.core.assessment')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == "[]"
    assert "assessed_index" in json.loads(spbe("status", ws, "--json").stdout)


def test_answers_from_csv_and_xlsx(ws, tmp_path):
    sheet = tmp_path / "jawaban.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Indikator", "Level", "Catatan"])
        for n in range(1, 48):
            writer.writerow([n, 3, f"catatan {n}"])
    spbe("answer", ws, "--from", sheet)
    data = json.loads(spbe("status", ws, "--json").stdout)
    assert data["index_display"] == "3.00" and data["predicate"] == "Baik"

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["indicator", "level", "note"])
    book.active.append([7, 4, "naik setelah reviu"])
    book.active.append(["I08", 5, None])
    book.save(tmp_path / "jawaban.xlsx")
    spbe("answer", ws, "--from", tmp_path / "jawaban.xlsx")
    rows = {
        r["number"]: r["level"]
        for r in json.loads(spbe("status", ws, "--json").stdout)["indicators"]
    }
    assert rows[7] == 4 and rows[8] == 5 and rows[9] == 3


def snapshot(path):
    return Path(path).read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ["answer", "{ws}", "1", "--level", "0"],
        ["answer", "{ws}", "1", "--level", "6"],
        ["answer", "{ws}", "48", "--level", "3"],
        ["answer", "{ws}", "Z9", "--level", "3"],
        ["attach", "{ws}", "1", "{tmp}/missing.pdf"],
        ["attach", "{ws}", "1", "{tmp}"],
        ["attach", "{ws}", "1", "{tmp}/ok.pdf", "{tmp}/missing.pdf"],
        ["answer", "{ws}", "--from", "{tmp}/bad.csv"],
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(ws, tmp_path, args):
    make_pdf(tmp_path / "ok.pdf")
    (tmp_path / "bad.csv").write_text("indicator,level\n1,3\n2,9\n")
    before = snapshot(ws)
    result = spbe(*[a.format(ws=ws, tmp=tmp_path) for a in args], check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(ws) == before


def test_not_a_workspace_and_newer_version(tmp_path, ws):
    plain = tmp_path / "data.db"
    sqlite3.connect(plain).execute("CREATE TABLE x (y)").connection.commit()
    for target in (plain, tmp_path, tmp_path / "nope.spbews"):
        result = spbe("status", target, check=False)
        assert result.returncode == 1 and "Traceback" not in result.stderr
    conn = sqlite3.connect(ws)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = spbe("status", ws, check=False)
    assert result.returncode == 1 and "newer version" in result.stderr


def test_usage_errors_exit_2(ws):
    assert spbe("answer", ws, "1", check=False).returncode == 2
    assert spbe("frobnicate", check=False).returncode == 2
    assert spbe("answer", ws, "1", "--level", "x", check=False).returncode == 2


def test_init_refuses_existing_file_and_unknown_instrument(ws, tmp_path):
    assert spbe("init", ws, "--opd", "X", check=False).returncode == 1
    r = spbe("init", tmp_path / "n.spbews", "--opd", "X", "--instrument", "nope", check=False)
    assert r.returncode == 1 and "spbe-2020" in r.stderr
    assert not (tmp_path / "n.spbews").exists()


def test_default_instrument_follows_period(tmp_path):
    spbe("init", tmp_path / "a.spbews", "--opd", "Dinas Kesehatan", "--period", 2026)
    assert (
        json.loads(spbe("status", tmp_path / "a.spbews", "--json").stdout)["instrument"]
        == "pemdi-2026"
    )


def test_workspace_in_use_is_refused_for_writing(ws):
    code = (
        "import sys, time; from spbe_desktop.core.workspace.workspace import Workspace;"
        f"ws = Workspace.open({str(ws)!r}); print('open', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = spbe("answer", ws, 1, "--level", 3, check=False)
        assert result.returncode == 1 and "another" in result.stderr
        assert spbe("status", ws, "--json").returncode == 0
    finally:
        holder.kill()
        holder.wait()


def test_indonesian_by_default(tmp_path):
    result = spbe("status", tmp_path / "nope.spbews", check=False, env={"SPBE_LANG": "id"})
    assert "tidak ditemukan" in result.stderr


def test_read_only_location_is_refused_plainly(ws, tmp_path, monkeypatch, capsys):
    """Root ignores permissions, so the check itself is made to see a read-only place."""
    import spbe_desktop.core.workspace.workspace as module
    from spbe_desktop.cli import main

    real_access = os.access
    monkeypatch.setattr(
        module.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    monkeypatch.setenv("SPBE_LANG", "en")
    before = snapshot(ws)
    assert main(["answer", str(ws), "1", "--level", "3"]) == 1
    assert "read-only" in capsys.readouterr().err
    assert snapshot(ws) == before
    assert main(["init", str(tmp_path / "new.spbews"), "--opd", "X"]) == 1
    assert "Cannot write" in capsys.readouterr().err
    assert not (tmp_path / "new.spbews").exists()
