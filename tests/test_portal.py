"""The portal folder: names, joined PDFs, byte-identical copies, catatan.xlsx/html, what is
missing, all-or-nothing writing, cancel, the size limit, and the coordinator's folder."""

from __future__ import annotations

import hashlib
import shutil
import threading
from pathlib import Path

import pytest
from evidence_files import make_docx, make_image, make_pdf, make_xlsx
from openpyxl import load_workbook
from pypdf import PdfReader

from spbe_desktop.core.errors import Cancelled, InputError
from spbe_desktop.core.evidence.items import add_item, set_item_note
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.portal.coordinator import coordinator_plan
from spbe_desktop.core.portal.naming import MAX_NAME, portal_name, slug
from spbe_desktop.core.portal.sources import opd_plan
from spbe_desktop.core.portal.writer import write_portal
from spbe_desktop.core.workspace.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"
MB = 1024 * 1024


@pytest.fixture
def ws(tmp_path, pemdi2026):
    ws = Workspace.create(
        tmp_path / "diskominfo.spbews",
        opd_name="Dinas Komunikasi dan Informatika",
        instrument=pemdi2026,
        period=2026,
    )
    yield ws
    ws.close()


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def header_and_rows(path):
    sheet = load_workbook(path).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows[:10]) if "Indikator" in r)
    header = rows[at]
    return header, [dict(zip(header, r, strict=False)) for r in rows[at + 1 :] if any(r)]


def filled(ws, tmp_path):
    """I14 claimed 2: L1 item 1 two PDFs and a JPEG (joined), item 2 one PDF (copied), and a
    DOCX beside a PNG on L2 item 1; I1 claimed 1 with its item 2 missing; one loose file."""
    ws.set_answer(14, level=2)
    ws.set_answer(1, level=1)
    a = make_pdf(tmp_path / "Topologi jaringan.pdf", pages=3)
    b = make_image(tmp_path / "foto-ruang-server.jpg")
    c = make_pdf(tmp_path / "Inventaris perangkat.pdf", pages=2)
    d = make_pdf(tmp_path / "Laporan Évaluasi 2026 – final (1).pdf", pages=1)
    e = make_docx(tmp_path / "notulen rapat.docx")
    f = make_image(tmp_path / "dasbor PDNS.png")
    for path in (a, b, c):
        attach_file(ws, 14, path, level=1, item=1)
    attach_file(ws, 14, d, level=1, item=2)
    attach_file(ws, 14, f, level=2, item=1)
    attach_file(ws, 14, e, level=2, item=1)
    attach_file(ws, 1, a, level=1, item=1)
    attach_file(ws, 1, make_xlsx(tmp_path / "daftar.xlsx"))
    set_item_note(ws, 14, 1, 1, "Topologi dan inventaris", "hal. 1–3")
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


def test_opd_portal_folder(ws, tmp_path):
    files = filled(ws, tmp_path)
    out = tmp_path / "portal"
    result = write_portal(ws, opd_plan(ws), out, max_bytes=100 * MB)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "I1-L1-01-topologi-jaringan.pdf",
        "I14-L1-01-rancangan-arsitektur-infrastruktur.pdf",
        "I14-L1-02-laporan-evaluasi-2026-final-1.pdf",
        "I14-L2-01-dasbor-pdns.png",
        "I14-L2-01a-notulen-rapat.docx",
        "catatan.html",
        "catatan.xlsx",
    ]
    joined = out / "I14-L1-01-rancangan-arsitektur-infrastruktur.pdf"
    assert len(PdfReader(joined).pages) == 3 + 1 + 2
    assert files["b"].read_bytes() in joined.read_bytes()  # the JPEG is not re-encoded
    assert sha(out / "I14-L1-02-laporan-evaluasi-2026-final-1.pdf") == sha(files["d"])
    assert sha(out / "I14-L2-01-dasbor-pdns.png") == sha(files["f"])
    assert sha(out / "I14-L2-01a-notulen-rapat.docx") == sha(files["e"])
    assert [w.name for w in result.needs_conversion] == ["I14-L2-01a-notulen-rapat.docx"]

    header, rows = header_and_rows(out / "catatan.xlsx")
    assert {"Indikator", "Level", "Butir", "Berkas", "Catatan"} <= set(header)
    assert "OPD" not in header
    assert [r["Berkas"] for r in rows] == [n for n in names if n.startswith("I")]
    first = rows[1]
    assert (first["Indikator"], first["Level"], first["Butir"]) == (14, 1, 1)
    assert first["Catatan"] == "Topologi dan inventaris (hal. 1–3)"
    html = (out / "catatan.html").read_text(encoding="utf-8")
    assert "I1-L1-02" in html  # I1's second level-1 item has nothing: listed as missing
    assert "daftar.xlsx" in html  # evidence on no item is named, not uploaded
    assert [(m.indicator, m.level, m.number) for m in result.plan.missing] == [(1, 1, 2)]


def test_the_folder_must_be_new_or_empty(ws, tmp_path):
    filled(ws, tmp_path)
    out = tmp_path / "portal"
    out.mkdir()
    (out / "lama.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError) as err:
        write_portal(ws, opd_plan(ws), out, max_bytes=100 * MB)
    assert err.value.code == "PORTAL_FOLDER_NOT_EMPTY"
    assert [p.name for p in out.iterdir()] == ["lama.pdf"]
    empty = tmp_path / "kosong"
    empty.mkdir()
    write_portal(ws, opd_plan(ws), empty, max_bytes=100 * MB)
    assert (empty / "catatan.xlsx").is_file()


def test_cancel_and_failure_leave_nothing(ws, tmp_path):
    filled(ws, tmp_path)
    out = tmp_path / "portal"
    cancel = threading.Event()
    seen = []

    def progress(done, total, name):
        seen.append(name)
        if len(seen) > 3:
            cancel.set()

    with pytest.raises(Cancelled):
        write_portal(ws, opd_plan(ws), out, max_bytes=100 * MB, progress=progress, cancel=cancel)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".portal")] == []
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"sampah" * 100)
    attach_file(ws, 14, broken, level=1, item=1)
    with pytest.raises(InputError) as err:
        write_portal(ws, opd_plan(ws), out, max_bytes=100 * MB)
    assert err.value.code == "PDF_CORRUPT" and "I14-L1-01" in err.value.message("en")
    assert not out.exists() and not [p for p in tmp_path.iterdir() if ".part-" in p.name]


def test_size_limit_is_reported_and_images_can_be_scaled_down(ws, tmp_path):
    import os

    from PIL import Image

    ws.set_answer(3, level=1)
    noisy = Image.frombytes("RGB", (4000, 3000), os.urandom(4000 * 3000 * 3))
    big = tmp_path / "foto-pelatihan.jpg"
    noisy.save(big, quality=95)
    assert big.stat().st_size > 10 * MB
    attach_file(ws, 3, big, level=1, item=1)
    result = write_portal(ws, opd_plan(ws), tmp_path / "a", max_bytes=10 * MB)
    assert [w.name for w in result.over_limit] == ["I3-L1-01-foto-pelatihan.jpg"]
    assert "melebihi batas 10 MB" in (tmp_path / "a" / "catatan.html").read_text(encoding="utf-8")
    smaller = write_portal(
        ws, opd_plan(ws), tmp_path / "b", max_bytes=10 * MB, downscale_images=True
    )
    [written] = smaller.files
    assert written.downscaled and not written.over_limit
    with Image.open(tmp_path / "b" / written.name) as shrunk:
        assert max(shrunk.size) <= 2339


def test_names_are_ascii_and_short():
    long = portal_name(12, 3, 4, "pdf", "Ä" * 5 + " laporan " * 40)
    assert len(long) <= MAX_NAME and long.startswith("I12-L3-04-")
    assert long.isascii()
    assert slug("Surat Keputusan Bupati No. 12/2024 — Tim Koordinasi") == (
        "surat-keputusan-bupati-no-12-2024-tim"
    )
    assert portal_name(5, 1, 1, "pdf", "???") == "I5-L1-01.pdf"


def test_coordinator_folder_from_an_older_package(tmp_path):
    """A coordinator workspace of schema 3 holding a format-1 submission (no items): evidence
    with a level lands on item 1 of the coordinator's list; the OPD owns I1 and I14."""
    path = tmp_path / "kab.spbews"
    shutil.copy(FIXTURES / "coordinator-schema3.spbews", path)
    with Workspace.open(path) as coord:
        plan = coordinator_plan(coord)
        result = write_portal(coord, plan, tmp_path / "portal", max_bytes=100 * MB)
        add_item(coord, 14, 1, "Butir dari koordinator")
    names = sorted(p.name for p in (tmp_path / "portal").iterdir())
    assert names == [
        "I1-L1-01-renstra-bab-pemdi.pdf",
        "I1-L2-01-data-dukung-level-2.pdf",
        "I14-L1-01-topologi-jaringan.pdf",
        "catatan.html",
        "catatan.xlsx",
    ]
    joined = tmp_path / "portal" / "I1-L2-01-data-dukung-level-2.pdf"
    assert len(PdfReader(joined).pages) == 2  # the DPA page and the screenshot
    header, rows = header_and_rows(tmp_path / "portal" / "catatan.xlsx")
    assert "OPD" in header
    assert {r["OPD"] for r in rows} == {"Dinas Komunikasi dan Informatika"}
    assert [(m.indicator, m.level) for m in result.plan.missing] == [(1, 3), (14, 2)]


def test_only_the_items_sent_back(tmp_path):
    """--only-revisi: the items whose latest verdict sends them back, nothing else; an item
    accepted in a later round drops out."""
    from spbe_desktop.core.assessment.sheet import ItemVerdict, VerdictSheet
    from spbe_desktop.core.assessment.store import record_round

    path = tmp_path / "kab.spbews"
    shutil.copy(FIXTURES / "coordinator-schema3.spbews", path)
    with Workspace.open(path) as coord:
        i1 = coord.instrument.indicator(1).id
        i14 = coord.instrument.indicator(14).id
        first = (
            ItemVerdict(i1, 1, 1, "diterima", ""),
            ItemVerdict(i1, 2, 1, "revisi", "DPA belum ditandatangani"),
            ItemVerdict(i14, 1, 1, "tidak tepat", "bukan topologi"),
        )
        record_round(coord, VerdictSheet(first, ()), kind="dokumen", date="2026-06-01")
        plan = coordinator_plan(coord, only_revisi=True)
        assert [f.name for f in plan.files] == [
            "I1-L2-01-data-dukung-level-2.pdf",
            "I14-L1-01-topologi-jaringan.pdf",
        ]
        later = (ItemVerdict(i14, 1, 1, "diterima", ""),)
        record_round(coord, VerdictSheet(later, ()), kind="interviu", date="2026-07-01")
        result = write_portal(
            coord, coordinator_plan(coord, only_revisi=True), tmp_path / "p", max_bytes=100 * MB
        )
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == [
        "I1-L2-01-data-dukung-level-2.pdf",
        "catatan.html",
        "catatan.xlsx",
    ]
    assert result.plan.missing == ()
