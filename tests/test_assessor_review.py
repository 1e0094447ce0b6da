"""A verdict the assessors send back reaches the OPD whose evidence it is: through the signed
review package, into the OPD's workspace as a round of its own."""

from __future__ import annotations

from opd_cycle import PASS, build_cycle

from spbe_desktop.core.assessment.exchange import items_to_revise
from spbe_desktop.core.assessment.store import rounds
from spbe_desktop.core.assessment.workflow import import_verdicts
from spbe_desktop.core.coordinator.exchange import receive_review, review_notes, write_review
from spbe_desktop.core.coordinator.importer import import_packages


def test_revisi_reaches_the_owning_opd_only(tmp_path, pemdi2026):
    opds = {"Diskominfo": (range(9, 15), 3), "Bappeda": (range(1, 5), 2)}
    coord, packages = build_cycle(tmp_path, pemdi2026, opds, owners=True)
    try:
        files = [out for _, out, _ in packages.values()]
        assert [o.status for o in import_packages(coord, files, trust_new_keys=True)] == [
            "imported"
        ] * 2
        sheet = tmp_path / "asesor.csv"
        sheet.write_text(
            "Indikator;Level;Butir;Status;Catatan;Nilai\n"
            "14;1;;diterima;;\n14;2;1;tidak tepat;Topologi tanpa DRC;\n14;3;;ditolak otomatis;;\n"
            "2;1;;diterima;;1,5\n",
            encoding="utf-8",
        )
        import_verdicts(coord, sheet, date="2026-08-14")
        kominfo_ws, _, kominfo = packages["Diskominfo"]
        bappeda_ws, _, bappeda = packages["Bappeda"]
        out = tmp_path / "reviu-kominfo.spbe"
        write_review(coord, kominfo, out, PASS)
        receive_review(kominfo_ws, out)
        again = receive_review(kominfo_ws, out)  # the same package twice is one round
        assert again.package_id
        sent = items_to_revise(kominfo_ws)
        assert (sent["I14"][0][0], sent["I14"][0][1]) == (2, 1)
        assert sent["I14"][0][2].status == "tidak tepat"
        assert {v.status for lv, _, v in sent["I14"] if lv == 3} == {"ditolak otomatis"}
        assert all(lv in (2, 3) for lv, _, _ in sent["I14"])
        assert sent["I14"][0][2].note == "Topologi tanpa DRC"
        assert [r.kind for r in rounds(kominfo_ws)] == ["dokumen"]
        # the indicator's review note says it in words, for an app that knows no verdicts
        status, note = review_notes(kominfo_ws)["I14"]
        assert status == "revisi" and "level 2 butir 1 tidak tepat — Topologi tanpa DRC" in note
        assert "perbaiki dulu level 2" in note
        # Bappeda's review carries its own indicator's value, nothing of Diskominfo's
        out2 = tmp_path / "reviu-bappeda.spbe"
        write_review(coord, bappeda, out2, PASS)
        receive_review(bappeda_ws, out2)
        assert items_to_revise(bappeda_ws) == {}
        assert [r.values for r in rounds(bappeda_ws)] == [1]
    finally:
        for ws, _, _ in packages.values():
            ws.close()
        coord.close()
