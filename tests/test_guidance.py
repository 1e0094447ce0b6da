"""Guidance per indicator (pack data) and the linter rules it carries."""

from __future__ import annotations

import copy
import json

import pytest
from evidence_files import make_image
from test_pack_schema import dump, mini_pack, text

from spbe_desktop.core.errors import InstrumentError
from spbe_desktop.core.evidence.check import check_workspace
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.instrument.guidance import common_rejections, guidance_of
from spbe_desktop.core.instrument.pack import Instrument, available_packs, pack_by_id
from spbe_desktop.core.instrument.schema import validate_pack_bytes
from spbe_desktop.core.workspace.workspace import Workspace


def _pdf(path, *lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n, line in enumerate(lines):
        pdf.drawString(72, 760 - 20 * n, line)
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("pack", available_packs(), ids=lambda p: p.id)
def test_every_indicator_has_guidance(pack):
    for ind in pack.indicators:
        guidance = guidance_of(pack, ind)
        assert guidance is not None, f"{pack.id} {ind.id} has no guidance"
        for lang in ("id", "en"):
            about = guidance.about.get(lang, "")
            assert about.count(".") >= 2 and len(about) > 80, f"{pack.id} {ind.id} about ({lang})"
        assert guidance.rejections, f"{pack.id} {ind.id} names no rejection"
        for rejection in guidance.rejections:
            assert rejection.text["id"].strip() and rejection.text["en"].strip()
            assert rejection.source["id"].strip() and rejection.source["en"].strip()
            assert rejection.confidence in ("✅", "◐", "❓")
    assert common_rejections(pack)


def test_the_recorded_assessor_rejections_are_in_the_pemdi_pack(pemdi2026):
    def said(number):
        return " ".join(r.text["id"] for r in guidance_of(pemdi2026, f"I{number:02d}").rejections)

    assert "SK Tim Asesor" in said(9) and "SK Tim Audit" in said(9)
    assert "Indeks KAMI" in said(10) and "IKASANDI" in said(10)
    assert "dasbor pemantauan SLA" in said(19)
    assert "RKA/DPA" in said(4) and "RKA/DPA" in said(13)
    assert "kelompok rentan" in said(20)


def _with_guidance(guidance=None, common=None):
    pack = copy.deepcopy(mini_pack())
    if guidance is not None:
        pack["indicators"][0]["guidance"] = guidance
    if common is not None:
        pack["guidance"] = common
    return dump(pack)


def _rule(**check):
    return {"text": text("Salah"), "source": text("Sumber"), "confidence": "◐", "check": check}


@pytest.mark.parametrize(
    ("guidance", "fragment"),
    [
        ({"about": text("A."), "rejections": []}, "rejections"),
        ({"rejections": [_rule(kind="stale", years=2)]}, "about"),
        ({"about": text("A."), "rejections": [_rule(kind="file", match="(unclosed")]}, "regular"),
        ({"about": text("A."), "rejections": [_rule(kind="missing")]}, "match"),
        ({"about": text("A."), "rejections": [_rule(kind="stale")]}, "years"),
        (
            {"about": text("A."), "rejections": [_rule(kind="file", match="x", from_level=7)]},
            "level",
        ),
        (
            {
                "about": text("A."),
                "rejections": [{**_rule(kind="stale", years=1), "confidence": "?"}],
            },
            "confidence",
        ),
    ],
)
def test_broken_guidance_is_refused(guidance, fragment):
    with pytest.raises(InstrumentError) as info:
        validate_pack_bytes(_with_guidance(guidance), source="g.yaml")
    assert fragment in info.value.message_en


def test_a_pack_without_guidance_still_loads_and_a_workspace_falls_back_to_the_shipped_one(
    tmp_path, pemdi2026
):
    inst = Instrument.from_data(validate_pack_bytes(_with_guidance()), "x")
    assert guidance_of(inst, "I01") is None and common_rejections(inst) == ()
    old = json.loads(pemdi2026.to_json())  # the pack as a workspace from before guidance kept it
    old.pop("guidance")
    for entry in old["indicators"]:
        entry.pop("guidance")
    before = Instrument.from_data(old, "old")
    assert guidance_of(before, "I10") == guidance_of(pemdi2026, "I10")
    assert common_rejections(before) == common_rejections(pemdi2026)


@pytest.fixture
def pemdi_ws(tmp_path, pemdi2026):
    ws = Workspace.create(
        tmp_path / "p.spbews", opd_name="Diskominfo", instrument=pemdi2026, period=2026
    )
    yield ws
    ws.close()


def _guided(ws):
    return {
        (f.indicator, f.code, f.evidence_name)
        for f in check_workspace(ws)
        if f.code.startswith("GUIDANCE")
    }


def test_indeks_kami_on_i10_is_flagged_by_name_or_pdf_text(pemdi_ws, tmp_path):
    pemdi_ws.set_answer(10, level=2)
    attach_file(
        pemdi_ws, 10, _pdf(tmp_path / "hasil-penilaian.pdf", "HASIL PENILAIAN INDEKS KAMI 2023")
    )
    attach_file(pemdi_ws, 10, make_image(tmp_path / "skor-indeks-kami.png"))
    attach_file(
        pemdi_ws, 10, _pdf(tmp_path / "surat.pdf", "Bersama ini kami sampaikan hasil IKASANDI.")
    )
    attach_file(
        pemdi_ws,
        10,
        _pdf(tmp_path / "ikasandi.pdf", "Nilai IKASANDI 2026; tidak lagi Indeks KAMI."),
    )
    findings = [f for f in check_workspace(pemdi_ws) if f.code == "GUIDANCE_WRONG_EVIDENCE"]
    assert {f.evidence_name for f in findings} == {"hasil-penilaian.pdf", "skor-indeks-kami.png"}
    finding = findings[0]
    assert finding.indicator == 10 and finding.severity == "warning"
    assert "IKASANDI" in finding.message_id and "IKASANDI" in finding.message_en


def test_sk_tim_asesor_on_i9_and_the_right_decree(pemdi_ws, tmp_path):
    pemdi_ws.set_answer(9, level=1)
    attach_file(
        pemdi_ws, 9, _pdf(tmp_path / "sk.pdf", "KEPUTUSAN BUPATI", "tentang Tim Asesor Internal")
    )
    attach_file(pemdi_ws, 9, _pdf(tmp_path / "sk-audit.pdf", "tentang Tim Audit Keamanan"))
    assert _guided(pemdi_ws) == {(9, "GUIDANCE_WRONG_EVIDENCE", "sk.pdf")}


def test_rka_without_the_activity_on_i4_and_i13(pemdi_ws, tmp_path):
    pemdi_ws.set_answer(4, level=1)
    pemdi_ws.set_answer(13, level=1)
    attach_file(pemdi_ws, 4, _pdf(tmp_path / "RKA_2026.pdf", "Belanja alat tulis kantor"))
    attach_file(
        pemdi_ws, 13, _pdf(tmp_path / "DPA-2026.pdf", "Kegiatan pengembangan aplikasi kepegawaian")
    )
    assert _guided(pemdi_ws) == {(4, "GUIDANCE_WRONG_EVIDENCE", "RKA_2026.pdf")}


def test_a_required_document_missing_from_a_claimed_level(pemdi_ws, tmp_path):
    pemdi_ws.set_answer(20, level=5)
    attach_file(
        pemdi_ws, 20, _pdf(tmp_path / "skm.pdf", "Survei Kepuasan Masyarakat", "Tindak lanjut: ...")
    )
    assert _guided(pemdi_ws) == {(20, "GUIDANCE_MISSING", None)}
    attach_file(pemdi_ws, 20, _pdf(tmp_path / "survei-difabel.pdf", "Survei kelompok rentan"))
    assert _guided(pemdi_ws) == set()
    pemdi_ws.set_answer(20, level=4)  # below the rule's level: nothing asked
    pemdi_ws.set_answer(19, level=2)
    attach_file(pemdi_ws, 19, _pdf(tmp_path / "daftar-layanan.pdf", "Daftar layanan dan SLA"))
    assert _guided(pemdi_ws) == {
        (19, "GUIDANCE_WRONG_EVIDENCE", "daftar-layanan.pdf"),
        (19, "GUIDANCE_MISSING", None),
    }


def test_drafts_count_only_from_the_level_that_needs_an_adopted_document(pemdi_ws, tmp_path):
    pemdi_ws.set_answer(1, level=1)
    attach_file(pemdi_ws, 1, _pdf(tmp_path / "Draf-Perbup.pdf", "Rancangan"))
    assert _guided(pemdi_ws) == set()
    pemdi_ws.set_answer(1, level=2)
    codes = _guided(pemdi_ws)
    assert (1, "GUIDANCE_WRONG_EVIDENCE", "Draf-Perbup.pdf") in codes


def test_audits_older_than_two_years_on_spbe(workspace, tmp_path):
    workspace.set_answer(29, level=3)  # the workspace fixture's period is 2025
    attach_file(
        workspace,
        29,
        _pdf(tmp_path / "audit-2022.pdf", "LAPORAN AUDIT INFRASTRUKTUR", "Maret 2022"),
    )
    attach_file(
        workspace, 29, _pdf(tmp_path / "audit.pdf", "LAPORAN AUDIT", "Juni 2019, Oktober 2023")
    )
    [stale] = [f for f in check_workspace(workspace) if f.code == "GUIDANCE_STALE"]
    assert stale.evidence_name == "audit-2022.pdf" and "2022" in stale.message_id


def test_a_damaged_pdf_gives_no_text_and_no_crash(pemdi_ws, tmp_path):
    broken = tmp_path / "sk-tim.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    pemdi_ws.set_answer(9, level=1)
    attach_file(pemdi_ws, 9, broken)
    codes = {f.code for f in check_workspace(pemdi_ws)}
    assert "PDF_CORRUPT" in codes and "GUIDANCE_WRONG_EVIDENCE" not in codes


def test_check_json_carries_guidance_findings(tmp_path, pemdi2026, capsys):
    from spbe_desktop.cli import main

    path = tmp_path / "cli.spbews"
    ws = Workspace.create(
        path, opd_name="Diskominfo", instrument=pack_by_id("pemdi-2026"), period=2026
    )
    ws.set_answer(10, level=2)
    attach_file(ws, 10, _pdf(tmp_path / "kami.pdf", "Indeks KAMI"))
    ws.close()
    main(["check", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    findings = out["findings"] if isinstance(out, dict) else out
    assert any(f["code"] == "GUIDANCE_WRONG_EVIDENCE" and f["indicator"] == 10 for f in findings)
