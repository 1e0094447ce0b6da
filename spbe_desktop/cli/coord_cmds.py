"""Coordinator commands (`spbe coord …`) and the OPD's side of the exchange (`init --assignment`
is handled in workspace_cmds; `receive` here)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import assessor_cmds, coord_period_cmds
from .common import open_for_writing, print_json, say, text_progress
from .portal_cmds import register_coord


def register(sub: argparse._SubParsersAction) -> None:
    coord = sub.add_parser("coord", help="coordinator (Diskominfo) commands")
    csub = coord.add_subparsers(dest="coord_command", required=True, parser_class=type(coord))
    coord_period_cmds.register(csub)
    register_coord(csub)

    p = csub.add_parser("import", help="verify and import OPD submissions")
    p.add_argument("workspace")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")
    p.add_argument("--trust-new-keys", action="store_true", help="trust keys seen the first time")
    p.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar="OPD=REASON",
        help="accept the changed key of an OPD, with the reason",
    )
    p.set_defaults(func=cmd_coord_import)

    p = csub.add_parser("status", help="OPDs, consolidated index and ranking")
    p.add_argument("workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_coord_status)

    p = csub.add_parser("report", help="the consolidated PDF report (and XLSX workbook)")
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="the PDF file")
    p.add_argument("--xlsx", help="also write the XLSX workbook")
    p.set_defaults(func=cmd_coord_report)

    p = csub.add_parser("assign", help="write a signed assignment package for an OPD")
    p.add_argument("workspace")
    p.add_argument("--opd", required=True)
    p.add_argument("--indicators", default="", help="e.g. 1-10,15 (default: all)")
    p.add_argument("--deadline")
    p.add_argument("--out", required=True)
    p.add_argument("--owner", action="store_true", help="also make the OPD owner of them")
    p.set_defaults(func=cmd_coord_assign)

    p = csub.add_parser("mark", help="mark an indicator of an OPD's submission")
    p.add_argument("workspace")
    p.add_argument("--opd", required=True)
    p.add_argument("indicator")
    p.add_argument("--status", required=True, choices=("diterima", "revisi", "ditolak"))
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_coord_mark)

    p = csub.add_parser("decide", help="record the coordinator's value where OPDs disagree")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("--level", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_coord_decide)

    p = csub.add_parser("review", help="write the signed receipt + review notes for an OPD")
    p.add_argument("workspace")
    p.add_argument("--opd", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_coord_review)

    assessor_cmds.register_coord(csub)
    p = csub.add_parser("earlier", help="record the index of an earlier period")
    p.add_argument("workspace")
    p.add_argument("--period", help="the earlier period (with --index)")
    p.add_argument("--index", help="its published index")
    p.add_argument("--source", default="")
    p.add_argument("--from", dest="from_workspace", help="read it from that period's workspace")
    p.set_defaults(func=cmd_coord_earlier)

    p = sub.add_parser("receive", help="take in the coordinator's receipt or review")
    p.add_argument("workspace")
    p.add_argument("file")
    p.set_defaults(func=cmd_receive)


def cmd_coord_import(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.importer import import_packages

    accept = {}
    for item in args.accept_key:
        name, _, reason = item.partition("=")
        accept[name.strip()] = reason.strip()
    with open_for_writing(args.workspace) as ws:
        outcomes = import_packages(
            ws,
            args.files,
            trust_new_keys=args.trust_new_keys,
            accept_changed_keys=accept,
            progress=text_progress(),
        )
    rejected = [o for o in outcomes if o.status == "rejected"]
    if args.json:
        print_json(
            [
                {
                    "file": o.path,
                    "status": o.status,
                    "opd": o.opd,
                    "revision": o.revision,
                    "package_id": o.package_id,
                    "fingerprint": o.fingerprint,
                    "errors": [
                        {**e, "message": e["message_en"] if args.lang == "en" else e["message_id"]}
                        for e in o.errors
                    ],
                }
                for o in outcomes
            ]
        )
    else:
        labels = {
            "imported": ("diimpor", "imported"),
            "already": ("sudah ada, tidak diubah", "already there, unchanged"),
            "rejected": ("DITOLAK", "REJECTED"),
        }
        for o in outcomes:
            label = labels[o.status][1 if args.lang == "en" else 0]
            print(f"{Path(o.path).name}: {label} ({o.opd or '-'}, rev {o.revision or '-'})")
            for e in o.errors:
                print(f"  {e['code']}: {e['message_en'] if args.lang == 'en' else e['message_id']}")
    sys.stdout.flush()  # the verdicts first, then the refusals (a terminal shows both)
    for o in rejected:
        print(_refusal(o, args.lang), file=sys.stderr)
    return 1 if rejected else 0


def _refusal(outcome, lang: str) -> str:
    """One sentence for a refused package, for stderr."""
    name = Path(outcome.path).name
    first = outcome.errors[0] if outcome.errors else {}
    reason = (first.get("message_en") if lang == "en" else first.get("message_id")) or ""
    reason = reason.rstrip(".")
    if lang == "en":
        return (
            f"Package {name} was refused: {reason}." if reason else f"Package {name} was refused."
        )
    return f"Paket {name} ditolak: {reason}." if reason else f"Paket {name} ditolak."


def cmd_coord_status(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.report_data import coordinator_status
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        data = coordinator_status(ws, args.lang)
    if args.json:
        print_json(data)
        return 0
    from spbe_desktop.core.figures import figure

    en = args.lang == "en"
    shown = figure(data["index_display"] or data["provisional_display"], args.lang)
    mark = "*" if shown and data["assumed_indicators"] else ""
    note = (" (provisional)" if en else " (sementara)") if data["provisional"] else ""
    print(f"{data['pemda']} — {data['period']} — {data['instrument']}")
    print(f"{'Index' if en else 'Indeks'}: {shown or '-'}{mark} {data['predicate'] or ''}{note}")
    assessor_cmds.print_assessed(data, args.lang)
    if mark:
        print(f"* {data['assumed_note']}")
    print()
    for row in data["ranking"]:
        index = (figure(row["index_display"], args.lang) or "-") + ("*" if row["assumed"] else "")
        print(f"{row['rank']:>3}. {index:>6}  {row['name']}")
    print()
    for opd in data["opds"]:
        print(
            f"{opd['name']}: {opd['status']} (rev {opd['revision'] or '-'}, {opd['fingerprint'] or '-'})"
        )
    return 0


def cmd_coord_report(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.pdf_report import write_consolidated_pdf
    from spbe_desktop.core.coordinator.store import require_coordinator
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        require_coordinator(ws)
        pdf = write_consolidated_pdf(ws, args.out, args.lang)
        say(args, f"Laporan PDF ditulis: {pdf}", f"PDF report written: {pdf}")
        if args.xlsx:
            from spbe_desktop.core.coordinator.workbook import write_workbook

            book = write_workbook(ws, args.xlsx, args.lang)
            say(args, f"Buku kerja XLSX ditulis: {book}", f"XLSX workbook written: {book}")
    return 0


def cmd_coord_assign(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.exchange import write_assignment
    from spbe_desktop.core.coordinator.store import add_opd, require_coordinator, set_owner

    from .passphrase import read_passphrase

    with open_for_writing(args.workspace) as ws:
        require_coordinator(ws)
        opd = add_opd(ws, args.opd)
        ids = expand_indicators(ws.instrument, args.indicators)
        written = write_assignment(
            ws, opd, ids, args.deadline, args.out, read_passphrase(args), progress=text_progress()
        )
        if args.owner:
            for ind_id in ids or [i.id for i in ws.instrument.indicators]:
                set_owner(ws, ind_id, opd)
    say(
        args,
        f"Penugasan untuk {opd.name} ditulis: {written.path}",
        f"Assignment for {opd.name} written: {written.path}",
    )
    return 0


def cmd_coord_mark(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.store import opd_named, require_coordinator, set_review

    with open_for_writing(args.workspace) as ws:
        require_coordinator(ws)
        set_review(ws, opd_named(ws, args.opd), args.indicator, args.status, args.note)
    say(args, "Catatan disimpan.", "Note saved.")
    return 0


def cmd_coord_decide(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from spbe_desktop.core.coordinator.store import record_decision, require_coordinator

    from .common import UsageErrorMessage

    try:
        value = Decimal(args.level.replace(",", "."))
    except InvalidOperation:
        raise UsageErrorMessage(f"--level {args.level!r} is not a number") from None
    with open_for_writing(args.workspace) as ws:
        require_coordinator(ws)
        record_decision(ws, args.indicator, value, args.reason)
    say(args, "Keputusan dicatat.", "Decision recorded.")
    return 0


def cmd_coord_review(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.exchange import write_review
    from spbe_desktop.core.coordinator.store import opd_named, require_coordinator

    from .passphrase import read_passphrase

    with open_for_writing(args.workspace) as ws:
        require_coordinator(ws)
        opd = opd_named(ws, args.opd)
        written = write_review(ws, opd, args.out, read_passphrase(args))
    say(
        args,
        f"Tanda terima dan catatan reviu untuk {opd.name} ditulis: {written.path}",
        f"Receipt and review notes for {opd.name} written: {written.path}",
    )
    return 0


def cmd_coord_earlier(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.store import (
        add_earlier_result,
        earlier_from_workspace,
        require_coordinator,
    )

    from .common import UsageErrorMessage

    if not args.from_workspace and not (args.period and args.index):
        raise UsageErrorMessage("give --period and --index, or --from WORKSPACE")
    with open_for_writing(args.workspace) as ws:
        require_coordinator(ws)
        if args.from_workspace:
            result = earlier_from_workspace(ws, args.from_workspace)
        else:
            result = add_earlier_result(ws, args.period, args.index, args.source)
    from spbe_desktop.core.figures import figure

    shown = figure(result.index, args.lang)
    say(
        args,
        f"Periode {result.period}: indeks {shown} ({result.predicate}) dicatat.",
        f"Period {result.period}: index {shown} ({result.predicate}) recorded.",
    )
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.exchange import receive_review

    with open_for_writing(args.workspace) as ws:
        received = receive_review(ws, args.file)
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(received.statuses.items())) or "-"
    say(
        args,
        f"Tanda terima diterima; {received.items} catatan reviu ({counts}).",
        f"Receipt taken in; {received.items} review notes ({counts}).",
    )
    return 0


def expand_indicators(instrument, spec: str) -> list[str]:
    """ "1-10,15,I20" → indicator ids; empty → [] (meaning all)."""
    ids: list[str] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        start, dash, end = part.partition("-")
        if dash and start.isdigit() and end.isdigit():
            ids += [instrument.indicator(n).id for n in range(int(start), int(end) + 1)]
        else:
            ids.append(instrument.indicator(part).id)
    return list(dict.fromkeys(ids))
