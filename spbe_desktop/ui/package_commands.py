"""The Package commands of the main window: send (export) a signed package, change the key's
passphrase, print the summary and check any package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from spbe_desktop.core.errors import SpbeError

from .dialogs import Dialogs, show_error
from .operations import Operation, ReadOp, WriteOp
from .session import Changes
from .system_open import open_with_system

if TYPE_CHECKING:
    from spbe_desktop.core.evidence.check import EvidenceCheck
    from spbe_desktop.core.export.submission import ExportResult

    from .command_host import CommandHost
    from .session import WorkspaceSession

# The package, report and linter modules (pydantic, reportlab, pypdf) and their dialogs are
# imported by the commands that use them, so that the window starts without them.


class PackageCommands:
    def __init__(self, window: CommandHost) -> None:
        self.window = window

    def _writable_session(self) -> WorkspaceSession | None:
        """The open session if it may be written; a plain message otherwise."""
        session = self.window.session
        if session is None:
            return None
        if session.read_only:
            try:
                session.ws.require_writable()
            except SpbeError as exc:
                show_error(self.window, exc)
            return None
        self.window.page.flush()
        return session

    def _folder(self, kind: str) -> Path:
        chosen = self.window.settings.folder(kind)
        return Path(chosen) if chosen else self.window.session.ws.path.parent

    # Export --------------------------------------------------------------------------------

    def export(self) -> None:
        from spbe_desktop.core import keys  # keys and hashing load with the first export
        from spbe_desktop.core.evidence.check import evidence_check

        from .key_dialog import KeyDialog

        session = self._writable_session()
        if session is None:
            return
        ws = session.ws
        if (
            keys.key_info(ws) is None
            and KeyDialog.create_key(self.window, ws, self.window.lang) is None
        ):
            return

        def check(reader, progress, cancel):
            return evidence_check(reader, progress=progress, cancel=cancel)

        (
            ReadOp(self.window, ws.path, check)
            .success(self._ask_export)
            .cancelled(self._export_cancelled)
            .with_progress(QCoreApplication.translate("PackageCommands", "Checking the evidence…"))
            .run()
        )

    def _ask_export(self, check: EvidenceCheck) -> None:
        from spbe_desktop.core.export.submission import export_submission

        from .export_dialog import ExportDialog, suggested_name

        ws = self.window.session.ws
        findings = list(check.findings)
        self.window.session.set_findings(findings)  # the navigator shows them too
        suggested = self._folder("packages") / suggested_name(ws)
        request = ExportDialog.ask(self.window, ws, findings, self.window.lang, suggested)
        if request is None:
            return
        if request.path is None:
            if request.fix_indicator is not None:
                self.window.navigator.select(ws.instrument.indicator(request.fix_indicator).id)
            return
        if request.path.exists() and not Dialogs.confirm(
            self.window,
            QCoreApplication.translate("PackageCommands", "Replace the file?"),
            QCoreApplication.translate(
                "PackageCommands", "{0} already exists. Replace it with the new package?"
            ).format(request.path.name),
        ):
            return
        self.window.settings.set_folder("packages", request.path.parent)

        def work(ws, progress, cancel) -> ExportResult:
            return export_submission(
                ws,
                request.path,
                request.key or request.passphrase,  # unlocked once, in the dialog
                lang=self.window.lang,
                check=check,  # the findings shown travel into the package
                progress=progress,
                cancel=cancel,
            )

        (
            WriteOp(self.window, ws, work)
            .notify(self.window.session, Changes(meta=True))
            .success(self._exported)
            .cancelled(self._export_cancelled)
            .with_progress(QCoreApplication.translate("PackageCommands", "Writing the package…"))
            .run()
        )

    def _exported(self, result: ExportResult) -> None:
        from .export_dialog import ExportResultDialog

        ExportResultDialog.show_result(self.window, result)

    def _export_cancelled(self) -> None:
        Dialogs.info(
            self.window,
            QCoreApplication.translate("PackageCommands", "Cancelled"),
            QCoreApplication.translate("PackageCommands", "Cancelled: no package was written."),
        )

    def change_passphrase(self) -> None:
        from spbe_desktop.core import keys

        from .key_dialog import KeyDialog

        session = self._writable_session()
        if session is None:
            return
        if keys.key_info(session.ws) is None:
            KeyDialog.create_key(self.window, session.ws, self.window.lang)
            return
        if KeyDialog.change(self.window, session.ws, self.window.lang):
            Dialogs.info(
                self.window,
                QCoreApplication.translate("PackageCommands", "Passphrase changed"),
                QCoreApplication.translate(
                    "PackageCommands",
                    "The passphrase was changed. The key and its fingerprint stay the same.",
                ),
            )

    def portal_folder(self) -> None:
        from .portal_command import write_portal_folder

        session = self.window.session
        if session is not None:
            self.window.page.flush()
            write_portal_folder(self.window, session.ws, self.window.lang, self.window.settings)

    # Summary -------------------------------------------------------------------------------

    def print_summary(self) -> None:
        from spbe_desktop.core.report import summary as report

        from .export_dialog import suggested_name

        session = self.window.session
        if session is None:
            return
        self.window.page.flush()
        ws = session.ws
        name = suggested_name(ws).rsplit("-rev", 1)[0]
        suggested = self._folder("reports") / f"ringkasan-{name}.pdf"
        chosen = Dialogs.save_file(
            self.window,
            QCoreApplication.translate("PackageCommands", "Save the summary as"),
            str(suggested),
            QCoreApplication.translate("PackageCommands", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        self.window.settings.set_folder("reports", target.parent)

        def work(reader, progress, cancel) -> Path:
            progress(0, 0, QCoreApplication.translate("PackageCommands", "Writing the summary…"))
            return report.write_summary(reader, target, lang=self.window.lang)

        (
            ReadOp(self.window, ws.path, work)
            .success(self._summary_written)
            .with_progress(QCoreApplication.translate("PackageCommands", "Writing the summary…"))
            .run()
        )

    def _summary_written(self, path: Path) -> None:
        from .summary_print import SummaryPrint

        open_with_system(path)
        if SummaryPrint.available():
            if Dialogs.confirm(
                self.window,
                QCoreApplication.translate("PackageCommands", "Print"),
                QCoreApplication.translate("PackageCommands", "Print the summary now?"),
            ):
                SummaryPrint.print_pdf(self.window, path)
        else:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "PackageCommands", "Summary saved: {0}. Print it from the PDF viewer."
                ).format(path.name),
                10000,
            )

    # Verify --------------------------------------------------------------------------------

    def verify(self) -> None:
        from spbe_desktop.core.bundle.verify import verify_package

        from .verify_dialog import VerifyDialog

        folder = self.window.settings.folder("packages") or ""
        chosen = Dialogs.open_package(
            self.window, QCoreApplication.translate("PackageCommands", "Verify a package"), folder
        )
        if not chosen:
            return
        path = Path(chosen)

        def work(progress, cancel):
            return verify_package(path, progress=progress, cancel=cancel)

        def done(result) -> None:
            VerifyDialog.show_result(self.window, path, result, self.window.lang)

        (
            Operation(self.window, work)
            .success(done)
            .with_progress(QCoreApplication.translate("PackageCommands", "Checking the package…"))
            .run()
        )
