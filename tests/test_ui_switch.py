"""Switching indicators on the real window: the page shows the new indicator whole and current
(answers, justification, items, evidence and a review made while another indicator was shown),
and the navigator repaints the rows that changed, not its whole tree."""

from __future__ import annotations

from evidence_files import make_pdf
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.session import Changes


class PaintedHeights(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.region().boundingRect().height())
        return False


def open_bappeda(main_window, tmp_path, pack):
    """The window on a new, empty workspace of the pack."""
    path = tmp_path / "bappeda.spbews"
    Workspace.create(path, opd_name="Bappeda", instrument=pack, period=2026).close()
    assert main_window.open_path(path)
    return main_window


def test_switching_shows_what_changed_while_another_indicator_was_shown(
    main_window, dialogs, qtbot, tmp_path, pemdi2026
):
    window = open_bappeda(main_window, tmp_path, pemdi2026)
    session, page, nav = window.session, window.page, window.navigator
    ids = [i.id for i in session.ws.instrument.indicators]
    nav.select(ids[0])
    session.change(ids[1], "level", 2)  # edits of another indicator: undo, import, coordinator
    session.change(ids[1], "justification", "Rencana kolaborasi sudah disahkan.")
    attach_file(session.ws, ids[1], make_pdf(tmp_path / "mou.pdf"), level=1, item=1)
    session.notify(Changes.of_evidence(ids[1]))
    assert page.levels.checkedId() == -1 and page.evidence.ui.list.topLevelItemCount() == 0

    nav.select(ids[1])
    assert page.indicator.id == ids[1]
    assert page.levels.checkedId() == 2
    assert page.ui.justificationEdit.toPlainText() == "Rencana kolaborasi sudah disahkan."
    assert page.evidence.ui.list.topLevelItem(0).text(0) == "mou.pdf"
    first_item = page.items.ui.tree.topLevelItem(0).child(0)
    assert (first_item.text(1), first_item.text(2)) == ("1", "ada bukti")
    assert page.ui.nameLabel.text().startswith("2. ")

    nav.select(ids[0])  # and back: nothing of the other indicator stays on the page
    assert page.levels.checkedId() == -1 and page.ui.justificationEdit.toPlainText() == ""
    assert page.evidence.ui.list.topLevelItemCount() == 0
    assert page.items.ui.tree.topLevelItem(0).child(0).text(2) == "belum ada"


def test_switching_repaints_the_navigators_changed_rows_only(
    main_window, dialogs, qtbot, tmp_path, pemdi2026
):
    window = open_bappeda(main_window, tmp_path, pemdi2026)
    nav = window.navigator
    ids = [i.id for i in window.session.ws.instrument.indicators]
    for target in ids[:2]:  # the window settles: its first paints are whole
        nav.select(target)
        qtbot.wait(20)
    viewport = nav.tree.viewport()
    painted = PaintedHeights()
    viewport.installEventFilter(painted)
    for target in ids[2:7]:
        nav.select(target)
        QApplication.processEvents()
    viewport.removeEventFilter(painted)
    assert painted.heights, "the new current row was not painted"
    row = nav.tree.visualItemRect(nav._items[ids[1]]).height()
    assert max(painted.heights) <= 4 * row < viewport.height() / 2


def test_a_switch_fills_each_part_of_the_page_once(
    main_window, dialogs, qtbot, tmp_path, pemdi2026, monkeypatch
):
    window = open_bappeda(main_window, tmp_path, pemdi2026)
    page, ids = window.page, [i.id for i in window.session.ws.instrument.indicators]
    counts: dict[str, int] = {}

    def counted(key, fn):
        def wrapper(*args, **kwargs):
            counts[key] = counts.get(key, 0) + 1
            return fn(*args, **kwargs)

        return wrapper

    for key, owner, name in (
        ("items", page.items, "refresh"),
        ("files", page.evidence, "refresh"),
        ("guidance", page.guidance, "show_indicator"),
        ("previous", page.previous, "show_for"),
        ("answer", page, "_load_answer"),
    ):
        monkeypatch.setattr(owner, name, counted(key, getattr(owner, name)))
    window.navigator.select(ids[3])
    QApplication.processEvents()
    assert counts == {"items": 1, "files": 1, "guidance": 1, "previous": 1, "answer": 1}
