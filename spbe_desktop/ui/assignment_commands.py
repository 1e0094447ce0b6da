"""The main window's exchange with the coordinator: open an assignment (a new workspace, or the
open one updated), receive a receipt or review, and the target plan; the deadline and receipt
for the status area."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from spbe_desktop.core.files import safe_name
from spbe_desktop.core.report.texts import format_date
from spbe_desktop.core.workspace.workspace import Workspace

from .dialogs import Dialogs, show_error
from .operations import Operation, WriteOp
from .session import Changes, WorkspaceSession

if TYPE_CHECKING:  # the exchange code (keys, hashing) loads when an exchange is made
    from spbe_desktop.core.coordinator.exchange import ReceivedReview

    from .command_host import CommandHost


def exchange_status(ws: Workspace, lang: str) -> str:
    """Deadline and receipt for the status area; empty outside an assignment."""
    parts = []
    deadline = deadline_text(ws.meta("deadline"), lang)
    if deadline:
        parts.append(
            QCoreApplication.translate("AssignmentCommands", "Deadline: {0}").format(deadline)
        )
    if ws.meta("received_submission"):
        parts.append(
            QCoreApplication.translate("AssignmentCommands", "Received by the coordinator")
        )
    return " · ".join(parts)


def deadline_text(raw: str | None, lang: str) -> str:
    """An ISO deadline as the person reads dates; anything else as it was written."""
    if not raw:
        return ""
    try:
        return format_date(date.fromisoformat(raw[:10]), lang)
    except ValueError:
        return raw


class AssignmentCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def open_assignment(self) -> None:
        folder = self.window.settings.folder("packages") or ""
        chosen = Dialogs.open_package(
            self.window,
            QCoreApplication.translate("AssignmentCommands", "Open an assignment"),
            folder,
        )
        if not chosen:
            return
        package = Path(chosen)
        session = self.window.session
        if session is not None and not session.read_only:
            update = Dialogs.confirm(
                self.window,
                QCoreApplication.translate("AssignmentCommands", "Open an assignment"),
                QCoreApplication.translate(
                    "AssignmentCommands",
                    "Apply this assignment to the open workspace “{0}”?\n\nChoose No to "
                    "create a new workspace from it instead.",
                ).format(session.ws.info.opd_name),
            )
            if update:
                self._apply_assignment(session.ws.path, package)
                return

        from spbe_desktop.core.coordinator.exchange import read_assignment

        def read(progress, cancel) -> dict:
            progress(0, 0, "")
            return read_assignment(package, cancel=cancel)

        (
            Operation(self.window, read)
            .success(lambda data: self._new_from_assignment(package, data))
            .with_progress(
                QCoreApplication.translate("AssignmentCommands", "Checking the assignment…")
            )
            .run()
        )

    def _new_from_assignment(self, package: Path, data: dict) -> None:
        opd = safe_name(str(data["opd"]["name"]), "opd")
        last = self.window.settings.last_workspace()
        folder = Path(last).parent if last else Path.home()
        target = Dialogs.save_workspace(self.window, str(folder / f"{opd}-{data['period']}.spbews"))
        if target:
            self._apply_assignment(Path(target), package)

    def _apply_assignment(self, ws_path: Path, package: Path) -> None:
        # The core opens the workspace file itself, so the open one lets go of it first.
        if (
            self.window.session is not None
            and self.window.session.ws.path.resolve() == ws_path.resolve()
        ):
            self.window.close_session()
            self.window.show_welcome()

        from spbe_desktop.core.coordinator.exchange import workspace_from_assignment

        def work(progress, cancel) -> Workspace:
            progress(0, 0, "")
            return workspace_from_assignment(ws_path, package)

        def done(ws: Workspace) -> None:
            self.window.settings.add_recent(ws.path)
            self.window.set_session(WorkspaceSession(ws))
            count = len([i for i in (ws.meta("assigned_indicators") or "").split(",") if i])
            deadline = deadline_text(ws.meta("deadline"), self.window.lang)
            Dialogs.info(
                self.window,
                QCoreApplication.translate("AssignmentCommands", "Assignment opened"),
                QCoreApplication.translate(
                    "AssignmentCommands",
                    "Assignment from {0} for {1}.\n\nIndicators to answer: {2}\nDeadline: {3}",
                ).format(
                    ws.meta("pemda") or "–",
                    ws.info.opd_name,
                    count or len(ws.instrument.indicators),
                    deadline or "–",
                ),
            )

        def reopen() -> None:
            if self.window.session is None and ws_path.exists():
                self.window.open_path(ws_path)  # back to the workspace that was open

        def failed(exc: BaseException) -> None:
            show_error(self.window, exc)
            reopen()

        (
            Operation(self.window, work)
            .success(done)
            .failure(failed)
            .cancelled(reopen)
            .with_progress(
                QCoreApplication.translate("AssignmentCommands", "Opening the assignment…")
            )
            .run()
        )

    def receive_review(self) -> None:
        session = self.window.session
        if session is None:
            return
        folder = self.window.settings.folder("packages") or str(session.ws.path.parent)
        chosen = Dialogs.open_package(
            self.window,
            QCoreApplication.translate("AssignmentCommands", "Receive a receipt or review"),
            folder,
        )
        if not chosen:
            return
        self.window.page.flush()

        from spbe_desktop.core.coordinator.exchange import receive_review

        def work(ws: Workspace, progress, cancel) -> ReceivedReview:
            progress(0, 0, "")
            return receive_review(ws, chosen)

        def done(received: ReceivedReview) -> None:
            counts = received.statuses
            Dialogs.info(
                self.window,
                QCoreApplication.translate("AssignmentCommands", "Review received"),
                QCoreApplication.translate(
                    "AssignmentCommands",
                    "The coordinator received your submission.\n\nAccepted: {0}\nTo revise: "
                    "{1}\nRejected: {2}\n\nThe notes are shown on each indicator.",
                ).format(
                    counts.get("diterima", 0), counts.get("revisi", 0), counts.get("ditolak", 0)
                ),
            )

        (
            WriteOp(self.window, session.ws, work)
            .notify(session, Changes(reviews=True, meta=True))
            .success(done)
            .with_progress(
                QCoreApplication.translate("AssignmentCommands", "Receiving the review…")
            )
            .run()
        )

    def import_assessment(self) -> None:
        """The internal assessment team's sheet (Tim Asesor Internal) as a self-assessment
        round: the items it sends back show on their indicators before anything is uploaded."""
        from spbe_desktop.core.assessment.store import Round
        from spbe_desktop.core.assessment.workflow import import_verdicts

        session = self.window.session
        if session is None:
            return
        chosen = Dialogs.open_sheet(
            self.window,
            QCoreApplication.translate("AssignmentCommands", "Import the internal assessment"),
            str(session.ws.path.parent),
        )
        if not chosen:
            return

        def work(ws: Workspace, progress, cancel) -> Round:
            progress(0, 0, Path(chosen).name)
            return import_verdicts(ws, chosen, kind="mandiri")

        def done(recorded: Round) -> None:
            Dialogs.info(
                self.window,
                QCoreApplication.translate("AssignmentCommands", "Internal assessment recorded"),
                QCoreApplication.translate(
                    "AssignmentCommands",
                    "{0} item verdicts recorded; {1} items sent back. Choose the filter "
                    "“Needs revision (assessors)” to see them.",
                ).format(recorded.items, sum(len(v) for v in session.revisions.values())),
            )

        (
            WriteOp(self.window, session.ws, work)
            .notify(session, Changes(reviews=True))
            .success(done)
            .with_progress(
                QCoreApplication.translate("AssignmentCommands", "Reading the assessment…")
            )
            .run()
        )

    def plan(self) -> None:
        session = self.window.session
        if session is None:
            return
        self.window.page.flush()
        from .planner_dialog import PlannerDialog  # on demand: the window starts faster

        dialog = PlannerDialog(
            self.window, session.ws.instrument, session.ws.values(), self.window.lang, session.ws
        )
        dialog.exec()
