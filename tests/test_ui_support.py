"""Language switch, translations, background tasks, the crash handler, the demo workspace and the
command line of the GUI."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from spbe_desktop.core.errors import Cancelled
from spbe_desktop.core.evidence.store import list_evidence
from spbe_desktop.core.paths import resource_dir
from spbe_desktop.core.workspace.workspace import Workspace


def test_language_switch_keeps_the_workspace(main_window, dialogs, workspace):
    workspace.set_answer("I03", level=2, justification="ada")
    path = workspace.path
    workspace.close()
    window = main_window
    window.open_path(path)
    window.navigator.select("I03")
    assert window.menuBar().actions()[0].text() == "&Berkas"
    assert "sementara" in window.index_label.text()
    window.actions_by_key["lang_en"].trigger()
    new = window.controller.window
    assert new is not window
    assert new.menuBar().actions()[0].text() == "&File"
    assert "provisional" in new.index_label.text() and "2.00" in new.index_label.text()
    assert new.navigator.current_indicator() == "I03"  # same workspace, same place
    assert new.session.ws.answer("I03").level == 2
    assert "Aspect" not in new.page.ui.pathLabel.text()
    assert new.page.ui.levelsBox.title().startswith("Maturity level")
    from spbe_desktop.ui.settings import AppSettings

    assert AppSettings().language() == "en"
    new.actions_by_key["lang_id"].trigger()
    assert window.controller.window.menuBar().actions()[0].text() == "&Berkas"


def all_messages():
    for ts in sorted((resource_dir() / "i18n").glob("*_id.ts")):
        yield from ET.parse(ts).getroot().iter("message")


def test_indonesian_translation_is_complete():
    messages = list(all_messages())
    assert len(messages) > 80
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert (translation.text or "").strip(), f"untranslated: {source!r}"
        assert source.count("{") == translation.text.count("{"), source  # placeholders kept


def test_every_ui_string_is_in_the_translation():
    """A string added to a form or a widget without refreshing the .ts would show in English."""
    import re

    ts_sources = {m.find("source").text for m in all_messages()}
    root = Path(__file__).resolve().parents[1]
    pattern = re.compile(r'(?:self\.tr\(|translate\(\s*"\w+",)\s*"((?:[^"\\]|\\.)+)"\s*[,)]')
    checked = 0
    for source in (root / "spbe_desktop" / "ui").rglob("*.py"):
        for text in pattern.findall(source.read_text(encoding="utf-8")):
            checked += 1
            if "{" in text or "\\" in text:
                continue  # formatted/escaped strings are checked by the .ts test
            assert text in ts_sources, f"{source.name}: {text!r} missing from the .ts files"
    assert checked > 30


def test_task_delivers_result_on_gui_thread(qtbot, ui_forms):
    from spbe_desktop.ui.tasks import run_task

    gui = threading.current_thread()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.current_thread()
        progress(1, 2, "setengah")
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    handle = run_task(work, on_result=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=3000)
    assert handle.finished and seen["value"] == 42
    assert seen["worker"] is not gui and seen["callback"] is gui


def test_task_cancel_reaches_the_core(qtbot, ui_forms):
    from spbe_desktop.core.jobs import check_cancel
    from spbe_desktop.ui.tasks import run_task

    started = threading.Event()

    def work(progress, cancel):
        started.set()
        while True:
            check_cancel(cancel)
            cancel.wait(0.01)

    handle = run_task(work)
    assert started.wait(3)
    with qtbot.waitSignal(handle.failed, timeout=3000) as blocker:
        handle.cancel()
    assert isinstance(blocker.args[0], Cancelled)


def test_cancelled_attach_leaves_no_evidence(
    main_window, dialogs, qtbot, workspace, tmp_path, monkeypatch
):
    """A big attachment shows progress and stops cleanly at Cancel; the UI stays enabled after."""
    import time

    from spbe_desktop.core.evidence import store as evidence
    from spbe_desktop.ui import evidence_panel
    from spbe_desktop.ui.progress_dialog import ProgressDialog

    real_attach = evidence.attach_file

    def slow_attach(ws, ref, path, *, progress, cancel, **kw):
        def slow(done, total, name):  # a slow USB stick: each chunk takes a while
            time.sleep(0.02)
            progress(done, total, name)

        return real_attach(ws, ref, path, progress=slow, cancel=cancel, **kw)

    monkeypatch.setattr(evidence_panel.ev, "attach_file", slow_attach)

    big = tmp_path / "video-rapat.bin"
    with big.open("wb") as fh:
        fh.write(b"\0" * (48 * 1024 * 1024))
    path = workspace.path
    workspace.close()
    window = main_window
    window.open_path(path)
    panel = window.page.evidence
    panel.attach([str(big)])
    assert not window.ui.centralWidget.isEnabled() or not window.isEnabled()
    dialog = window.findChild(ProgressDialog)
    assert dialog is not None
    dialog.canceled.emit()  # what the Cancel button sends
    qtbot.waitUntil(lambda: window.isEnabled(), timeout=10000)
    assert list_evidence(window.session.ws, "I01") == []
    assert not dialogs.errors  # cancelling is not an error


def test_crash_handler_writes_a_log_and_tells_where(dialogs, qtbot):
    from spbe_desktop.core.paths import user_log_dir
    from spbe_desktop.ui import crash

    crash.install_excepthook()
    try:
        raise ValueError("boom")
    except ValueError as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__)
    log = user_log_dir() / crash.LOG_NAME
    for handler in crash.log.handlers:
        handler.flush()
    assert "ValueError: boom" in log.read_text(encoding="utf-8")
    assert str(log) in dialogs.errors[-1]
    assert "Traceback" not in dialogs.errors[-1]


def test_demo_workspace_is_realistic(tmp_path):
    from spbe_desktop.core.demo import ensure_demo_workspace

    path = ensure_demo_workspace(tmp_path / "demo")
    assert ensure_demo_workspace(tmp_path / "demo") == path  # built once
    assert not list((tmp_path / "demo").glob("*.building*"))
    with Workspace.open(path, read_only=True) as ws:
        score = ws.score()
        assert 0.5 <= score.answered / score.total <= 0.7
        assert "Komunikasi dan Informatika" in ws.info.opd_name
        notes = [a.justification for a in ws.answers().values() if a.justification]
        assert notes and all(" " in n for n in notes)
        items = list_evidence(ws)
        kinds = {i.media_type for i in items}
        assert {"application/pdf", "image/png"} <= kinds
        assert any(i.original_name.endswith(".xlsx") for i in items)
    folder = tmp_path / "demo" / "bukti-contoh"
    pdf = next(folder.glob("*.pdf")).read_bytes()
    png = next(folder.glob("*.png")).read_bytes()
    assert pdf.startswith(b"%PDF") and png.startswith(b"\x89PNG")


def test_start_options(ui_forms, tmp_path):
    from spbe_desktop.ui.app import parse_args, startup_target
    from spbe_desktop.ui.settings import AppSettings

    settings = AppSettings()
    assert startup_target(parse_args([]), settings) is None
    assert startup_target(parse_args(["--demo"]), settings) == "demo"
    assert startup_target(parse_args(["--demo-if-none"]), settings) == "demo"
    ws = tmp_path / "a.spbews"
    ws.write_bytes(b"")
    settings.add_recent(ws)
    assert startup_target(parse_args(["--demo-if-none"]), settings) == str(ws.resolve())
    assert startup_target(parse_args([str(ws), "--lang", "en"]), settings) == str(ws)
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_missing_forms_give_a_clear_message(monkeypatch, capsys):
    from spbe_desktop.ui import app, forms

    monkeypatch.setattr(forms, "missing", lambda: ["main_window"])
    assert app.main([]) == 1
    assert "tools/build_assets.py" in capsys.readouterr().err


def test_many_indicator_switches_do_not_crash(tmp_path, workspace):
    """Guards against Qt bindings that leak references to None/True/False (PySide6 6.12.0 on
    Python 3.11 aborted the interpreter after a few hundred switches). 800 switches keep that
    margin; the timeout leaves room for a slow or busy machine."""
    import subprocess
    import sys

    path = workspace.path
    workspace.close()
    code = (
        "import benchmarks.bench_gui as b, json; b.SWITCHES = 800;"
        f"print(json.dumps(b.measure_switches({str(path)!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_every_action_runs_a_command_of_the_window(main_window):
    from spbe_desktop.ui.actions import ACTIONS

    rows = [a for a in ACTIONS if a.key != "-" and not a.submenu]
    assert all(a.run is not None for a in rows)
    assert set(main_window.actions_by_key) == {a.key for a in rows}
    for spec in rows:
        command = spec.run(main_window.commands)
        assert callable(command) and command.__self__ in main_window.commands, spec.key
