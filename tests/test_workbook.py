from decimal import Decimal

from opd_cycle import coordinator_with_levels
from openpyxl import load_workbook

from spbe_desktop.core.coordinator.store import (
    add_earlier_result,
    add_opd,
    create_coordinator,
    set_owner,
)
from spbe_desktop.core.coordinator.workbook import write_workbook


def test_workbook_has_one_sheet_per_view_with_numbers(tmp_path, spbe2020):
    ws = create_coordinator(
        tmp_path / "k.spbews", pemda_name="Kota Parepare", instrument=spbe2020, period=2025
    )
    a = add_opd(ws, "Inspektorat")
    b = add_opd(ws, "Dinas Kesehatan")
    for ind in spbe2020.indicators:
        owner = a if ind.number <= 20 else b
        set_owner(ws, ind.id, owner)
        ws.conn.execute(
            "INSERT INTO submitted_answers (opd_id, indicator_id, level, value, note) "
            "VALUES (?, ?, ?, ?, '')",
            (owner.id, ind.id, 3, "3"),
        )
    add_earlier_result(ws, "2024", Decimal("2.04"), "LHE 2024")
    out = write_workbook(ws, tmp_path / "konsolidasi.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == [
        "Ringkasan",
        "Aspek",
        "Peringkat OPD",
        "Indikator",
        "Matriks",
        "Status OPD",
        "Periode sebelumnya",
        "Penilaian asesor",
    ]
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Indeks SPBE"] == 3.0 and summary["Predikat"] == "Baik"
    ranking = list(book["Peringkat OPD"].iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in ranking} == {"Inspektorat", "Dinas Kesehatan"}
    assert all(isinstance(r[2], int | float) for r in ranking)
    matrix = list(book["Matriks"].iter_rows(values_only=True))
    assert matrix[0][2:] == ("Dinas Kesehatan", "Inspektorat")
    assert len(matrix) == 48
    earlier = list(book["Periode sebelumnya"].iter_rows(min_row=2, values_only=True))
    assert earlier == [("2024", 2.04, "Cukup", "LHE 2024")]
    ws.close()


def test_consolidated_pdf(tmp_path, spbe2020):
    from pypdf import PdfReader

    from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf

    ws = create_coordinator(
        tmp_path / "k.spbews",
        pemda_name="Provinsi Sulawesi Barat",
        instrument=spbe2020,
        period=2025,
    )
    opds = [add_opd(ws, f"Dinas {n}") for n in ("Kesehatan", "Pendidikan", "Sosial", "PUPR")]
    for ind in spbe2020.indicators:
        owner = opds[ind.number % 4]
        set_owner(ws, ind.id, owner)
        ws.conn.execute(
            "INSERT INTO submitted_answers (opd_id, indicator_id, level, value, note) "
            "VALUES (?, ?, ?, ?, '')",
            (owner.id, ind.id, 1 + ind.number % 4, str(1 + ind.number % 4)),
        )
    add_earlier_result(ws, "2024", Decimal("2.04"), "LHE 2024")
    out = write_consolidated_pdf(ws, tmp_path / "konsolidasi.pdf")
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "Provinsi Sulawesi Barat" in first and "Peringkat OPD" in "".join(
        p.extract_text() for p in reader.pages
    )
    assert f"Halaman 1 dari {len(reader.pages)}" in first
    fonts = {f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any(name.endswith("+DejaVuSans") for name in fonts)  # embedded subset
    assert all("DejaVu" in name for name in fonts)  # no unembedded standard font
    ws.close()


def test_earlier_period_read_from_its_coordinator_workspace(tmp_path, spbe2020, pemdi2026):
    from spbe_desktop.core.coordinator.store import earlier_from_workspace, earlier_results

    coordinator_with_levels(tmp_path / "2025.spbews", spbe2020, 2025, {"Diskominfo": 2})
    new = create_coordinator(
        tmp_path / "2026.spbews", pemda_name="Kab", instrument=pemdi2026, period=2026
    )
    result = earlier_from_workspace(new, tmp_path / "2025.spbews")
    assert (result.period, result.index, result.predicate) == ("2025", Decimal("2.00"), "Cukup")
    assert earlier_results(new)[0].source.startswith("2025.spbews")
    new.close()
