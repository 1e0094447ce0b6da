"""Import: many .spbe packages at once (button or drag & drop), verified and stored off the UI
thread, with the key trust questions asked on the GUI thread between two passes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QDropEvent
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.coordinator.store import Consolidation
from spbe_desktop.ui.dialogs import Dialogs

from .changes import CoordChanges
from .common import cell, fill_row, setup_table
from .prompts import CoordDialogs

if TYPE_CHECKING:  # the importer loads the package modules (pydantic): on demand
    from spbe_desktop.core.coordinator.importer import ImportOutcome

RESULT_COLOURS = {"imported": "#e6f4ea", "already": "#f1f3f4", "rejected": "#fde2e1"}
DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_files(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def refusal_code(outcome: ImportOutcome) -> str | None:
    return outcome.errors[0]["code"] if outcome.status == "rejected" and outcome.errors else None


class ImportTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.ui = view.ui
        self.outcomes: list[ImportOutcome] = []
        setup_table(
            self.ui.importTable,
            [self.tr("File"), self.tr("OPD"), self.tr("Revision"), self.tr("Result")],
            stretch=3,
        )
        self.ui.importTable.setWordWrap(True)
        self.ui.importButton.clicked.connect(self.choose)
        targets: list[QWidget] = [self.ui.importTab, self.ui.importHint, self.ui.importTable]
        targets.append(self.ui.importTable.viewport())
        for widget in targets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def refresh(self, _result: Consolidation) -> None:
        """Nothing to recompute: the table shows the last import."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in DROP_EVENTS or self.view.ws.read_only:
            return False
        paths = dropped_files(event)
        if not paths:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.import_files(paths)
        return True

    def choose(self) -> None:
        paths = CoordDialogs.packages(self.view.window())
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """First pass trusts nothing new; refused keys are asked about, then imported again."""
        self._start(paths, set(), {}, None)

    def _start(
        self,
        paths: list[str],
        accepted: set[tuple[str, str]],
        reasons: dict[str, str],
        first: list[ImportOutcome] | None,
    ) -> None:
        from spbe_desktop.core.coordinator.importer import import_packages

        def work(ws, progress, cancel) -> list[ImportOutcome]:
            return import_packages(
                ws,
                paths,
                confirm_new_key=lambda opd, fingerprint: (opd, fingerprint) in accepted,
                accept_changed_keys=reasons,
                progress=progress,
                cancel=cancel,
            )

        def done(outcomes: list[ImportOutcome]) -> None:
            if first is None:
                self._ask_trust(outcomes)
            else:
                again = {o.path: o for o in outcomes}
                self._show([again.get(o.path, o) for o in first])

        # Packages bring OPDs (the first of each) as well as their submissions.
        changes = CoordChanges(opds=True, submissions=True)
        self.view.write(self.tr("Importing packages…"), work, changes, done)

    def _ask_trust(self, outcomes: list[ImportOutcome]) -> None:
        window = self.view.window()
        trusted: dict[tuple[str, str], bool] = {}
        reasons: dict[str, str | None] = {}
        retry = []
        for outcome in outcomes:
            code = refusal_code(outcome)
            if code == "KEY_NOT_TRUSTED":
                key = (outcome.opd, outcome.fingerprint)
                if key not in trusted:
                    trusted[key] = CoordDialogs.trust_new_key(window, *key)
                if trusted[key]:
                    retry.append(outcome.path)
            elif code == "KEY_CHANGED":
                if outcome.opd not in reasons:
                    reasons[outcome.opd] = CoordDialogs.accept_changed_key(
                        window, outcome.opd, outcome.fingerprint
                    )
                if reasons[outcome.opd]:
                    retry.append(outcome.path)
        if not retry:
            self._show(outcomes)
            return
        accepted = {key for key, yes in trusted.items() if yes}
        given = {opd: reason for opd, reason in reasons.items() if reason}
        self._start(retry, accepted, given, outcomes)

    def _show(self, outcomes: list[ImportOutcome]) -> None:
        self.outcomes = outcomes
        table = self.ui.importTable
        table.setRowCount(0)
        for outcome in outcomes:
            row = fill_row(
                table,
                [
                    cell(Path(outcome.path).name, outcome.path),
                    cell(outcome.opd),
                    cell(outcome.revision, right=True),
                    cell(self.result_text(outcome)),
                ],
            )
            colour = QColor(RESULT_COLOURS[outcome.status])
            for column in range(table.columnCount()):
                table.item(row, column).setBackground(colour)
                table.item(row, column).setToolTip(outcome.path)
        table.resizeRowsToContents()
        imported = sum(o.status == "imported" for o in outcomes)
        refused = sum(o.status == "rejected" for o in outcomes)
        if refused:
            Dialogs.error(
                self.view.window(),
                self.tr(
                    "{0} of {1} packages were not imported. The table says why for each file."
                ).format(refused, len(outcomes)),
            )
        elif imported:
            self.view.message(self.tr("{0} packages imported.").format(imported))

    def result_text(self, outcome: ImportOutcome) -> str:
        if outcome.status == "imported":
            return self.tr("Imported (revision {0}).").format(outcome.revision)
        if outcome.status == "already":
            return self.tr("Already imported earlier; nothing changed.")
        lang = self.view.lang
        reasons = [e["message_en"] if lang == "en" else e["message_id"] for e in outcome.errors]
        return self.tr("Not imported: {0}").format(" ".join(reasons))
