"""Evidence attached without a level (or carried over, or from a proposal) placed on an item from
the evidence list, moved to another item, and taken off every item again."""

from __future__ import annotations

from evidence_files import make_pdf
from PySide6.QtWidgets import QDialogButtonBox

from spbe_desktop.core.evidence.items import add_item, retire_item
from spbe_desktop.core.evidence.store import attach_file, list_evidence
from spbe_desktop.core.workspace.workspace import Workspace


def answer_place(monkeypatch, choose):
    from spbe_desktop.ui.place_dialog import PlaceEvidenceDialog

    offered: list[list] = []

    def exec_(dialog) -> int:
        offered.append(list(dialog.places))
        dialog.ui.itemCombo.setCurrentIndex(dialog.places.index(choose()))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PlaceEvidenceDialog, "exec", exec_)
    return offered


def test_unplaced_evidence_put_on_an_item(main_window, dialogs, tmp_path, pemdi2026, monkeypatch):
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        attach_file(ws, 14, make_pdf(tmp_path / "renstra.pdf"))  # no level: not placed
        own = add_item(ws, 14, 2, "Daftar aset lama")
        retire_item(ws, 14, 2, own.number)
    assert main_window.open_path(path)
    ws = main_window.session.ws
    main_window.navigator.select(ws.instrument.indicator(14).id)
    panel = main_window.page.evidence
    panel.ui.list.setCurrentItem(panel.ui.list.topLevelItem(0))
    assert panel.ui.placeButton.isEnabled()
    assert panel.ui.list.topLevelItem(0).text(1) == "–"  # the list says it is on no item

    wanted = [(2, 1), (None, None)]
    offered = answer_place(monkeypatch, lambda: wanted[0])
    panel.ui.placeButton.click()
    [placed] = list_evidence(ws, 14)
    assert (placed.level, placed.item) == (2, 1)
    assert (None, None) in offered[0] and (2, own.number) not in offered[0]  # retired: not offered
    items = main_window.page.items.ui.tree
    assert items.topLevelItem(1).child(0).childCount() == 1  # shown on its item at once
    assert panel.ui.list.topLevelItem(0).text(1) == "L2-01"
    assert panel.ui.list.topLevelItem(0).toolTip(1) == "Level 2, butir 1"

    wanted.pop(0)
    panel.ui.list.setCurrentItem(panel.ui.list.topLevelItem(0))
    panel.ui.placeButton.click()
    assert (list_evidence(ws, 14)[0].level, list_evidence(ws, 14)[0].item) == (None, None)
    assert panel.ui.list.topLevelItem(0).text(1) == "–"
    assert not dialogs.errors
