"""Writing the portal folder of a workspace in one call (the CLI and the GUI both use it): the
plan of an OPD workspace or of a coordinator's, the size limit (the instrument's unless given),
then the all-or-nothing writer with progress and cancel."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from spbe_desktop.core.jobs import CancelFlag, ProgressFn, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

from .result import PortalResult
from .writer import write_portal

MB = 1024 * 1024


def size_limit_mb(ws: Workspace) -> Decimal:
    """The portal's file size limit the instrument assumes (not published by the portal)."""
    return ws.instrument.portal.max_file_mb


def write_workspace_portal(
    ws: Workspace,
    out: str | Path,
    *,
    lang: str = "id",
    max_mb: Decimal | None = None,
    downscale_images: bool = False,
    only_revisi: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> PortalResult:
    """The OPD's folder for an OPD workspace, the consolidated one for a coordinator's."""
    if ws.info.kind == "coordinator":
        from .coordinator import coordinator_plan

        plan = coordinator_plan(ws, lang, only_revisi=only_revisi)
    else:
        from .sources import opd_plan

        plan = opd_plan(ws, lang)
    limit = size_limit_mb(ws) if max_mb is None else max_mb
    return write_portal(
        ws,
        plan,
        out,
        max_bytes=int(limit * MB),
        downscale_images=downscale_images,
        lang=lang,
        progress=progress,
        cancel=cancel,
    )
