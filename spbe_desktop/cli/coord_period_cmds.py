"""The coordinator's period: a new coordinator workspace (`spbe coord init`) and the award
certificates at its end (`spbe coord award`)."""

from __future__ import annotations

import argparse

from .common import UsageErrorMessage, open_for_writing, print_json, say, text_progress


def register(csub: argparse._SubParsersAction) -> None:
    p = csub.add_parser("init", help="create a coordinator workspace")
    p.add_argument("workspace")
    p.add_argument("--name", help="the Pemda's name")
    p.add_argument("--instrument")
    p.add_argument("--period", type=int)
    p.add_argument("--from", dest="from_workspace", help="continue from last period's workspace")
    p.set_defaults(func=cmd_coord_init)

    p = csub.add_parser("award", help="award certificates (PDF) for the best OPDs")
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="the folder to write the certificates in")
    p.add_argument("--top", type=int, default=3, help="ranks awarded by index (default 3)")
    p.add_argument("--signatory", help="name on the signature block")
    p.add_argument("--nip", help="the signatory's NIP")
    p.add_argument("--place", help="place shown above the signature")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_coord_award)


def cmd_coord_init(args: argparse.Namespace) -> int:
    from datetime import date

    from spbe_desktop.core.coordinator.store import create_coordinator
    from spbe_desktop.core.instrument.pack import default_pack_id, pack_by_id

    if args.from_workspace:
        return _coord_init_from(args)
    if not args.name:
        raise UsageErrorMessage("give --name NAME (or --from WORKSPACE)")
    period = args.period or date.today().year
    instrument = pack_by_id(args.instrument or default_pack_id(period))
    create_coordinator(
        args.workspace, pemda_name=args.name, instrument=instrument, period=period
    ).close()
    say(
        args,
        f"Ruang kerja koordinator dibuat: {args.workspace} ({instrument.id}, periode {period}).",
        f"Coordinator workspace created: {args.workspace} ({instrument.id}, period {period}).",
    )
    return 0


def _coord_init_from(args: argparse.Namespace) -> int:
    from spbe_desktop.core.figures import figure
    from spbe_desktop.core.period.coordinator import coordinator_next_period

    if args.name:
        raise UsageErrorMessage("--from carries the Pemda over: leave out --name")
    if not args.period:
        raise UsageErrorMessage("give --period YEAR with --from")
    carried = coordinator_next_period(
        args.from_workspace, args.workspace, args.period, args.instrument
    )
    earlier = carried.earlier
    if earlier is None:
        recorded = ("tanpa indeks periode lalu", "no index of last period")
    else:
        shown = (figure(earlier.index, "id"), figure(earlier.index, "en"))
        recorded = (
            f"indeks {earlier.period} {shown[0]} ({earlier.predicate}) dicatat",
            f"index {earlier.period} {shown[1]} ({earlier.predicate}) recorded",
        )
    say(
        args,
        f"Ruang kerja koordinator periode {carried.period} ({carried.instrument}) dibuat: "
        f"{carried.path}; {carried.opds} OPD, {carried.keys} kunci tepercaya, {carried.owners} "
        f"pemilik indikator; {recorded[0]}.",
        f"Coordinator workspace for period {carried.period} ({carried.instrument}) created: "
        f"{carried.path}; {carried.opds} OPDs, {carried.keys} trusted keys, {carried.owners} "
        f"indicator owners; {recorded[1]}.",
    )
    return 0


def cmd_coord_award(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.pdf_award import write_awards
    from spbe_desktop.core.coordinator.store import require_coordinator
    from spbe_desktop.core.figures import figure
    from spbe_desktop.core.report.signatory import set_signatory, signatory
    from spbe_desktop.core.workspace.workspace import Workspace

    given = (args.signatory, args.nip, args.place)
    if any(v is not None for v in given):
        with open_for_writing(args.workspace) as ws:
            require_coordinator(ws)
            current = signatory(ws)
            chosen = (
                new if new is not None else old for new, old in zip(given, current, strict=True)
            )
            set_signatory(ws, *chosen)
    with Workspace.open(args.workspace, read_only=True) as ws:
        written = write_awards(ws, args.out, args.top, args.lang, progress=text_progress())
    if args.json:
        print_json(
            [
                {
                    "file": str(w.path),
                    "category": w.award.category,
                    "basis": w.award.basis,
                    "rank": w.award.rank,
                    "opd": w.award.name,
                    "opd_id": w.award.opd_id,
                    "index": float(w.award.index),
                    "index_display": figure(w.award.index),
                    "previous_period": w.award.previous_period,
                    "change_display": figure(w.award.change, signed=True),
                }
                for w in written
            ]
        )
        return 0
    for w in written:
        print(
            f"{w.award.rank:>3}. {figure(w.award.index, args.lang):>5}  {w.award.name}  → {w.path}"
        )
    say(
        args,
        f"{len(written)} piagam ditulis di {args.out}.",
        f"{len(written)} certificates written in {args.out}.",
    )
    return 0
