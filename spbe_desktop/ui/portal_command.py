"""The portal folder from the GUI, for an OPD workspace and for the coordinator's: its settings
asked first (folder, size limit, scaling images down, for a coordinator the re-upload of revised
items), then the core writer off the UI thread with progress and Cancel, and at the end the files
over the size limit in plain words and what is still to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.workspace.workspace import Workspace

from .dialogs import Dialogs
from .i18n import file_size, number
from .operations import ReadOp
from .portal_dialog import PortalFolderDialog, PortalRequest
from .settings import AppSettings

SHOWN_LINES = 14


def write_portal_folder(
    parent: QWidget, ws: Workspace, lang: str, settings: AppSettings
) -> ReadOp | None:
    """Ask for the folder and its settings, then write the workspace's portal folder."""
    request = PortalFolderDialog.ask(parent, ws, settings, lang)
    if request is None:
        return None
    return run_portal(parent, ws, lang, request)


def run_portal(parent: QWidget, ws: Workspace, lang: str, request: PortalRequest) -> ReadOp:
    from spbe_desktop.core.portal.run import write_workspace_portal

    def work(reader: Workspace, progress, cancel):
        return write_workspace_portal(
            reader,
            request.folder,
            lang=lang,
            max_mb=request.max_mb,
            downscale_images=request.downscale_images,
            only_revisi=request.only_revisi,
            progress=progress,
            cancel=cancel,
        )

    def done(result) -> None:
        Dialogs.info(
            parent,
            QCoreApplication.translate("PortalCommand", "Portal folder"),
            result_text(result, request, lang),
        )

    def cancelled() -> None:
        Dialogs.info(
            parent,
            QCoreApplication.translate("PortalCommand", "Cancelled"),
            QCoreApplication.translate("PortalCommand", "Cancelled: no portal folder was written."),
        )

    operation = ReadOp(parent, ws.path, work).success(done).cancelled(cancelled)
    operation.with_progress(
        QCoreApplication.translate("PortalCommand", "Writing the portal folder…")
    ).run()
    return operation


def result_text(result, request: PortalRequest, lang: str) -> str:
    """What was written: the files over the size limit first, in plain words, then the core's
    summary (files to convert, missing items), cut short where catatan.html has the rest."""
    from spbe_desktop.core.portal.summary import summary_lines

    first, *rest = summary_lines(result, lang, sizes=False)
    lines = [first]
    limit = number(request.max_mb, lang)
    shrunk = [f for f in result.files if f.downscaled]
    if shrunk:
        lines.append(
            QCoreApplication.translate(
                "PortalCommand", "Images were scaled down in {0} file(s)."
            ).format(len(shrunk))
        )
    over = result.over_limit
    if over:
        lines.append(
            QCoreApplication.translate(
                "PortalCommand",
                "{0} file(s) are bigger than the size limit of {1} MB; the portal may refuse them:",
            ).format(len(over), limit)
        )
        lines += [f"  {f.name} ({file_size(f.size)})" for f in over]
        lines.append(
            QCoreApplication.translate("PortalCommand", "Split or compress them before the upload.")
            if request.downscale_images
            else QCoreApplication.translate(
                "PortalCommand",
                "Write the folder again with images scaled down, or split or compress them "
                "before the upload.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "PortalCommand", "Every file is within the size limit of {0} MB."
            ).format(limit)
        )
    if len(rest) > SHOWN_LINES:  # the whole list is in catatan.html
        more = QCoreApplication.translate("PortalCommand", "… {0} more lines in catatan.html")
        rest = [*rest[:SHOWN_LINES], more.format(len(rest) - SHOWN_LINES)]
    return "\n".join(lines + rest)
