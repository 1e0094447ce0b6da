from spbe_desktop.core.workspace.workspace import Workspace


def test_dbg(main_window, dialogs, monkeypatch, qtbot, tmp_path, spbe2020):
    old = tmp_path / "dinkes-2025.spbews"
    with Workspace.create(old, opd_name="Dinas Kesehatan", instrument=spbe2020, period=2025) as ws:
        ws.set_answer(1, level=3, justification="x")
    from spbe_desktop.ui import period_commands as pc

    dialogs.open_path = str(old)
    monkeypatch.setattr(
        "spbe_desktop.ui.dialogs.Dialogs.save_workspace",
        staticmethod(lambda *a: str(tmp_path / "n.spbews")),
    )
    monkeypatch.setattr(pc.PeriodDialogs, "period", staticmethod(lambda parent, suggested: 2026))
    print("open", pc.Dialogs.open_workspace(main_window, ""))
    pc.continue_from_previous(main_window)
    qtbot.wait(3000)
    print("exists", (tmp_path / "n.spbews").exists(), main_window.session, dialogs.errors)
