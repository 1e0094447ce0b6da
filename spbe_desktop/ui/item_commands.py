"""The portal's item list taken into an OPD workspace from the GUI (Edit menu): a sheet copied
from the national portal (Indikator, Level, Butir, Kode, Umur maks), every row checked before any
is taken in, items already there not added twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.workspace.workspace import Workspace

from .dialogs import Dialogs
from .operations import WriteOp
from .session import Changes, WorkspaceSession


def import_portal_items(window: QWidget, session: WorkspaceSession) -> WriteOp | None:
    path = Dialogs.open_sheet(
        window, QCoreApplication.translate("ItemCommands", "Import the portal's item list")
    )
    if not path:
        return None
    from spbe_desktop.core.evidence.item_import import import_items

    def work(ws: Workspace, progress, cancel):
        return import_items(ws, path)

    def done(result) -> None:
        touched = {it.indicator_id for it in result.added}
        session.notify(Changes(evidence=frozenset(touched)))
        Dialogs.info(
            window,
            QCoreApplication.translate("ItemCommands", "Portal's item list"),
            QCoreApplication.translate(
                "ItemCommands", "{0} items added, {1} already there."
            ).format(len(result.added), result.already),
        )

    operation = WriteOp(window, session.ws, work).success(done)
    operation.run_now()
    return operation
