"""Awards: who is awarded (ranks as `coord status` ranks them, ties all awarded, the largest
improvement under the same instrument), the certificate PDFs and `spbe coord award`."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from opd_cycle import coordinator_with_levels
from pypdf import PdfReader

from spbe_desktop.cli import main
from spbe_desktop.core.coordinator.awards import awards
from spbe_desktop.core.coordinator.pdf_award import qr_text, write_awards
from spbe_desktop.core.coordinator.store import add_opd, create_coordinator, earlier_from_workspace
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.keys import generate_key, key_info
from spbe_desktop.core.workspace.workspace import Workspace

PASS = "kata-sandi-diskominfo"
LEVELS = {"Dinas Kominfo": 4, "Bappeda": 3, "Inspektorat": 3, "Dinas Kesehatan": 2, "BPKAD": 1}


@pytest.fixture
def coordinator(tmp_path, spbe2020):
    path = coordinator_with_levels(tmp_path / "2025.spbews", spbe2020, 2025, LEVELS, "Kab Mamuju")
    with Workspace.open(path) as ws:
        generate_key(ws, PASS, scrypt_n=2**10)
    return path


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_top_ranks_are_awarded_and_a_tie_awards_every_opd_in_it(coordinator):
    with Workspace.open(coordinator, read_only=True) as ws:
        chosen = awards(ws, top=2)
        assert [(a.rank, a.name, str(a.index)) for a in chosen] == [
            (1, "Dinas Kominfo", "4.00"),
            (2, "Bappeda", "3.00"),
            (2, "Inspektorat", "3.00"),
        ]
        assert {a.category for a in chosen} == {"index"}
        assert len(awards(ws, top=4)) == 4  # ranks 1, 2, 2, 4
        assert [a.name for a in awards(ws, top=1)] == ["Dinas Kominfo"]
        with pytest.raises(InputError, match="1 or more"):
            awards(ws, top=0)


def test_certificates_name_rank_opd_figure_and_key(coordinator, tmp_path):
    out = tmp_path / "piagam"
    with Workspace.open(coordinator, read_only=True) as ws:
        written = write_awards(ws, out, top=3)
        fingerprint = key_info(ws).fingerprint
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "peringkat-1-Dinas-Kominfo.pdf",
        "peringkat-2-Bappeda.pdf",
        "peringkat-2-Inspektorat.pdf",
    ]
    assert [w.path.name for w in written] == [names[0], names[1], names[2]]
    first = PdfReader(out / names[0])
    page = first.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert round(float(page.mediabox.width)) == 842 and len(first.pages) == 1
    shown = pdf_text(out / names[0])
    for expected in (
        "PIAGAM PENGHARGAAN",
        "Kab Mamuju",
        "2025",
        "Dinas Kominfo",
        "4,00",
        "Peringkat 1",
    ):
        assert expected in shown, expected
    assert fingerprint in shown
    assert "Indeks SPBE" in pdf_text(out / names[2]) and "Peringkat 2" in pdf_text(out / names[2])


def test_the_qr_code_states_the_certificate(coordinator):
    with Workspace.open(coordinator, read_only=True) as ws:
        award = awards(ws, top=1)[0]
        stated = qr_text(ws, award, "ABCD-0000", "en").splitlines()
    assert stated[0] == "CERTIFICATE OF AWARD" and stated[1] == "Kab Mamuju"
    assert "Dinas Kominfo" in stated and "rank 1: 4.00" in stated and stated[-1] == "ABCD-0000"


def test_largest_improvement_under_the_same_instrument(tmp_path, spbe2020, pemdi2026):
    old = {"A": 2, "B": 3, "C": 1, "D": 4}
    coordinator_with_levels(tmp_path / "2024.spbews", spbe2020, 2024, old)
    path = coordinator_with_levels(
        tmp_path / "2025.spbews", spbe2020, 2025, {"A": 3, "B": 3, "C": 2, "D": 2}
    )
    with Workspace.open(path) as ws:
        assert [a.category for a in awards(ws, 1)] == ["index", "index"]  # A and B share rank 1
        earlier_from_workspace(ws, tmp_path / "2024.spbews")
        rises = [a for a in awards(ws, 1) if a.category == "improvement"]
        assert [(a.name, a.rank, str(a.previous), a.previous_period) for a in rises] == [
            ("A", 1, "2.00", "2024"),
            ("C", 1, "1.00", "2024"),
        ]
        assert rises[0].change == Decimal("1.00") and rises[0].file_name == "peningkatan-1-A.pdf"
        generate_key(ws, PASS, scrypt_n=2**10)
        written = write_awards(ws, tmp_path / "out", top=1)
    assert "naik +1,00" in pdf_text(written[-1].path).replace("\n", " ")
    # Another instrument: its figures are set beside, never called an improvement.
    new = coordinator_with_levels(tmp_path / "2026.spbews", pemdi2026, 2026, {"A": 5, "C": 4})
    with Workspace.open(new) as ws:
        earlier_from_workspace(ws, tmp_path / "2025.spbews")
        assert {a.category for a in awards(ws, 3)} == {"index"}


def test_cli_ranks_as_coord_status_ranks(coordinator, tmp_path, capsys, monkeypatch):
    assert main(["coord", "status", str(coordinator), "--json"]) == 0
    ranking = json.loads(capsys.readouterr().out)["ranking"]
    out = tmp_path / "piagam"
    args = ["--lang", "en", "coord", "award", str(coordinator), "--out", str(out), "--json"]
    assert main([*args, "--signatory", "Dr. Andi", "--nip", "1978", "--place", "Mamuju"]) == 0
    written = json.loads(capsys.readouterr().out)
    expected = [(r["rank"], r["name"]) for r in ranking if r["rank"] <= 3]
    assert [(w["rank"], w["opd"]) for w in written] == expected
    for w in written:
        assert f"-{w['rank']}-" in w["file"] and w["opd"].replace(" ", "-") in w["file"]
        assert w["index_display"] == next(
            r["index_display"] for r in ranking if r["name"] == w["opd"]
        )
    assert len(list(out.glob("*.pdf"))) == len(expected)
    assert "Dr. Andi" in pdf_text(written[0]["file"]) and "NIP 1978" in pdf_text(written[0]["file"])
    assert main(["coord", "award", str(coordinator), "--out", str(out), "--top", "1"]) == 0
    assert "1 piagam ditulis" in capsys.readouterr().out


def test_refusals_change_nothing(tmp_path, spbe2020, capsys):
    path = coordinator_with_levels(tmp_path / "k.spbews", spbe2020, 2025, {"A": 2})
    before = path.read_bytes()
    out = tmp_path / "piagam"
    assert main(["--lang", "en", "coord", "award", str(path), "--out", str(out)]) == 1
    assert "no signing key" in capsys.readouterr().err and not out.exists()
    assert path.read_bytes() == before
    with Workspace.open(path) as ws:
        generate_key(ws, PASS, scrypt_n=2**10)
    afile = tmp_path / "a-file"
    afile.write_text("x")
    assert main(["--lang", "en", "coord", "award", str(path), "--out", str(afile)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    assert main(["coord", "award", str(path), "--out", str(out), "--top", "x"]) == 2
    empty = tmp_path / "e.spbews"
    with create_coordinator(empty, pemda_name="Kab", instrument=spbe2020, period=2025) as ws:
        add_opd(ws, "Dinas yang belum mengirim")
        generate_key(ws, PASS, scrypt_n=2**10)
    assert main(["--lang", "en", "coord", "award", str(empty), "--out", str(out)]) == 1
    assert "No OPD has an index yet" in capsys.readouterr().err


def test_an_opd_workspace_is_refused(workspace, tmp_path, capsys):
    workspace.close()
    code = main(["--lang", "en", "coord", "award", str(workspace.path), "--out", str(tmp_path)])
    assert code == 1 and "not a coordinator workspace" in capsys.readouterr().err


def test_once_verdicts_are_in_the_assessed_index_ranks(coordinator, tmp_path, spbe2020, capsys):
    """The assessors value every indicator of the Dinas Kominfo at 1: it drops out of the top."""
    with Workspace.open(coordinator, read_only=True) as ws:
        owned = [
            i.number
            for i in spbe2020.indicators
            if ws.conn.execute(
                "SELECT 1 FROM owners o JOIN opds p ON p.id = o.opd_id "
                "WHERE o.indicator_id = ? AND p.name = 'Dinas Kominfo'",
                (i.id,),
            ).fetchone()
        ]
    sheet = tmp_path / "hasil-asesor.csv"
    rows = ["Indikator;Level;Butir;Status;Catatan;Nilai"]
    rows += [f"{n};1;1;revisi;bukti tidak tepat;1" for n in owned]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["--lang", "en", "coord", "assessor", str(coordinator), "--from", str(sheet)]) == 0
    capsys.readouterr()
    with Workspace.open(coordinator, read_only=True) as ws:
        chosen = awards(ws, top=1)
        assert [(a.name, a.basis) for a in chosen] == [
            ("Bappeda", "assessed"),
            ("Inspektorat", "assessed"),
        ]
        written = write_awards(ws, tmp_path / "piagam", top=1)
    assert "setelah penilaian asesor" in pdf_text(written[0].path).replace("\n", " ")
