"""Workspace commands: instruments, init, answer, attach, status, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import UsageErrorMessage, open_for_writing, print_json, say, text_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("instruments", help="list the instrument packs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_instruments)

    p = sub.add_parser("init", help="create an OPD workspace")
    p.add_argument("workspace")
    p.add_argument("--opd", help="the OPD's name")
    p.add_argument("--assignment", help="create (or update) it from the coordinator's assignment")
    p.add_argument("--instrument", help="pack id (default: the one for the period)")
    p.add_argument("--period", type=int, help="evaluation year (default: this year)")
    p.add_argument("--from", dest="from_workspace", help="continue from last period's workspace")
    p.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="FILE",
        help="with --from: an evidence file not to carry (its name or SHA-256 prefix)",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("answer", help="set the level and note of indicators")
    p.add_argument("workspace")
    p.add_argument("indicator", nargs="?", help="number (e.g. 7) or id (e.g. I07)")
    p.add_argument("--level", type=int)
    p.add_argument("--note")
    p.add_argument("--score", help="the other agency's index score (indicators valued from one)")
    p.add_argument("--service", help="the name of a sectoral service the OPD chooses")
    p.add_argument("--from", dest="from_file", help="CSV or XLSX with indicator, level, note")
    p.add_argument(
        "--previous",
        action="store_true",
        help="take last period's level and note (of INDICATOR, or of every unanswered one)",
    )
    p.set_defaults(func=cmd_answer)

    p = sub.add_parser("attach", help="attach evidence files to an indicator")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("files", nargs="+")
    p.add_argument("--level", type=int, help="the level this evidence supports")
    p.add_argument("--item", type=int, help="the item of that level (default: item 1)")
    p.add_argument("--date", help="the document's date, YYYY-MM-DD (default: the file's date)")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("status", help="progress, index and predicate")
    p.add_argument("workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("backup", help="copy the workspace into its rotating backups")
    p.add_argument("workspace")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="put a backup in place of a workspace")
    p.add_argument("backup")
    p.add_argument("--to", required=True, help="the workspace file to restore")
    p.set_defaults(func=cmd_restore)


# Commands -----------------------------------------------------------------------------------


def cmd_instruments(args: argparse.Namespace) -> int:
    from spbe_desktop.core.instrument.pack import available_packs, text

    packs = available_packs()
    rows = [
        {
            "id": p.id,
            "title": text(p.title, args.lang),
            "legal_basis": p.legal_basis["citation"],
            "indicators": len(p.indicators),
            "aspects": len(p.aspects),
            "domains": len(p.domains),
            "periods": [p.first_period, p.last_period],
            "levels": [p.level_min, p.level_max],
            "sha256": p.sha256,
        }
        for p in packs
    ]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['id']:<12} {r['indicators']:>3} indikator  {r['aspects']} aspek  "
            f"{r['domains']} domain  {r['title']}"
        )
        print(f"{'':<12} {r['legal_basis']}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from datetime import date

    from spbe_desktop.core.instrument.pack import default_pack_id, pack_by_id
    from spbe_desktop.core.workspace.workspace import Workspace

    if args.from_workspace:
        from .period_cmds import cmd_init_from

        return cmd_init_from(args)
    if args.assignment:
        from spbe_desktop.core.coordinator.exchange import workspace_from_assignment

        with workspace_from_assignment(args.workspace, args.assignment) as ws:
            count = len((ws.meta("assigned_indicators") or "").split(","))
            say(
                args,
                f"Ruang kerja {ws.info.opd_name} siap dari penugasan {ws.meta('pemda')}: "
                f"{count} indikator, tenggat {ws.meta('deadline') or '-'}.",
                f"Workspace of {ws.info.opd_name} ready from the assignment of "
                f"{ws.meta('pemda')}: {count} indicators, deadline {ws.meta('deadline') or '-'}.",
            )
        return 0
    if not args.opd:
        raise UsageErrorMessage("give --opd NAME (or --assignment FILE)")
    period = args.period or date.today().year
    instrument = pack_by_id(args.instrument or default_pack_id(period))
    ws = Workspace.create(args.workspace, opd_name=args.opd, instrument=instrument, period=period)
    ws.close()
    say(
        args,
        f"Ruang kerja dibuat: {args.workspace} ({instrument.id}, {len(instrument.indicators)} "
        f"indikator, periode {period}).",
        f"Workspace created: {args.workspace} ({instrument.id}, {len(instrument.indicators)} "
        f"indicators, period {period}).",
    )
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    if args.previous:
        from .period_cmds import cmd_answer_previous

        return cmd_answer_previous(args)

    single = args.indicator is not None
    if single == bool(args.from_file):
        raise UsageErrorMessage("give either INDICATOR with --level/--note, or --from FILE")
    if (
        single
        and args.level is None
        and args.note is None
        and args.score is None
        and args.service is None
    ):
        raise UsageErrorMessage("give --level, --note, --score or --service")
    if args.from_file:
        from spbe_desktop.core.workspace.answer_import import parse_answers, read_rows

        rows = read_rows(args.from_file)
        with open_for_writing(args.workspace) as ws:
            changes = parse_answers(ws.instrument, rows)
            count = ws.set_answers(changes)
            answered = ws.score().answered
            total = len(ws.instrument.indicators)
        say(
            args,
            f"{count} jawaban disimpan ({answered} dari {total} terjawab).",
            f"{count} answers saved ({answered} of {total} answered).",
        )
        return 0
    from decimal import Decimal, InvalidOperation

    fields: dict = {}
    if args.level is not None:
        fields["level"] = args.level
    if args.note is not None:
        fields["justification"] = args.note
    if args.service is not None:
        fields["service_name"] = args.service
    if args.score is not None:
        try:
            fields["external_score"] = Decimal(args.score.replace(",", "."))
        except InvalidOperation:
            raise UsageErrorMessage(f"--score {args.score!r} is not a number") from None
    with open_for_writing(args.workspace) as ws:
        answer = ws.set_answer(args.indicator, **fields)
        ind = ws.instrument.indicator(args.indicator)
    level = answer.level if answer.level is not None else "-"
    say(
        args,
        f"Indikator {ind.number}: level {level} disimpan.",
        f"Indicator {ind.number}: level {level} saved.",
    )
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.dates import check_document_date
    from spbe_desktop.core.evidence.items import check_placement, item_ref
    from spbe_desktop.core.evidence.store import attach_file, check_readable_file

    with open_for_writing(args.workspace) as ws:
        ind = ws.instrument.indicator(args.indicator)
        check_placement(ws, ind, args.level, args.item)
        check_document_date(args.date)
        for name in args.files:
            check_readable_file(Path(name))
        with ws.transaction():  # all the files, or none
            items = [
                attach_file(
                    ws,
                    ind.id,
                    name,
                    level=args.level,
                    item=args.item,
                    document_date=args.date,
                    progress=text_progress(),
                )
                for name in args.files
            ]
        for item in items:
            where = (
                item_ref(item.level, item.item, ind.number)
                if item.level is not None
                else f"I{ind.number}"
            )
            say(
                args,
                f"Dilampirkan ke {where}: {item.original_name} "
                f"({item.size} bita, tanggal {item.document_date}, sha256 {item.sha256[:12]}).",
                f"Attached to {where}: {item.original_name} "
                f"({item.size} bytes, dated {item.document_date}, sha256 {item.sha256[:12]}).",
            )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from spbe_desktop.core.status import status_data
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        data = status_data(ws, args.lang)
        if not args.json:  # the table shows none of the assessed figures: they are not computed
            print(_status_table(data, args.lang))
            return 0
        from spbe_desktop.core.assessment.status_json import add_assessment

        add_assessment(ws, data, args.lang)  # the internal team's or the assessors' verdicts
    print_json(data)
    return 0


def _status_table(data: dict, lang: str) -> str:
    """The status as text; a figure that counts a missing external score at 1 carries '*', and
    the sentences saying so follow the figures."""
    from spbe_desktop.core.figures import figure
    from spbe_desktop.core.instrument.marks import MARK

    en = lang == "en"
    index_mark = MARK if data["assumed_indicators"] else ""
    lines = [
        f"OPD: {data['opd']}   "
        f"{'Period' if en else 'Periode'}: {data['period']}   "
        f"{'Instrument' if en else 'Instrumen'}: {data['instrument']}",
        f"{'Answered' if en else 'Terjawab'}: {data['answered']}/{data['indicators_total']}   "
        f"{'Evidence' if en else 'Bukti dukung'}: {data['evidence_total']}",
    ]
    if data["index_display"] is not None:
        shown = figure(data["index_display"], lang) + index_mark
        lines.append(f"{'Index' if en else 'Indeks'}: {shown}  {data['predicate']}")
    elif data["provisional_display"] is not None:
        label = "Provisional index" if en else "Indeks sementara"
        shown = figure(data["provisional_display"], lang) + index_mark
        lines.append(f"{label}: {shown}  {data['predicate']}")
    else:
        lines.append("No indicator answered yet." if en else "Belum ada indikator yang dijawab.")
    if index_mark and (data["index_display"] or data["provisional_display"]):
        lines.append(f"{MARK} {data['assumed_note']}")
    lines.append("")
    for group in data["domains"] + data["aspects"]:
        shown = figure(group["index_display"], lang) or "-"
        shown += MARK if group["assumed"] and group["index_display"] else ""
        lines.append(
            f"{group['id']:<4} {shown:>6}  {group['answered']:>2}/{group['total']:<2} {group['name']}"
        )
    lines.append("")
    notes = []
    for ind in data["indicators"]:
        shown = (figure(ind["value_display"], lang) or "-") + (MARK if ind["value_assumed"] else "")
        lines.append(
            f"{ind['number']:>3} {ind['id']:<4} {shown:>6}  "
            f"{'ev' if en else 'bd'}:{ind['evidence_count']:<3} {ind['name']}"
        )
        if ind["value_assumed"]:
            notes.append(f"{MARK} {ind['number']}: {ind['value_note']}.")
    return "\n".join(lines + (["", *notes] if notes else []))


def cmd_backup(args: argparse.Namespace) -> int:
    from spbe_desktop.core.workspace.backup import backup_workspace, backups_of
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        if args.list:
            for path in backups_of(ws.info.workspace_id):
                print(path)
            return 0
        target = backup_workspace(ws)
    say(args, f"Cadangan dibuat: {target}", f"Backup made: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from spbe_desktop.core.workspace.backup import restore_backup

    target = restore_backup(Path(args.backup), Path(args.to))
    say(args, f"Ruang kerja dipulihkan: {target}", f"Workspace restored: {target}")
    return 0
