"""The indicator page shows every indicator's guidance (both instruments, and SPBE-2018), folded
until the person opens it, and remembers that choice."""

from __future__ import annotations

import pytest

from spbe_desktop.core.instrument.guidance import guidance_of
from spbe_desktop.core.instrument.pack import pack_by_id
from spbe_desktop.core.workspace.workspace import Workspace


@pytest.mark.parametrize("pack_id", ["pemdi-2026", "spbe-2020", "spbe-2018"])
def test_every_indicator_page_shows_its_guidance(main_window, dialogs, tmp_path, pack_id):
    pack = pack_by_id(pack_id)
    path = tmp_path / f"{pack_id}.spbews"
    Workspace.create(path, opd_name="Bappeda", instrument=pack, period=pack.first_period).close()
    window = main_window
    window.open_path(path)
    panel = window.page.guidance
    assert not panel.is_open() and not panel.ui.guidanceText.isVisibleTo(window)
    panel.ui.foldButton.click()
    for ind in pack.indicators:
        window.navigator.select(ind.id)
        guidance = guidance_of(pack, ind)
        assert panel.about.isVisibleTo(window) and panel.isVisibleTo(window), ind.id
        assert panel.about.text() == guidance.about["id"]
        assert panel.ui.guidanceText.isVisibleTo(window)
        shown = panel.shown_text()
        for rejection in guidance.rejections:
            assert rejection.text["id"].split(":")[0] in shown, ind.id
        assert "Sumber:" in shown


def test_guidance_folded_shows_what_it_holds_and_the_choice_is_remembered(
    main_window, dialogs, qtbot, tmp_path, pemdi2026
):
    path = tmp_path / "g.spbews"
    Workspace.create(path, opd_name="Bappeda", instrument=pemdi2026, period=2026).close()
    window = main_window
    window.open_path(path)
    window.navigator.select("I10")
    panel = window.page.guidance
    own = len(guidance_of(pemdi2026, "I10").rejections)
    assert not panel.is_open() and panel.shown_text() == ""
    assert f"{own} sering ditolak" in panel.ui.foldButton.text()
    panel.ui.foldButton.click()
    qtbot.waitUntil(lambda: panel.ui.guidanceText.height() > 100)
    text_height = panel.ui.guidanceText.document().size().height()
    assert panel.ui.guidanceText.height() >= text_height  # the page scrolls, not the box
    panel.ui.foldButton.click()
    window.navigator.select("I11")  # switched while folded: opened, it reads this indicator's
    panel.ui.foldButton.click()
    said = guidance_of(pemdi2026, "I11").rejections[0].text["id"].split(":")[0]
    assert said in panel.shown_text()
    assert guidance_of(pemdi2026, "I10").rejections[0].text["id"] not in panel.shown_text()
    window.actions_by_key["close_workspace"].trigger()
    window.open_path(path)
    assert window.page.guidance.is_open()  # remembered for the next workspace and start
    window.page.guidance.ui.foldButton.click()
    window.actions_by_key["close_workspace"].trigger()
    window.open_path(path)
    assert not window.page.guidance.is_open()


def test_guidance_follows_the_language(qtbot, tmp_path, pemdi2026):
    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.indicator_page import IndicatorPage
    from spbe_desktop.ui.session import WorkspaceSession

    i18n.install("en")
    ws = Workspace.create(
        tmp_path / "en.spbews", opd_name="Bappeda", instrument=pemdi2026, period=2026
    )
    session = WorkspaceSession(ws)
    page = IndicatorPage(session, "en")
    qtbot.addWidget(page)
    page.show_indicator("I10")
    page.guidance.set_open(True)
    assert (
        "IKASANDI" in page.guidance.about.text() and "This indicator" in page.guidance.about.text()
    )
    assert "Indeks KAMI result uploaded instead" in page.guidance.shown_text()
    assert "Source:" in page.guidance.shown_text()
    assert "Show the guidance" not in page.guidance.ui.foldButton.text()
    page.close()
    ws.close()
    i18n.install("id")
