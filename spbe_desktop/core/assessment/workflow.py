"""The two ends of an assessor sheet: the template written from a workspace, and a filled sheet
read back into a new round (all of it, or nothing: the workspace is unchanged by a bad row)."""

from __future__ import annotations

from pathlib import Path

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.workspace.answer_import import read_rows
from spbe_desktop.core.workspace.workspace import Workspace

from .catalogue import sheet_catalogue, template_rows, workspace_items
from .sheet import parse_verdicts
from .statuses import DEFAULT_ROUND, check_round
from .store import Round, check_date, record_round
from .template import write_template


def write_assessor_template(ws: Workspace, out: str | Path, lang: str = "id") -> tuple[Path, int]:
    """The sheet to fill in; returns the file and its number of item rows."""
    rows = template_rows(ws, workspace_items(ws, lang), lang)
    if not rows:
        raise InputError(
            "Belum ada level yang diklaim: lembar penilaian tidak punya butir untuk dinilai.",
            "No level is claimed yet: the assessment sheet would have no item to assess.",
            code="NOTHING_CLAIMED",
        )
    title = f"Lembar penilaian asesor — {ws.info.opd_name} — {ws.info.period}"
    inst = ws.instrument
    path = write_template(
        rows, out, title=title, level_min=inst.level_min, level_max=inst.level_max, lang=lang
    )
    return path, len(rows)


def import_verdicts(
    ws: Workspace,
    path: str | Path,
    *,
    kind: str | None = None,
    date: str | None = None,
) -> Round:
    """Read a filled sheet (XLSX or CSV) as one round. The default round is the document
    assessment in a coordinator workspace and the internal team's self-assessment in an OPD's."""
    kind = check_round(kind or (DEFAULT_ROUND if ws.info.kind == "coordinator" else "mandiri"))
    date = check_date(date)
    ws.require_writable()
    rows = read_rows(path)
    sheet = parse_verdicts(ws.instrument, sheet_catalogue(workspace_items(ws)), rows)
    return record_round(ws, sheet, kind=kind, date=date, source=Path(path).name)
