"""Packages through the GUI: export with key creation, wrong passphrase, summary PDF, checking a
package, the target planner, and the exchange with the coordinator (assignment, review)."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from evidence_files import make_pdf
from PySide6.QtCore import Qt

from spbe_desktop.core import keys
from spbe_desktop.core.bundle.verify import verify_package
from spbe_desktop.core.coordinator.exchange import write_assignment, write_review
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.store import add_opd, create_coordinator, set_review
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.export.submission import export_submission
from spbe_desktop.core.instrument.planner import plan_to_target
from spbe_desktop.core.report import summary as report
from spbe_desktop.core.workspace.workspace import Workspace

OPD_PASS = "kantor-di-lantai-3"
COORD_PASS = "kata-sandi-diskominfo"


@pytest.fixture
def answered(workspace, tmp_path):
    """A workspace with a few answers: one with evidence, one claimed without any (a finding)."""
    workspace.set_answer("I01", level=3, justification="Perbup SPBE ditetapkan")
    perbup = make_pdf(tmp_path / "perbup.pdf")
    for level in (1, 2, 3):  # the one item of each level up to the claim
        attach_file(workspace, 1, perbup, level=level)
    workspace.set_answer("I02", level=2, justification="SOP ada")
    path = workspace.path
    workspace.close()
    return path


def open_in(window, path: Path):
    assert window.open_path(path)
    return window.session.ws


def test_export_creates_key_then_a_package_that_verifies(
    main_window, dialogs, monkeypatch, qtbot, answered, tmp_path
):
    from spbe_desktop.ui.export_dialog import ExportDialog, ExportResultDialog
    from spbe_desktop.ui.key_dialog import KeyDialog

    ws = open_in(main_window, answered)
    shown = {}

    def make_key(parent, ws, lang):
        dialog = KeyDialog(parent, ws, lang)
        qtbot.addWidget(dialog)
        dialog.ui.newEdit.setText("pendek")
        dialog.ui.repeatEdit.setText("pendek")
        dialog._accept()
        assert "terlalu pendek" in dialog.ui.problemLabel.text()
        dialog.ui.newEdit.setText(OPD_PASS)
        dialog.ui.repeatEdit.setText(OPD_PASS)
        dialog._accept()
        assert dialog.ui.pages.currentWidget() is dialog.ui.fingerprintPage
        shown["fingerprint"] = dialog.ui.fingerprintLabel.text()
        dialog._accept()
        return dialog.made

    def fill(parent, ws, findings, lang, suggested):
        assert suggested.name == "Dinas-Komunikasi-dan-Informatika-2025-rev1.spbe"
        dialog = ExportDialog(parent, ws, findings, lang, suggested)
        qtbot.addWidget(dialog)
        tree = dialog.ui.findingsList
        assert tree.topLevelItemCount() >= 1
        assert tree.topLevelItem(0).text(0) == "2"  # level 2 claimed without evidence
        assert "Tetap kirim" in [b.text().replace("&", "") for b in dialog.ui.buttonBox.buttons()]
        dialog.ui.nameEdit.setText("Dr. Andi Wijaya, M.Si.")
        dialog.ui.nipEdit.setText("197501012000031001")
        dialog.ui.placeEdit.setText("Mamuju")
        dialog.ui.locationEdit.setText(str(tmp_path / "kiriman.spbe"))
        dialog.ui.passphraseEdit.setText(OPD_PASS)
        dialog._accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.request()

    def result(parent, res):
        dialog = ExportResultDialog(parent, res)
        qtbot.addWidget(dialog)
        dialog.folderButton.click()
        shown["result"] = res

    monkeypatch.setattr(KeyDialog, "create_key", classmethod(lambda cls, *a: make_key(*a)))
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: fill(*a)))
    monkeypatch.setattr(ExportResultDialog, "show_result", classmethod(lambda cls, *a: result(*a)))
    main_window.actions_by_key["export"].trigger()
    qtbot.waitUntil(lambda: "result" in shown, timeout=15000)

    res = shown["result"]
    assert res.path == tmp_path / "kiriman.spbe" and res.revision == 1
    assert res.fingerprint == shown["fingerprint"] == keys.key_info(ws).fingerprint
    checked = verify_package(res.path)
    assert checked.valid and checked.kind == "submission" and checked.revision == 1
    assert checked.signer_fingerprint == res.fingerprint
    assert report.signatory(ws) == ("Dr. Andi Wijaya, M.Si.", "197501012000031001", "Mamuju")
    assert dialogs.opened and dialogs.opened[0].toLocalFile() == str(tmp_path)
    assert main_window.isEnabled() and not dialogs.errors


def test_wrong_passphrase_writes_nothing(main_window, dialogs, monkeypatch, qtbot, answered):
    from spbe_desktop.ui.export_dialog import ExportDialog
    from spbe_desktop.ui.key_dialog import KeyDialog

    with Workspace.open(answered) as ws:
        keys.generate_key(ws, OPD_PASS)
    ws = open_in(main_window, answered)
    seen = {}

    def fill(parent, ws, findings, lang, suggested):
        dialog = ExportDialog(parent, ws, findings, lang, suggested)
        qtbot.addWidget(dialog)
        dialog.ui.nameEdit.setText("Kepala Dinas")
        dialog.ui.passphraseEdit.setText("bukan-kata-sandinya")
        dialog._accept()
        seen["problem"] = dialog.ui.problemLabel.text()
        seen["accepted"] = dialog.result() == dialog.DialogCode.Accepted
        seen["target"] = dialog.target()
        return None

    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: fill(*a)))
    main_window.actions_by_key["export"].trigger()
    qtbot.waitUntil(lambda: "problem" in seen, timeout=10000)
    assert "salah" in seen["problem"] and not seen["accepted"]
    assert not seen["target"].exists() and not list(answered.parent.glob("*.spbe")) + list(
        answered.parent.glob("*.part")
    )
    assert ws.meta("package_revision") is None

    # The same plain words when changing the passphrase with a wrong current one.
    dialog = KeyDialog(main_window, ws, "id", "change")
    qtbot.addWidget(dialog)
    dialog.ui.oldEdit.setText("bukan-kata-sandinya")
    dialog.ui.newEdit.setText("kata-sandi-baru-2026")
    dialog.ui.repeatEdit.setText("kata-sandi-baru-2026")
    dialog._accept()
    assert "salah" in dialog.ui.problemLabel.text()
    keys.load_private_key(ws, OPD_PASS)  # unchanged


def test_print_summary_writes_a_pdf_and_opens_it(
    main_window, dialogs, monkeypatch, qtbot, answered, tmp_path
):
    from spbe_desktop.ui.dialogs import Dialogs
    from spbe_desktop.ui.summary_print import SummaryPrint

    open_in(main_window, answered)
    target = tmp_path / "ringkasan.pdf"
    suggested = []
    monkeypatch.setattr(
        Dialogs, "save_file", staticmethod(lambda p, t, s, f: suggested.append(s) or str(target))
    )
    printed = []
    monkeypatch.setattr(SummaryPrint, "available", staticmethod(lambda: True))
    monkeypatch.setattr(
        SummaryPrint, "print_pdf", staticmethod(lambda p, path: printed.append(path))
    )
    main_window.actions_by_key["print_summary"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.opened), timeout=15000)
    assert Path(suggested[0]).name == "ringkasan-Dinas-Komunikasi-dan-Informatika-2025.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert dialogs.opened[0].toLocalFile() == str(target)
    assert printed == [target]  # dialogs.confirm answers yes


@pytest.fixture
def package(answered, tmp_path):
    with Workspace.open(answered) as ws:
        keys.generate_key(ws, OPD_PASS)
        result = export_submission(ws, tmp_path / "kiriman.spbe", OPD_PASS)
    return result


def tampered_copy(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("data/submission.json"):
                data = data.replace(b'"level": 3', b'"level": 5', 1)
            out.writestr(info, data)
    return target


def test_verify_dialog_in_plain_words(main_window, dialogs, monkeypatch, qtbot, package, tmp_path):
    from spbe_desktop.ui.dialogs import Dialogs
    from spbe_desktop.ui.verify_dialog import VerifyDialog

    shown = []

    def record(parent, path, result, lang):
        dialog = VerifyDialog(parent, path, result, lang)
        qtbot.addWidget(dialog)
        shown.append((dialog.headingLabel.text(), dialog.detailsLabel.text(), result))

    monkeypatch.setattr(VerifyDialog, "show_result", classmethod(lambda cls, *a: record(*a)))
    chosen = [str(package.path)]
    monkeypatch.setattr(Dialogs, "open_package", staticmethod(lambda *a: chosen[0]))
    main_window.actions_by_key["verify"].trigger()  # no workspace needed
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    heading, details, _ = shown[0]
    assert heading == "Paket sah ✓"
    assert "Kiriman penilaian mandiri" in details and "Dinas Komunikasi" in details
    assert package.fingerprint in details and ">1<" in details

    chosen[0] = str(tampered_copy(package.path, tmp_path / "diubah.spbe"))
    main_window.actions_by_key["verify"].trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    heading, details, result = shown[1]
    assert heading == "Paket tidak sah ✗" and not result.valid
    first = result.errors[0]
    assert first["message_id"].split("'")[0][:20] in details.replace("&#x27;", "'")
    assert "Traceback" not in details and not dialogs.errors


def test_planner_matches_the_core_and_respects_locks(qtbot, ui_forms, spbe2020):
    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.planner_dialog import PlannerDialog

    i18n.install("id")
    values = {ind.id: Decimal(2) for ind in spbe2020.indicators}
    dialog = PlannerDialog(None, spbe2020, values, "id")
    qtbot.addWidget(dialog)
    assert dialog.target() == Decimal("3.00")
    expected = plan_to_target(spbe2020, values, Decimal("3.00"))
    assert dialog.plan.raises == expected.raises and dialog.plan.reachable
    assert dialog.ui.resultTable.rowCount() == len(expected.raises)
    first = expected.raises[0]
    assert dialog.ui.resultTable.item(0, 3).text() == f"2 → {int(first.level_to)}"
    assert dialog.ui.resultTable.item(0, 0).text() == str(first.indicator)
    assert "Baik" in dialog.ui.summaryLabel.text() or "Cukup" in dialog.ui.summaryLabel.text()

    locked = {r.id for r in expected.raises[:3]}
    dialog.set_locked(locked)
    again = plan_to_target(spbe2020, values, Decimal("3.00"), locked)
    assert dialog.plan.raises == again.raises
    assert not locked & {r.id for r in dialog.plan.raises}

    dialog.ui.targetSpin.setValue(3.5)
    assert dialog.plan.raises == plan_to_target(spbe2020, values, Decimal("3.50"), locked).raises


@pytest.fixture
def coordinator(tmp_path, spbe2020):
    coord = create_coordinator(
        tmp_path / "kabupaten.spbews",
        pemda_name="Kabupaten Mamuju",
        instrument=spbe2020,
        period=2025,
    )
    keys.generate_key(coord, COORD_PASS)
    opd = add_opd(coord, "Bappeda")
    assignment = tmp_path / "penugasan.spbe"
    write_assignment(coord, opd, ["1", "2", "3", "4"], "2025-06-30", assignment, COORD_PASS)
    yield coord, opd, assignment
    coord.close()


def test_assignment_then_review(main_window, dialogs, monkeypatch, qtbot, coordinator, tmp_path):
    from spbe_desktop.ui.dialogs import Dialogs
    from spbe_desktop.ui.navigator import SHOW_ASSIGNED

    coord, opd, assignment = coordinator
    chosen = [str(assignment)]
    monkeypatch.setattr(Dialogs, "open_package", staticmethod(lambda *a: chosen[0]))
    dialogs.open_path = str(tmp_path / "bappeda.spbews")  # where the new workspace goes
    main_window.actions_by_key["open_assignment"].trigger()
    qtbot.waitUntil(lambda: main_window.session is not None, timeout=10000)
    ws = main_window.session.ws
    assert ws.path == tmp_path / "bappeda.spbews" and ws.info.opd_name == "Bappeda"
    assert "Kabupaten Mamuju" in dialogs.infos[-1] and "30 Juni 2025" in dialogs.infos[-1]
    assert "Indikator yang dijawab: 4" in dialogs.infos[-1]
    assert "Batas waktu: 30 Juni 2025" in main_window.exchange_label.text()
    nav = main_window.navigator
    nav.ui.filterCombo.setCurrentIndex(SHOW_ASSIGNED)
    assert not nav._items["I04"].isHidden() and nav._items["I05"].isHidden()

    # The OPD sends; the coordinator imports and reviews; the OPD receives the review.
    keys.generate_key(ws, OPD_PASS)
    for n in (1, 2, 3, 4):
        ws.set_answer(n, level=2, justification="ada")
    sent = export_submission(ws, tmp_path / "kiriman.spbe", OPD_PASS)
    import_packages(coord, [sent.path], trust_new_keys=True)
    set_review(coord, opd, 2, "revisi", "SOP belum ditandatangani Kepala Dinas.")
    set_review(coord, opd, 1, "diterima")
    review = tmp_path / "reviu.spbe"
    write_review(coord, opd, review, COORD_PASS)
    chosen[0] = str(review)
    main_window.actions_by_key["receive_review"].trigger()
    qtbot.waitUntil(lambda: "I02" in main_window.session.reviews, timeout=10000)
    assert "Revisi: 1" in dialogs.infos[-1]
    assert "Diterima koordinator" in main_window.exchange_label.text()
    nav.select("I02")
    banner = main_window.page.ui.reviewBanner
    assert banner.isVisible()
    assert "Koordinator meminta revisi" in banner.text()
    assert "SOP belum ditandatangani" in banner.text()
    state = Qt.ItemDataRole.AccessibleDescriptionRole
    assert nav._items["I02"].data(0, state) == "revisi"  # the navigator's state icon
    assert nav._items["I01"].data(0, state) == "diterima"
    nav.select("I03")
    assert not banner.isVisible()
    assert not dialogs.errors
