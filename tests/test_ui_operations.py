"""The GUI's operation layer and the session's one change signal: where work runs, what follows a
failure or a cancel, and how often a click refreshes the views."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.errors import Cancelled, InputError, WorkspaceError
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.fixture
def parent(qtbot, dialogs):
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    from spbe_desktop.ui.tasks import shutdown

    shutdown()


def test_handlers_run_on_the_gui_thread_and_cancel_is_not_a_failure(qtbot, parent, dialogs):
    from spbe_desktop.ui.operations import Operation

    gui = threading.current_thread()
    seen = []

    def work(progress, cancel):
        seen.append(("worker", threading.current_thread() is gui))
        return 42

    op = Operation(parent, work).finished(lambda: seen.append(("finished", None)))
    op.success(lambda value: seen.append(("success", threading.current_thread() is gui, value)))
    op.run()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen == [("worker", False), ("finished", None), ("success", True, 42)]

    def cancelled(progress, cancel):
        raise Cancelled()

    ended = []
    Operation(parent, cancelled).finished(lambda: ended.append("finished")).run()
    qtbot.waitUntil(lambda: ended == ["finished"], timeout=5000)
    assert not dialogs.errors  # the default: cancelling says nothing

    Operation(parent, cancelled).cancelled(lambda: ended.append("cancelled")).run()
    qtbot.waitUntil(lambda: ended[-1:] == ["cancelled"], timeout=5000)
    assert not dialogs.errors


def test_a_failure_is_one_plain_sentence_by_default(qtbot, parent, dialogs):
    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.operations import Operation

    i18n.install("en")

    def refuse(progress, cancel):
        raise InputError("Tidak boleh.", "Not allowed.")

    Operation(parent, refuse).run()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert dialogs.errors == ["Not allowed."]
    own = []
    Operation(parent, refuse).failure(own.append).run()
    qtbot.waitUntil(lambda: bool(own), timeout=5000)
    assert isinstance(own[0], InputError) and dialogs.errors == ["Not allowed."]
    i18n.install("id")


def test_writes_run_one_at_a_time_on_the_writer_thread(qtbot, parent, workspace):
    from spbe_desktop.ui.operations import WriteOp

    spans: list[tuple[float, float, int]] = []
    done = []

    def write(ws: Workspace, progress, cancel):
        started = time.perf_counter()
        ws.set_answer("I01", level=len(spans) + 1)
        time.sleep(0.05)
        spans.append((started, time.perf_counter(), threading.get_ident()))

    for _ in range(3):
        WriteOp(parent, workspace, write).success(done.append).run()
    assert not parent.isEnabled()  # no edit interleaves with a running write
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert parent.isEnabled()
    spans.sort()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # never overlap
    threads = {ident for *_, ident in spans}
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert workspace.answer("I01").level == 3


def test_reads_use_a_read_only_connection_of_their_own(qtbot, parent, workspace):
    from spbe_desktop.ui.operations import ReadOp

    workspace.set_answer("I02", level=4)
    seen = {}

    def read(reader: Workspace, progress, cancel):
        seen["same"] = reader.conn is workspace.conn
        seen["read_only"] = reader.read_only
        seen["level"] = reader.answer("I02").level
        reader.set_answer("I02", level=1)  # refused: a reader cannot write

    failures = []
    ReadOp(parent, workspace.path, read).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert seen == {"same": False, "read_only": True, "level": 4}
    assert isinstance(failures[0], WorkspaceError)
    assert workspace.answer("I02").level == 4


def test_a_write_that_fails_still_tells_the_session(qtbot, parent, workspace):
    from spbe_desktop.ui.operations import WriteOp
    from spbe_desktop.ui.session import Changes, WorkspaceSession

    session = WorkspaceSession(workspace)
    heard = []
    session.changed.connect(heard.append)

    def half_done(ws: Workspace, progress, cancel):
        ws.set_answer("I03", level=2)
        raise Cancelled()

    order = []
    op = WriteOp(parent, workspace, half_done).notify(session, Changes.of_answer("I03"))
    op.finished(lambda: order.append(len(heard))).cancelled(lambda: order.append("cancelled"))
    op.run()
    qtbot.waitUntil(lambda: "cancelled" in order, timeout=5000)
    assert heard == [Changes.of_answer("I03")] and order == [1, "cancelled"]
    assert session.answer("I03").level == 2  # the cache follows what was written


def test_synchronous_mode_runs_at_once(parent, workspace, synchronous_operations):
    from spbe_desktop.ui.operations import WriteOp

    results = []
    op = WriteOp(parent, workspace, lambda ws, p, c: ws.set_answer(1, level=5))
    assert op.success(results.append).with_progress("…").run() is None
    assert [a.level for a in results] == [5] and parent.isEnabled()


def test_undo_command_writes_in_redo_and_a_refused_write_leaves_no_command(workspace):
    from spbe_desktop.ui.session import WorkspaceSession

    session = WorkspaceSession(workspace)
    session.change("I01", "level", 3)
    assert workspace.answer("I01").level == 3 and session.undo_stack.count() == 1
    session.undo()
    assert workspace.answer("I01").level is None
    session.redo()
    assert workspace.answer("I01").level == 3
    with pytest.raises(InputError):
        session.change("I01", "level", 99)  # not a level of this instrument
    assert session.undo_stack.count() == 1 and workspace.answer("I01").level == 3
    session.close()


def test_one_click_refreshes_every_view_once(main_window, dialogs, qtbot, monkeypatch, workspace):
    path = workspace.path
    workspace.close()
    window = main_window
    assert window.open_path(path)
    session, navigator = window.session, window.navigator
    counts = {
        "changed": 0,
        "score": 0,
        "status": 0,
        "state": 0,
        "answer": 0,
        "items": 0,
        "files": 0,
    }
    session.changed.connect(lambda _c: counts.__setitem__("changed", counts["changed"] + 1))

    def counted(key, fn):
        def wrapper(*args, **kwargs):
            counts[key] += 1
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(session.ws, "score", counted("score", session.ws.score))
    monkeypatch.setattr(window, "update_status", counted("status", window.update_status))
    monkeypatch.setattr(navigator, "refresh_state", counted("state", navigator.refresh_state))
    page = window.page
    monkeypatch.setattr(page, "_load_answer", counted("answer", page._load_answer))
    monkeypatch.setattr(page.items, "refresh", counted("items", page.items.refresh))
    monkeypatch.setattr(page.evidence, "refresh", counted("files", page.evidence.refresh))
    qtbot.mouseClick(page._radios[3], Qt.MouseButton.LeftButton)
    assert session.ws.answer("I01").level == 3
    # the items' support line follows the claimed level; the file list has nothing to redo
    once = {"changed": 1, "score": 1, "status": 1, "state": 1, "answer": 1, "items": 1, "files": 0}
    assert counts == once

    window.actions_by_key["undo"].trigger()
    assert session.ws.answer("I01").level is None
    assert counts == {key: 2 * n for key, n in once.items()}


def test_a_quick_write_says_whether_it_succeeded_and_a_refusal_changes_nothing(
    parent, dialogs, workspace
):
    from spbe_desktop.ui.operations import WriteOp

    def level(value):
        return lambda ws, progress, cancel: ws.set_answer("I01", level=value)

    assert WriteOp(parent, workspace, level(3)).run_now() is True
    assert WriteOp(parent, workspace, level(99)).run_now() is False  # not a level of the pack
    assert len(dialogs.errors) == 1 and workspace.answer("I01").level == 3
