"""What the OPD typed and what the packs are unsure of appear where they are used: the service
names of SPBE-2020 indicators 45–47 in the summary PDF; the ◐/❓ notes of a pack (the Gazette
number, the SPBE-2018 predicate bands, level names, the Pemdi external-score conversions) as a
footnote in the PDFs and as a mark with the note as tooltip in the GUI."""

from __future__ import annotations

import copy
import io
from decimal import Decimal
from pathlib import Path

import pytest

from spbe_desktop.core.errors import InstrumentError
from spbe_desktop.core.instrument.marks import uncertain_notes, uncertain_symbol
from spbe_desktop.core.instrument.pack import Instrument, pack_by_id
from spbe_desktop.core.instrument.schema import validate_pack_bytes
from spbe_desktop.core.workspace.workspace import Workspace

SERVICES = {45: "Perizinan OSS daerah", 46: "SIMPUS puskesmas", 47: "Adminduk daring"}


def flat(data: bytes) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


def summary_text(path: Path, lang: str = "id") -> str:
    from spbe_desktop.core.report.summary import build_summary
    from spbe_desktop.core.snapshot import read_snapshot

    with Workspace.open(path, read_only=True) as ws:
        snapshot = read_snapshot(ws)
    return flat(build_summary(snapshot, lang=lang))


def notes_section(text: str, lang: str = "id") -> str:
    heading = "Notes" if lang == "en" else "Catatan"
    findings = "Evidence check" if lang == "en" else "Hasil pemeriksaan"
    return text.split(f" {heading} ", 1)[1].split(findings, 1)[0]


@pytest.fixture
def pemdi_ws(tmp_path, pemdi2026) -> Path:
    """Every indicator that takes a level at 3; SJIG (I6) given a score, the others missing."""
    path = tmp_path / "bappeda.spbews"
    with Workspace.create(path, opd_name="Bappeda", instrument=pemdi2026, period=2026) as ws:
        for ind in pemdi2026.indicators:
            if ind.external is None:
                ws.set_answer(ind.number, level=3, justification="Bukti tersedia.")
        ws.set_answer(6, external_score=Decimal("3.2"))
    return path


@pytest.fixture
def spbe2018_ws(tmp_path) -> Path:
    inst = pack_by_id("spbe-2018")
    path = tmp_path / "kominfo.spbews"
    with Workspace.create(path, opd_name="Dinas Kominfo", instrument=inst, period=2019) as ws:
        for ind in inst.indicators:
            ws.set_answer(ind.number, level=2)
    return path


# The packs say what each uncertain note is about --------------------------------------------------


def test_the_packs_mark_their_uncertain_facts(pemdi2026, spbe2020):
    spbe2018 = pack_by_id("spbe-2018")
    assert uncertain_symbol(pemdi2026, "legal_basis") == "◐"
    assert "364" in uncertain_notes(pemdi2026, "legal_basis")[0]
    assert uncertain_symbol(pemdi2026, "predicates") == ""  # the Pemdi bands are ✅
    assert uncertain_symbol(spbe2018, "predicates") == "❓"
    assert uncertain_symbol(spbe2020, "level_names") == "❓"  # one ❓ among ◐ notes wins
    # One language each: the notes hold "Indonesian. / English." in one string.
    (english,) = uncertain_notes(spbe2018, "predicates", "en")
    (indonesian,) = uncertain_notes(spbe2018, "predicates", "id")
    assert "No 2018 predicate table" in english and "Tidak ditemukan" not in english
    assert "Tidak ditemukan tabel predikat 2018" in indonesian and "No 2018" not in indonesian


def test_a_note_names_only_a_known_fact():
    from test_pack_schema import dump, mini_pack

    pack = copy.deepcopy(mini_pack())
    pack["notes"] = [{"topic": "Predikat", "confidence": "❓", "text": "Belum pasti."}]
    inst = Instrument.from_data(validate_pack_bytes(dump(pack)), "x")  # `about` is optional
    assert uncertain_symbol(inst, "predicates") == ""
    pack["notes"][0]["about"] = "predicates"
    inst = Instrument.from_data(validate_pack_bytes(dump(pack)), "x")
    assert uncertain_symbol(inst, "predicates") == "❓"
    pack["notes"][0]["about"] = "weights"
    with pytest.raises(InstrumentError, match="notes"):
        validate_pack_bytes(dump(pack))


def test_shipped_notes_are_shown_in_one_language():
    for pack_id in ("pemdi-2026", "spbe-2018", "spbe-2020"):
        inst = pack_by_id(pack_id)
        for about in ("legal_basis", "predicates", "level_names"):
            ids, ens = (uncertain_notes(inst, about, lang) for lang in ("id", "en"))
            assert len(ids) == len(ens)
            for indonesian, english in zip(ids, ens, strict=True):
                assert " / " not in indonesian[-60:] and indonesian != english


# The summary PDF ------------------------------------------------------------------------------------


def test_summary_names_the_services_typed(tmp_path, spbe2020):
    path = tmp_path / "dinkes.spbews"
    with Workspace.create(path, opd_name="Dinas Kesehatan", instrument=spbe2020, period=2025) as ws:
        for number, name in SERVICES.items():
            ws.set_answer(number, level=3, service_name=name)
    text = summary_text(path)
    for number, name in SERVICES.items():
        assert f"Layanan Publik Sektor {number - 44}: {name}" in text
    assert f"Sectoral public service 1: {SERVICES[45]}" in summary_text(path, "en")


def test_summary_footnotes_the_uncertain_facts(pemdi_ws):
    text = summary_text(pemdi_ws)
    notes = notes_section(text)
    assert "Berita Negara RI Tahun 2026 Nomor 364" in notes  # the Gazette number (◐)
    assert "Nama tingkat (?)" in notes and "❓" not in text  # DejaVu Sans has no ❓
    assert "Rentang SJIG → tingkat hanya dari PM (◐)" in notes  # I6's score conversion
    assert "(Berita Negara Republik Indonesia Tahun 2026 Nomor 364)a" in text  # marked at use
    assert "3,2 → 3,00" in text
    english = notes_section(summary_text(pemdi_ws, "en"), "en")
    assert "Gazette 2026 No. 364" in english and "SJIG bands from PM only" in english


def test_spbe2018_predicate_is_footnoted(spbe2018_ws):
    text = summary_text(spbe2018_ws)
    assert "Cukup" in text
    notes = notes_section(text)
    assert "Predikat (?): Tidak ditemukan tabel predikat 2018" in notes
    assert "Sumber (◐)" in notes  # the regulation's text was not available


def test_consolidated_pdf_footnotes_the_bands(tmp_path):
    from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf
    from spbe_desktop.core.coordinator.store import add_opd, create_coordinator, set_owner

    inst = pack_by_id("spbe-2018")
    path = tmp_path / "kota.spbews"
    with create_coordinator(path, pemda_name="Kota Denpasar", instrument=inst, period=2019) as c:
        opd = add_opd(c, "Diskominfo")
        with c.transaction() as conn:
            for ind in inst.indicators:
                set_owner(c, ind.id, opd)
                conn.execute(
                    "INSERT INTO submitted_answers (opd_id, indicator_id, level, value, note) "
                    "VALUES (?, ?, 2, '2', '')",
                    (opd.id, ind.id),
                )
    with Workspace.open(path, read_only=True) as ws:
        pdf = write_consolidated_pdf(ws, tmp_path / "konsolidasi.pdf", "id")
    text = flat(pdf.read_bytes())
    assert "2,00 Cukupa" in text
    assert "a Predikat (?): Tidak ditemukan tabel predikat 2018" in text


# The GUI ----------------------------------------------------------------------------------------


def test_gui_marks_uncertain_facts(main_window, pemdi_ws, spbe2018_ws):
    window = main_window
    assert window.open_path(pemdi_ws)
    window.show_indicator("I01")
    radio = window.page._radios[3]
    # ❓ needs an emoji font: shown as "?", in the tooltip too.
    assert radio.text().endswith(" ?") and "Nama tingkat (?)" in radio.toolTip()
    window.show_indicator("I06")
    converted = window.page.ui.convertedLabel
    assert converted.text() == "3,00 ◐" and "SJIG" in converted.toolTip()
    assert "◐" not in window.index_label.text()  # the Pemdi bands are sure

    assert window.open_path(spbe2018_ws)
    label = window.index_label
    assert label.text().endswith("Cukup ?") and "Tidak ditemukan tabel predikat" in label.toolTip()
    window.actions_by_key["overview"].trigger()
    assert "Cukup ?" in window.overview.ui.summaryLabel.text()
    assert "Predikat" in window.overview.ui.summaryLabel.toolTip()
