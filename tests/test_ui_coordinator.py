"""The coordinator's window through the real widgets: routing, import with key trust (drag &
drop), consolidation and decisions, ranking, review package, reports, assignments."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from opd_cycle import PASS, build_cycle, coordinator_with_levels
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from spbe_desktop.core.bundle.verify import verify_package
from spbe_desktop.core.coordinator.store import (
    decisions,
    list_opds,
    owners,
    reviews_of,
)
from spbe_desktop.ui.coordinator import window as screen

# Indicator 10 is answered by two OPDs with different levels: a difference to decide.
OPDS = {
    "Dinas Komunikasi dan Informatika": (range(1, 11), 3),
    "Badan Perencanaan Pembangunan Daerah": (range(10, 21), 2),
    "BKPSDM": (range(21, 48), 4),
}


@pytest.fixture
def coord_dialogs(dialogs, monkeypatch):
    """Scripted replies to every coordinator question (nothing blocks)."""
    from spbe_desktop.ui.coordinator.prompts import CoordDialogs

    class Script:
        def __init__(self) -> None:
            self.packages: list[str] = []
            self.save_path: str | None = None
            self.passphrase: str | None = PASS
            self.trust = True
            self.trusted: list[tuple[str, str]] = []
            self.decision = None
            self.text = None
            self.assignment = None

    script = Script()

    def trust(parent, opd, fingerprint):
        script.trusted.append((opd, fingerprint))
        return script.trust

    stubs = {
        "packages": lambda parent: list(script.packages),
        "save_as": lambda parent, title, suggested, filters: script.save_path,
        "passphrase": lambda parent, new: script.passphrase,
        "trust_new_key": trust,
        "accept_changed_key": lambda parent, opd, fp: None,
        "decision": lambda *a: script.decision,
        "earlier_result": lambda parent: ("2024", "2,65", "Surat hasil evaluasi 2024"),
        "text": lambda *a: script.text,
        "choose": lambda *a: None,
        "assignment": lambda *a: script.assignment,
    }
    for name, stub in stubs.items():
        monkeypatch.setattr(CoordDialogs, name, staticmethod(stub))
    from PySide6.QtGui import QDesktopServices

    # The system viewer "opens" the file (the shared fixture records it but answers None).
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: dialogs.opened.append(url) or True)
    )
    script.dialogs = dialogs
    return script


@pytest.fixture
def submissions(tmp_path, spbe2020):
    """A coordinator workspace (closed, on disk) and three signed OPD submissions."""
    coord, packages = build_cycle(tmp_path, spbe2020, OPDS)
    files = []
    for ws, out, _ in packages.values():
        ws.close()
        files.append(out)
    path = coord.path
    coord.close()
    return path, files


def drop_files(widget, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(10, 10)
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where, *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(where.toPointF(), *args))


def imported_view(window, coord_dialogs, submissions, qtbot):
    path, files = submissions
    assert window.open_path(path)
    view = window.coordinator.view
    assert view is not None and window.ui.stack.currentWidget() is view
    assert window.session is None and "Kabupaten Mamuju" in window.windowTitle()
    drop_files(view.ui.importTable.viewport(), files)
    qtbot.waitUntil(lambda: len(view.importer.outcomes) == 3, timeout=20000)
    qtbot.waitUntil(window.isEnabled, timeout=5000)
    return view


def test_import_rank_decide_review_report(main_window, coord_dialogs, submissions, qtbot, tmp_path):
    window = main_window
    view = imported_view(window, coord_dialogs, submissions, qtbot)
    assert [o.status for o in view.importer.outcomes] == ["imported"] * 3
    assert [opd for opd, _ in coord_dialogs.trusted] == list(OPDS)  # asked once per OPD
    assert all(
        fp == o.fingerprint
        for (_, fp), o in zip(coord_dialogs.trusted, view.importer.outcomes, strict=True)
    )
    assert view.ui.importTable.item(0, 3).text().startswith("Diimpor")
    assert not coord_dialogs.dialogs.errors

    # Ranking and index, marked provisional while indicator 10 differs.
    view.ui.tabs.setCurrentIndex(screen.TAB_RANKING)  # a tab behind others catches up when seen
    ranking = view.ui.rankingTable
    assert ranking.rowCount() == 3
    assert ranking.item(0, 1).text() == "BKPSDM"
    assert ranking.item(0, 2).text() == "4,00" and ranking.item(0, 3).text()
    assert "sementara" in view.ui.indexBigLabel.text()
    assert "Indeks SPBE" in window.index_label.text() and "sementara" in window.index_label.text()

    # The difference is highlighted; a decision with its reason settles it.
    view.ui.tabs.setCurrentIndex(screen.TAB_MATRIX)
    matrix = view.matrix
    row = next(r for r, v in enumerate(matrix.rows) if v.id == "I10")
    assert matrix.rows[row].source == "conflict"
    assert "perlu keputusan" in view.ui.matrixTable.item(row, 3).text()
    matrix.select("I10")
    coord_dialogs.decision = (Decimal(3), "Perbup Tim Koordinasi SPBE sudah ditetapkan")
    matrix.decide()
    assert decisions(view.ws)["I10"].value == 3
    assert matrix.rows[row].source == "decision"
    view.ui.conflictsOnly.setChecked(True)
    visible = [r for r in range(len(matrix.rows)) if not view.ui.matrixTable.isRowHidden(r)]
    assert visible == [row]

    # An OPD's evidence is one double-click away.
    first = next(r for r, v in enumerate(matrix.rows) if v.id == "I01")
    column = 5 + [o.name for o in matrix.opds].index("Dinas Komunikasi dan Informatika")
    matrix._double_clicked(first, column)
    assert matrix.dialog is not None and len(matrix.dialog.items) == 1
    matrix.dialog.open_selected()
    qtbot.waitUntil(lambda: len(coord_dialogs.dialogs.opened) == 1, timeout=5000)
    opened = Path(coord_dialogs.dialogs.opened[0].toLocalFile())
    assert opened.read_bytes() == (tmp_path / "perbup-spbe.pdf").read_bytes()
    matrix.dialog.close()

    # Earlier period for the comparison.
    view.ui.tabs.setCurrentIndex(screen.TAB_RANKING)
    view.ranking.add_earlier()
    assert view.ui.earlierTable.rowCount() == 2 and view.ui.earlierTable.item(0, 1).text() == "2,65"

    # Review one OPD and send the signed review package.
    view.ui.tabs.setCurrentIndex(screen.TAB_REVIEW)
    review = view.review
    review.select_opd("Badan Perencanaan Pembangunan Daerah")
    line = review.row_of("I12")
    view.ui.reviewTable.item(line, 4).setText("Peta Rencana belum ditetapkan dengan Perbup.")
    box = review.status_box(line)
    box.setCurrentIndex(box.findData("revisi"))
    review.accept_unmarked()
    opd = next(o for o in list_opds(view.ws) if o.name.startswith("Badan Perencanaan"))
    marks = reviews_of(view.ws, opd)
    assert marks["I12"] == ("revisi", "Peta Rencana belum ditetapkan dengan Perbup.")
    assert marks["I11"][0] == "diterima" and len(marks) == 11
    out = tmp_path / "reviu-bappeda.spbe"
    coord_dialogs.save_path = str(out)
    review.send()
    qtbot.waitUntil(lambda: out.exists() and window.isEnabled(), timeout=15000)
    result = verify_package(out)
    assert result.valid and result.kind == "review", result.errors
    view.ui.tabs.setCurrentIndex(screen.TAB_OPD)
    assert view.ui.opdTable.findItems("direviu", Qt.MatchFlag.MatchExactly)

    # Reports: PDF and workbook, opened after saving.
    view.ui.tabs.setCurrentIndex(screen.TAB_REPORTS)
    for name, save in (
        ("laporan.pdf", view.reports.save_pdf),
        ("laporan.xlsx", view.reports.save_workbook),
    ):
        coord_dialogs.save_path = str(tmp_path / name)
        save()
        qtbot.waitUntil(
            lambda n=name: (tmp_path / n).exists() and window.isEnabled(), timeout=20000
        )
    assert (tmp_path / "laporan.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "laporan.xlsx").read_bytes().startswith(b"PK")
    assert view.ui.reportsList.count() == 2

    # The planner starts from the consolidated values.
    plan = next(a for a in window.coordinator.menu.actions() if "target" in a.text().lower())
    plan.trigger()
    assert window.coordinator.planner is not None and window.coordinator.planner.isVisible()
    window.coordinator.planner.close()
    assert not coord_dialogs.dialogs.errors


def test_refused_key_is_not_imported(main_window, coord_dialogs, submissions, qtbot):
    coord_dialogs.trust = False
    view = imported_view(main_window, coord_dialogs, submissions, qtbot)
    assert [o.status for o in view.importer.outcomes] == ["rejected"] * 3
    assert "Tidak diimpor" in view.ui.importTable.item(0, 3).text()
    assert coord_dialogs.dialogs.errors  # one plain message: why is in the table
    ranking = view.ui.rankingTable  # registered OPDs without an imported submission: no rank
    assert [ranking.item(r, 0).text() for r in range(ranking.rowCount())] == ["–"] * 3


def test_welcome_creates_coordinator_and_sends_assignment(
    main_window, coord_dialogs, monkeypatch, qtbot, tmp_path
):
    from spbe_desktop.ui.coordinator.assign_dialog import AssignmentDialog, AssignmentRequest
    from spbe_desktop.ui.coordinator.new_dialog import NewCoordinatorDialog, NewCoordinatorRequest

    path = tmp_path / "koordinator.spbews"
    request = NewCoordinatorRequest("Kota Palu", 2025, "spbe-2020", path)
    monkeypatch.setattr(NewCoordinatorDialog, "ask", classmethod(lambda cls, *a: request))
    qtbot.mouseClick(main_window.welcome.ui.coordButton, Qt.MouseButton.LeftButton)
    view = main_window.coordinator.view
    assert view is not None and path.exists()

    coord_dialogs.text = "Dinas Kesehatan"
    view.ui.tabs.setCurrentIndex(screen.TAB_OPD)  # where its buttons are
    view.opds.add()
    assert view.ui.opdTable.rowCount() == 1
    assert view.ui.opdTable.item(0, 1).text() == "belum mengirim"
    opd = list_opds(view.ws)[0]

    dialog = AssignmentDialog(view, view.ws, opd, [opd], {}, "id")
    qtbot.addWidget(dialog)
    assert len(dialog.chosen()) == 47  # all by default
    dialog.owner_box(0).setCurrentIndex(1)
    dialog._tick(lambda row: row < 5)
    chosen = dialog.request()
    assert chosen.indicator_ids == ["I01", "I02", "I03", "I04", "I05"]
    coord_dialogs.assignment = AssignmentRequest(
        chosen.indicator_ids, "2025-07-31", {"I01": opd.id}
    )
    out = tmp_path / "penugasan.spbe"
    coord_dialogs.save_path = str(out)
    view.opds.assign()
    qtbot.waitUntil(lambda: out.exists() and main_window.isEnabled(), timeout=15000)
    assert verify_package(out).kind == "assignment"
    assert owners(view.ws) == {"I01": opd.id}
    assert view.ui.opdTable.item(0, 1).text() == "ditugaskan"
    assert view.ui.opdTable.item(0, 4).text() == "31-07-2025"
    assert view.ui.opdTable.item(0, 5).text() == "–"  # no OPD key known before its submission

    # The language switch keeps the coordinator workspace open.
    main_window.actions_by_key["lang_en"].trigger()
    new = main_window.controller.window
    assert new.coordinator.view is not None
    assert new.coordinator.view.ui.opdTable.item(0, 1).text() == "assigned"
    new.actions_by_key["close_workspace"].trigger()
    assert new.coordinator.view is None and new.ui.stack.currentWidget() is new.ui.welcomeHolder


def test_key_and_passphrase_questions_check_their_input(dialogs, qtbot):
    from spbe_desktop.ui.coordinator.small_dialogs import PassphraseDialog, TrustKeyDialog

    fingerprint = "45A4-2893-CB5B-6FC6-95C0-A960-A74C-D5A6-D611-9DD3"
    changed = TrustKeyDialog(None, "Inspektorat", fingerprint, changed=True)
    qtbot.addWidget(changed)
    assert changed.ui.fingerprintLabel.text() == fingerprint
    changed._accept()
    assert dialogs.errors and changed.result() != changed.DialogCode.Accepted
    changed.ui.reasonEdit.setText("Komputer OPD dipasang ulang; dikonfirmasi lewat telepon")
    changed._accept()
    assert changed.result() == changed.DialogCode.Accepted

    first = TrustKeyDialog(None, "Inspektorat", fingerprint, changed=False)
    qtbot.addWidget(first)
    assert first.ui.reasonEdit.isHidden()

    new = PassphraseDialog(None, new=True)
    qtbot.addWidget(new)
    new.ui.passEdit.setText("kata-sandi-panjang")
    new.ui.confirmEdit.setText("kata-sandi-lain")
    new._accept()
    assert new.result() != new.DialogCode.Accepted and len(dialogs.errors) == 2
    new.ui.confirmEdit.setText("kata-sandi-panjang")
    new._accept()
    assert new.result() == new.DialogCode.Accepted and new.passphrase() == "kata-sandi-panjang"


def test_earlier_period_from_its_workspace_through_the_ranking_view(
    main_window, coord_dialogs, dialogs, monkeypatch, tmp_path, spbe2020, pemdi2026
):
    from spbe_desktop.core.coordinator.store import create_coordinator
    from spbe_desktop.ui.dialogs import Dialogs

    coordinator_with_levels(tmp_path / "lama.spbews", spbe2020, 2025, {"Diskominfo": 3})
    new = create_coordinator(
        tmp_path / "baru.spbews", pemda_name="Kab", instrument=pemdi2026, period=2026
    )
    new.close()
    assert main_window.open_path(tmp_path / "baru.spbews")
    monkeypatch.setattr(
        Dialogs, "open_workspace", staticmethod(lambda *a: str(tmp_path / "lama.spbews"))
    )
    view = main_window.coordinator.view
    view.ranking.add_earlier_from_workspace()
    from spbe_desktop.core.coordinator.store import earlier_results

    assert [(e.period, str(e.index), e.predicate) for e in earlier_results(view.ws)] == [
        ("2025", "3.00", "Baik")
    ]
