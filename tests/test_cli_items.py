"""`spbe item …`, `spbe attach --level --item --date`, the supported figures in `status --json`
and `spbe plan --basis supported`, through the command as people run it."""

from __future__ import annotations

import json

from evidence_files import make_image, make_pdf
from test_cli import spbe


def test_items_attach_note_and_status(tmp_path):
    ws = tmp_path / "dinkes.spbews"
    spbe("init", ws, "--opd", "Dinas Kesehatan", "--period", 2026)
    spbe("answer", ws, 14, "--level", 3)
    added = spbe(
        "item", "add", ws, 14, "--level", 2, "--text", "Kontrak PDNS", "--code", "TD_14_09"
    )
    pack_items = 1  # the pemdi pack lists one item for I14 level 2
    assert added.stdout.strip() == str(pack_items + 1)
    pdf = make_pdf(tmp_path / "topologi.pdf")
    shot = make_image(tmp_path / "dasbor.png")
    spbe("attach", ws, 14, pdf, "--level", 1)
    spbe("attach", ws, 14, pdf, "--level", 1, "--item", 2, "--date", "2026-02-03")
    spbe("attach", ws, 14, shot, "--level", 2, "--item", 2)
    refused = spbe("attach", ws, 14, shot, "--level", 2, "--item", 7, check=False)
    assert refused.returncode == 1 and "item 7" in refused.stderr
    bad_date = spbe("attach", ws, 14, shot, "--level", 2, "--date", "3/2/2026", check=False)
    assert bad_date.returncode == 1 and "YYYY-MM-DD" in bad_date.stderr
    spbe(
        "item",
        "note",
        ws,
        14,
        "--level",
        1,
        "--item",
        2,
        "--text",
        "Topologi",
        "--pages",
        "hal. 3-5",
    )

    data = json.loads(spbe("status", ws, "--json").stdout)
    i14 = data["indicators"][13]
    assert i14["evidence_count"] == 3
    assert i14["supported_level"] == 1  # level 2 item 1 has nothing yet
    items = {(it["level"], it["number"]): it for it in i14["items"]}
    assert items[(2, 2)]["text"] == "Kontrak PDNS" and items[(2, 2)]["code"] == "TD_14_09"
    assert items[(1, 2)]["evidence_count"] == 1 and items[(2, 2)]["evidence_count"] == 1
    assert data["supported_display"] == "1.00" and data["index"] is None

    checked = spbe("check", ws, check=False)
    assert "Level 2, item 1 has no evidence: level 3 will be rejected automatically." in (
        checked.stdout
    )
    spbe("attach", ws, 14, pdf, "--level", 2)
    spbe("attach", ws, 14, pdf, "--level", 3)
    data = json.loads(spbe("status", ws, "--json").stdout)
    assert data["indicators"][13]["supported_level"] == 2  # level 3 lists two items
    spbe("attach", ws, 14, pdf, "--level", 3, "--item", 2)
    data = json.loads(spbe("status", ws, "--json").stdout)
    assert data["indicators"][13]["supported_level"] == 3


def test_item_import_and_plan_on_the_supported_index(tmp_path):
    ws = tmp_path / "bappeda.spbews"
    spbe("init", ws, "--opd", "Bappeda", "--period", 2026)
    for number in (1, 2, 3, 4):
        spbe("answer", ws, number, "--level", 2)
    sheet = tmp_path / "portal.csv"
    sheet.write_text(
        "Indikator,Level,Butir,Kode\n4,2,SK Forum Koordinasi Pemdi,PG_04_01\n",
        encoding="utf-8-sig",
    )
    out = spbe("item", "import", ws, "--from", sheet).stdout
    assert "1 items added" in out and "I4-L2-04" in out
    again = spbe("item", "import", ws, "--from", sheet).stdout
    assert "0 items added, 1 already there" in again
    bad = tmp_path / "rusak.csv"
    bad.write_text("Indikator,Level,Butir\n4,9,x\n", encoding="utf-8")
    refused = spbe("item", "import", ws, "--from", bad, check=False)
    assert refused.returncode == 1 and refused.stderr.startswith("Row 2")

    plan = json.loads(spbe("plan", ws, "--target", "1.05", "--basis", "supported", "--json").stdout)
    assert plan["basis"] == "supported" and plan["reachable"] is True
    assert {"target", "reachable", "raises", "index"} <= plan.keys()
    named = [
        (r["indicator"], it["level"], it["number"]) for r in plan["raises"] for it in r["items"]
    ]
    assert named == [(14, 1, 1), (14, 1, 2), (14, 2, 1)]  # the cheapest: 3 items, 5 %
    assert plan["raises"][0]["claim_raise"] is True  # indicator 14 is not answered yet
    claimed = json.loads(spbe("plan", ws, "--target", "1.05", "--json").stdout)
    assert "basis" not in claimed and claimed["reachable"] is True
