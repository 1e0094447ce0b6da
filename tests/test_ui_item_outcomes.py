"""The assessors' outcome per item on the OPD's indicator page: accepted or sent back (with the
kind of revisi and the assessor's note), beside items still missing or with evidence."""

from __future__ import annotations

from evidence_files import make_pdf

from spbe_desktop.core.assessment.store import set_verdict, typed_round
from spbe_desktop.core.evidence.items import level_items
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.workspace.workspace import Workspace


def test_items_show_the_assessors_outcome(main_window, dialogs, tmp_path, pemdi2026):
    path = tmp_path / "diskominfo.spbews"
    with Workspace.create(path, opd_name="Diskominfo", instrument=pemdi2026, period=2026) as ws:
        ws.set_answer(14, level=2)
        for number in range(1, len(level_items(ws, 14, 1)) + 1):
            attach_file(ws, 14, make_pdf(tmp_path / f"b{number}.pdf"), level=1, item=number)
        internal = typed_round(ws, "mandiri", "2026-05-04")
        set_verdict(ws, internal, 14, 1, 1, "diterima")
        set_verdict(ws, internal, 14, 1, 2, "tidak tepat", "Topologi tahun lalu")
        set_verdict(ws, internal, 3, 1, 1, "revisi")  # another indicator: not shown here
    assert main_window.open_path(path)
    main_window.navigator.select(main_window.session.ws.instrument.indicator(14).id)
    tree = main_window.page.items.ui.tree
    level_1, level_2 = tree.topLevelItem(0), tree.topLevelItem(1)
    assert level_1.child(0).text(2) == "diterima"
    assert level_1.child(1).text(2) == "dikembalikan (tidak tepat)"
    assert level_1.child(1).toolTip(2) == "Topologi tahun lalu"
    if level_1.childCount() > 2:
        assert level_1.child(2).text(2) == "ada bukti"  # no verdict on it yet
    assert level_2.child(0).text(2) == "belum ada"
