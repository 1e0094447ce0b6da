"""The portal folder from the GUI, for an OPD workspace and for the coordinator's: where to write
it, whether to scale images down in files over the size limit, then the core writer off the UI
thread with progress and Cancel, and what is still to do shown at the end."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.workspace.workspace import Workspace

from .dialogs import Dialogs
from .operations import ReadOp

SHOWN_LINES = 14


def suggested_folder(ws: Workspace, parent: Path) -> Path:
    name = re.sub(r"[^A-Za-z0-9]+", "-", ws.info.opd_name).strip("-").lower() or "opd"
    return parent / f"portal-{name[:40]}-{ws.info.period}"


def write_portal_folder(parent: QWidget, ws: Workspace, lang: str) -> ReadOp | None:
    """Ask for a new folder and write the workspace's portal folder into it."""
    from spbe_desktop.core.portal.run import size_limit_mb, write_workspace_portal
    from spbe_desktop.core.portal.summary import summary_lines

    chosen = Dialogs.save_file(
        parent,
        QCoreApplication.translate("PortalCommand", "Write the portal folder as (a new folder)"),
        str(suggested_folder(ws, ws.path.parent)),
        QCoreApplication.translate("PortalCommand", "Folders (*)"),
    )
    if not chosen:
        return None
    limit = size_limit_mb(ws)
    downscale = Dialogs.confirm(
        parent,
        QCoreApplication.translate("PortalCommand", "Portal folder"),
        QCoreApplication.translate(
            "PortalCommand",
            "The portal's file size limit is taken as {0} MB (the portal does not publish it). "
            "Scale images down in files over it?",
        ).format(f"{limit:f}"),
    )

    def work(reader: Workspace, progress, cancel):
        return write_workspace_portal(
            reader,
            chosen,
            lang=lang,
            downscale_images=downscale,
            progress=progress,
            cancel=cancel,
        )

    def done(result) -> None:
        lines = summary_lines(result, lang)
        if len(lines) > SHOWN_LINES:  # the whole list is in catatan.html
            more = QCoreApplication.translate("PortalCommand", "… {0} more lines in catatan.html")
            lines = [*lines[:SHOWN_LINES], more.format(len(lines) - SHOWN_LINES)]
        Dialogs.info(
            parent, QCoreApplication.translate("PortalCommand", "Portal folder"), "\n".join(lines)
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
