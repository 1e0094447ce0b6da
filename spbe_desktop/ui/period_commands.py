"""Lanjutkan dari periode sebelumnya: a new period's workspace made from last period's (an OPD's
or a coordinator's), on a worker, then opened."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.evidence.store import list_evidence
from spbe_desktop.core.instrument.pack import default_pack_id, pack_by_id, text
from spbe_desktop.core.period.source import old_workspace

from .carry_dialog import CarryFilesDialog
from .dialogs import Dialogs, show_error
from .operations import Operation

if TYPE_CHECKING:
    from .command_host import CommandHost


def _tr(source: str) -> str:
    return QCoreApplication.translate("PeriodCommands", source)


class PeriodDialogs:
    """The questions of this command, replaceable in tests."""

    @staticmethod
    def period(parent: QWidget | None, suggested: int) -> int | None:
        value, ok = QInputDialog.getInt(
            parent,
            _tr("Next period"),
            _tr("Evaluation year of the new period:"),
            suggested,
            2018,
            2100,
        )
        return value if ok else None

    @staticmethod
    def files(parent: QWidget | None, files: list[tuple[str, str]]) -> list[str] | None:
        """The SHA-256 of the files left out (unticked), or None when cancelled."""
        return CarryFilesDialog.ask(parent, files)

    @staticmethod
    def choose(parent: QWidget | None, label: str, items: list[str]) -> int | None:
        value, ok = QInputDialog.getItem(parent, _tr("Next period"), label, items, 0, False)
        return items.index(value) if ok and value in items else None


def continue_from_previous(window: CommandHost) -> None:
    """Ask for last period's file, the year, the instrument when another one governs that
    year, and the new file; carry over on a worker; open the result."""
    last = window.settings.last_workspace()
    old = Dialogs.open_workspace(window, str(Path(last).parent) if last else "")
    if not old:
        return
    try:
        with old_workspace(old, "opd") as ws:
            kind, period, instrument = "opd", ws.info.period, ws.instrument.id
            files = [(e.original_name, e.sha256) for e in list_evidence(ws)]
    except SpbeError as exc:
        if exc.code != "NOT_OPD":
            show_error(window, exc)
            return
        with old_workspace(old, "coordinator") as ws:
            kind, period, instrument = "coordinator", ws.info.period, ws.instrument.id
            files = []
    year = PeriodDialogs.period(window, int(period) + 1 if period.isdigit() else 2026)
    if year is None:
        return
    chosen = _instrument(window, instrument, year)
    if chosen is None:
        return
    new = Dialogs.save_workspace(window, str(_suggested(Path(old), period, year)))
    if not new:
        return
    left_out = PeriodDialogs.files(window, files) if files else []
    if left_out is None:
        return

    def work(progress, cancel) -> Path:
        if kind == "coordinator":
            from spbe_desktop.core.period.coordinator import coordinator_next_period

            return coordinator_next_period(old, new, year, chosen).path
        from spbe_desktop.core.period.carry import next_period

        carried = next_period(old, new, year, chosen, left_out, progress=progress, cancel=cancel)
        return carried.path

    def opened(path: Path) -> None:
        window.settings.add_recent(path)
        window.open_path(path)

    Operation(window, work).success(opened).with_progress(_tr("Carrying last period over…")).run()


def _instrument(window: CommandHost, current: str, year: int) -> str | None:
    """The old instrument, or the one that governs `year` when the person chooses it."""
    governing = default_pack_id(year)
    if governing == current:
        return current
    lang = window.lang
    options = [governing, current]
    items = [f"{text(pack_by_id(i).title, lang)} ({i})" for i in options]
    index = PeriodDialogs.choose(
        window,
        _tr(
            "{0} is evaluated with another instrument. Last period's evidence is proposed on "
            "the new indicators through the crosswalk; nothing is attached before you confirm it."
        ).format(year),
        items,
    )
    return None if index is None else options[index]


def _suggested(old: Path, period: str, year: int) -> Path:
    """Last period's file name with the new year in place of the old one (or added)."""
    stem = old.stem
    named = (
        re.sub(re.escape(period), str(year), stem)
        if period and period in stem
        else f"{stem}-{year}"
    )
    return old.with_name(named + old.suffix)
