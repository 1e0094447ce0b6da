"""OPD: the work units with the state of their submissions; add an OPD, send an assignment."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QObject, Qt

from spbe_desktop.core.coordinator.exchange import write_assignment
from spbe_desktop.core.coordinator.report_data import opd_rows
from spbe_desktop.core.coordinator.store import (
    Consolidation,
    Opd,
    add_opd,
    list_opds,
    owners,
    set_owner,
)

from .changes import CoordChanges
from .common import STATUS_WORDS, cell, fill_row, setup_table, word
from .prompts import CoordDialogs
from .signing import package_path, sign_and_write


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("dd-MM-yyyy HH:mm") if moment.isValid() else iso


def local_date(iso: str | None) -> str:
    if not iso:
        return ""
    parts = iso[:10].split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else iso


class OpdTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.ui = view.ui
        self.rows: list[dict] = []
        self.ui.addOpdButton.clicked.connect(self.add)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.opdTable.itemSelectionChanged.connect(self._selection_changed)
        view.refresh_on(self, "opds", "submissions", "reviews_sent")

    def refresh(self, result: Consolidation) -> None:
        chosen = self.current()
        self.rows = opd_rows(self.view.ws, result)
        table = self.ui.opdTable
        setup_table(
            table,
            [
                self.tr("OPD"),
                self.tr("Status"),
                self.tr("Revision"),
                self.tr("Received"),
                self.tr("Deadline"),
                self.tr("Key fingerprint"),
            ],
            stretch=0,
        )
        for row in self.rows:
            fill_row(
                table,
                [
                    cell(row["name"], row["id"]),
                    cell(word(STATUS_WORDS, row["status"])),
                    cell(row["revision"], right=True),
                    cell(local_time(row["received_at"])),
                    cell(local_date(row["deadline"])),
                    cell(row["fingerprint"]),
                ],
            )
        if chosen is not None:
            self.select(chosen.name)
        self._selection_changed()

    def current(self) -> Opd | None:
        position = self.ui.opdTable.currentRow()
        if 0 <= position < len(self.rows):
            return Opd(self.rows[position]["id"], self.rows[position]["name"])
        return None

    def select(self, name: str) -> None:
        for position, row in enumerate(self.rows):
            if row["name"] == name:
                self.ui.opdTable.selectRow(position)

    def _selection_changed(self) -> None:
        self.ui.assignButton.setEnabled(self.current() is not None and not self.view.ws.read_only)

    def add(self) -> None:
        name = CoordDialogs.text(
            self.view.window(), self.tr("Add OPD"), self.tr("Name of the work unit (OPD):")
        )
        if not name:
            return
        self.view.write_now(
            lambda ws, _progress, _cancel: add_opd(ws, name),
            CoordChanges(opds=True),
            lambda opd: self.select(opd.name),
        )

    def assign(self) -> None:
        opd = self.current()
        if opd is None:
            return
        ws = self.view.ws
        request = CoordDialogs.assignment(
            self.view.window(), ws, opd, list_opds(ws), owners(ws), self.view.lang
        )
        if request is None:
            return
        known = owners(ws)
        by_id = {o.id: o for o in list_opds(ws)}
        moved = {i: o for i, o in request.owners.items() if known.get(i) != o}

        def set_owners(ws, _progress, _cancel) -> None:
            for indicator_id, owner in moved.items():
                set_owner(ws, indicator_id, by_id.get(owner) if owner else None)

        if moved and not self.view.write_now(set_owners, CoordChanges(decisions=True)):
            return
        title = self.tr("Save the assignment for {0}").format(opd.name)
        out = package_path(self.view, title, "penugasan", opd)
        if not out:
            return

        def write(passphrase, progress, cancel):
            return write_assignment(
                ws,
                opd,
                request.indicator_ids,
                request.deadline,
                out,
                passphrase,
                progress=progress,
                cancel=cancel,
            )

        def done(_written) -> None:
            self.view.message(self.tr("Assignment for {0} saved as {1}.").format(opd.name, out))

        title = self.tr("Signing the assignment…")
        sign_and_write(self.view, title, write, CoordChanges(opds=True), done)
