"""`spbe crosswalk`: which old indicators inform which new ones, with confidence and source."""

from __future__ import annotations

import argparse

from .common import UsageErrorMessage, print_json, say

CONFIDENCE_WORDS = {"high": "tinggi", "medium": "sedang", "low": "rendah"}
BASIS_WORDS = {"document": "dokumen", "criteria": "kriteria", "judgement": "penilaian"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("crosswalk", help="the indicator crosswalk between two instruments")
    p.add_argument(
        "workspace",
        nargs="?",
        help="a workspace carried over from another instrument: its proposals",
    )
    p.add_argument("--propose", action="store_true", help="list the workspace's proposals")
    p.add_argument("--indicator", help="only the proposals on this new indicator")
    p.add_argument("--apply", nargs="+", metavar="KEY", help="accept these proposals")
    p.add_argument("--decline", nargs="+", metavar="KEY", help="decline these proposals")
    p.add_argument("--from", dest="old", default="spbe-2020", help="old instrument id")
    p.add_argument("--to", dest="new", default="pemdi-2026", help="new instrument id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_crosswalk)


def cmd_crosswalk(args: argparse.Namespace) -> int:
    if args.workspace:
        from .proposal_cmds import cmd_proposals

        return cmd_proposals(args)
    if args.propose or args.apply or args.decline or args.indicator:
        raise UsageErrorMessage("--propose, --apply, --decline and --indicator need a WORKSPACE")
    from spbe_desktop.core.errors import InputError
    from spbe_desktop.core.instrument.crosswalk import load_crosswalk
    from spbe_desktop.core.instrument.pack import pack_by_id, text

    old, new = pack_by_id(args.old), pack_by_id(args.new)
    crosswalk = load_crosswalk(old, new)
    if crosswalk is None:
        raise InputError(
            f"Tidak ada padanan dari {old.id} ke {new.id}.",
            f"There is no crosswalk from {old.id} to {new.id}.",
            code="NO_CROSSWALK",
        )
    if args.json:
        print_json(
            {
                "id": crosswalk.id,
                "from": old.id,
                "to": new.id,
                "counts": crosswalk.counts(),
                "basis_counts": crosswalk.basis_counts(),
                "rows": [
                    {
                        "from": r.old,
                        "to": r.new,
                        "confidence": r.confidence,
                        "basis": r.basis,
                        "source": r.source,
                    }
                    for r in crosswalk.rows
                ],
                "unmapped": [
                    {"indicator": n, "note": text(note, args.lang)}
                    for n, note in sorted(crosswalk.unmapped.items())
                ],
            }
        )
        return 0
    en = args.lang == "en"
    counts = crosswalk.counts()
    shown = ", ".join(f"{c if en else CONFIDENCE_WORDS[c]} {n}" for c, n in counts.items())
    say(
        args,
        f"{text(crosswalk.title, 'id')}: {len(crosswalk.rows)} baris ({shown})",
        f"{text(crosswalk.title, 'en')}: {len(crosswalk.rows)} rows ({shown})",
    )
    for ind in new.indicators:
        rows = crosswalk.rows_for(ind.number)
        if rows:
            parts = [
                f"{r.old} ({r.confidence if en else CONFIDENCE_WORDS[r.confidence]}, "
                f"{r.basis if en else BASIS_WORDS[r.basis]})"
                for r in rows
            ]
            line = ", ".join(parts)
        else:
            line = "– " + text(crosswalk.unmapped.get(ind.number), args.lang)
        print(f"{ind.number:>3} {text(ind.short_name, args.lang)}: {line}")
    return 0
