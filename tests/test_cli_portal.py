"""`spbe portal` and `spbe coord portal` through the command as people run it: the coordinator's
own item travels with the assignment, the OPD places evidence on it, both folders are written
with the portal's names, joined PDFs and byte-identical copies, and catatan.xlsx."""

from __future__ import annotations

import hashlib
import json

from evidence_files import make_docx, make_image, make_pdf
from openpyxl import load_workbook
from pypdf import PdfReader
from test_cli import spbe

COORD = {"SPBE_PASSPHRASE": "kata-sandi-diskominfo"}
OPD = {"SPBE_PASSPHRASE": "kata-sandi-dinas-2026"}


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows_of(path):
    rows = [list(r) for r in load_workbook(path).worksheets[0].iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows[:10]) if "Indikator" in r)
    return rows[at], [dict(zip(rows[at], r, strict=False)) for r in rows[at + 1 :] if any(r)]


def test_portal_folders_of_an_opd_and_its_coordinator(tmp_path):
    coord = tmp_path / "kab.spbews"
    spbe("coord", "init", coord, "--name", "Kabupaten Mamuju", "--period", 2026)
    spbe("keygen", coord, env=COORD)
    added = spbe("item", "add", coord, 14, "--level", 2, "--text", "Kontrak layanan PDNS")
    number = int(added.stdout)
    task = tmp_path / "tugas.spbe"
    spbe(
        "coord", "assign", coord, "--opd", "Diskominfo", "--indicators", "14", "--owner",
        "--out", task, env=COORD,
    )  # fmt: skip
    ws = tmp_path / "diskominfo.spbews"
    spbe("init", ws, "--assignment", task)
    i14 = json.loads(spbe("status", ws, "--json").stdout)["indicators"][13]
    carried = [it for it in i14["items"] if (it["level"], it["number"]) == (2, number)]
    assert carried and carried[0]["text"] == "Kontrak layanan PDNS"

    spbe("answer", ws, 14, "--level", 2)
    scan = make_pdf(tmp_path / "Topologi jaringan.pdf", pages=3)
    photo = make_image(tmp_path / "ruang server.png")
    contract = make_pdf(tmp_path / "Kontrak PDNS 2026.pdf", pages=1)
    minutes = make_docx(tmp_path / "notulen.docx")
    spbe("attach", ws, 14, scan, photo, "--level", 1, "--item", 1)
    spbe("attach", ws, 14, contract, "--level", 2, "--item", number)
    spbe("attach", ws, 14, minutes, "--level", 2, "--item", number)
    spbe("item", "note", ws, 14, "--level", 1, "--item", 1, "--text", "Topologi", "--pages", "1-3")

    out = tmp_path / "portal-opd"
    done = spbe("portal", ws, "--out", out)
    names = sorted(p.name for p in out.iterdir())
    joined = [n for n in names if n.startswith("I14-L1-01")]
    assert len(joined) == 1 and joined[0].endswith(".pdf")
    assert len(PdfReader(out / joined[0]).pages) == 3 + 1
    copied = f"I14-L2-{number:02d}-kontrak-pdns-2026.pdf"
    other = f"I14-L2-{number:02d}a-notulen.docx"
    assert copied in names and other in names and "catatan.xlsx" in names
    assert sha(out / copied) == sha(contract) and sha(out / other) == sha(minutes)
    assert other in done.stdout  # listed as needing conversion
    header, rows = rows_of(out / "catatan.xlsx")
    assert {"Indikator", "Level", "Butir", "Berkas", "Catatan"} <= set(header)
    assert [r["Berkas"] for r in rows] == [joined[0], copied, other]
    assert rows[0]["Catatan"].startswith("Topologi")
    again = spbe("portal", ws, "--out", out, check=False)
    assert again.returncode == 1 and sorted(p.name for p in out.iterdir()) == names

    spbe("keygen", ws, env=OPD)
    package = tmp_path / "kiriman.spbe"
    spbe("export", ws, "--out", package, env=OPD)
    spbe("coord", "import", coord, package, "--trust-new-keys")
    consolidated = tmp_path / "portal-kab"
    spbe("coord", "portal", coord, "--out", consolidated)
    assert sorted(p.name for p in consolidated.iterdir()) == names
    assert sha(consolidated / copied) == sha(contract)
    header, rows = rows_of(consolidated / "catatan.xlsx")
    assert "OPD" in header and {r["OPD"] for r in rows} == {"Diskominfo"}
    assert rows[0]["Catatan"].startswith("Topologi")
    wrong = spbe("portal", coord, "--out", tmp_path / "x", check=False)
    assert wrong.returncode == 2 and not (tmp_path / "x").exists()
