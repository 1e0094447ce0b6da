"""The assessors' verdicts: `spbe coord assessor-template`, `spbe coord assessor`,
`spbe coord interview` and, for an OPD's internal team, `spbe assessor`."""

from __future__ import annotations

import argparse

from .common import open_for_writing, say

ROUND_HELP = "mandiri | dokumen | interviu | visitasi"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assessor", help="record the internal assessment team's verdicts")
    p.add_argument("workspace")
    p.add_argument("--from", dest="from_file", required=True, help="XLSX or CSV sheet")
    p.add_argument("--round", default="mandiri", help=ROUND_HELP + " (default mandiri)")
    p.add_argument("--date", help="the round's date, YYYY-MM-DD (default today)")
    p.set_defaults(func=cmd_assessor, coordinator=False)


def register_coord(csub: argparse._SubParsersAction) -> None:
    p = csub.add_parser("assessor-template", help="write the sheet the assessors' verdicts go in")
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="the XLSX file")
    p.set_defaults(func=cmd_template)

    p = csub.add_parser("assessor", help="record a round of the assessors' verdicts")
    p.add_argument("workspace")
    p.add_argument("--from", dest="from_file", required=True, help="XLSX or CSV sheet")
    p.add_argument("--round", default="dokumen", help=ROUND_HELP + " (default dokumen)")
    p.add_argument("--date", help="the round's date, YYYY-MM-DD (default today)")
    p.set_defaults(func=cmd_assessor, coordinator=True)

    p = csub.add_parser("interview", help="the interview preparation pack (PDF)")
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="the PDF file")
    p.set_defaults(func=cmd_interview)


def cmd_template(args: argparse.Namespace) -> int:
    from spbe_desktop.core.assessment.workflow import write_assessor_template
    from spbe_desktop.core.coordinator.store import require_coordinator
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        require_coordinator(ws)
        path, count = write_assessor_template(ws, args.out, args.lang or "id")
    say(
        args,
        f"Lembar penilaian ditulis: {path} ({count} butir)",
        f"Assessment sheet written: {path} ({count} items)",
    )
    return 0


def cmd_assessor(args: argparse.Namespace) -> int:
    from spbe_desktop.core.assessment.assessed import assess_workspace
    from spbe_desktop.core.assessment.workflow import import_verdicts
    from spbe_desktop.core.coordinator.store import require_coordinator
    from spbe_desktop.core.errors import InputError
    from spbe_desktop.core.figures import figure

    with open_for_writing(args.workspace) as ws:
        if args.coordinator:
            require_coordinator(ws)
        elif ws.info.kind == "coordinator":
            raise InputError(
                f"{ws.path.name} adalah ruang kerja koordinator: pakai spbe coord assessor.",
                f"{ws.path.name} is a coordinator workspace: use spbe coord assessor.",
                code="NOT_OPD",
            )
        recorded = import_verdicts(ws, args.from_file, kind=args.round, date=args.date)
        result = assess_workspace(ws, args.lang or "id")
    shown = figure(result.score.shown_index, args.lang or "id") or "-"
    say(
        args,
        f"Putaran {recorded.kind} {recorded.date} dicatat: {recorded.items} butir, "
        f"{recorded.values} nilai. Indeks hasil penilaian: {shown}",
        f"Round {recorded.kind} {recorded.date} recorded: {recorded.items} items, "
        f"{recorded.values} values. Assessed index: {shown}",
    )
    return 0


def cmd_interview(args: argparse.Namespace) -> int:
    from spbe_desktop.core.assessment.interview import write_interview_pdf
    from spbe_desktop.core.coordinator.store import require_coordinator
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        require_coordinator(ws)
        path = write_interview_pdf(ws, args.out, args.lang or "id")
    say(args, f"Bahan interviu ditulis: {path}", f"Interview pack written: {path}")
    return 0


def print_assessed(data: dict, lang: str) -> None:
    """The supported and assessed index under the claimed one in `coord status`."""
    from spbe_desktop.core.figures import figure

    supported = figure(data.get("supported_display"), lang) or "-"
    assessed = figure(data.get("assessed_display"), lang) or "-"
    count, total = data.get("assessed_indicators", 0), data.get("indicators_total", 0)
    if lang == "en":
        print(f"Supported by evidence: {supported}")
        print(f"Assessed: {assessed} ({count} of {total} indicators assessed)")
    else:
        print(f"Didukung bukti: {supported}")
        print(f"Hasil asesor: {assessed} ({count} dari {total} indikator dinilai)")
    for gap in data.get("assessment_gaps", [])[:5]:
        cost = figure(gap["cost_display"], lang)
        claimed, assessed = figure(gap["claimed"], lang), figure(gap["assessed"], lang)
        print(f"  {gap['indicator']:>3}. {claimed} → {assessed}  −{cost}  {gap['opd'] or '-'}")
