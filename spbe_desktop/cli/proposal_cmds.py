"""`spbe crosswalk WS [--propose | --apply KEY… | --decline KEY…]`: last period's evidence and
justifications proposed on the new instrument's indicators, each confirmed by the person."""

from __future__ import annotations

import argparse

from .common import UsageErrorMessage, open_for_writing, print_json, say

STATE_WORDS = {"open": "menunggu", "accepted": "diterima", "declined": "ditolak"}
CONFIDENCE_WORDS = {"high": "tinggi", "medium": "sedang", "low": "rendah"}


def cmd_proposals(args: argparse.Namespace) -> int:
    from spbe_desktop.core.period.crosswalk import decide, proposals
    from spbe_desktop.core.workspace.workspace import Workspace

    if args.apply and args.decline:
        raise UsageErrorMessage("give --apply or --decline, not both")
    if args.apply or args.decline:
        with open_for_writing(args.workspace) as ws:
            decided = decide(ws, args.apply or args.decline, accept=bool(args.apply))
        files = sum(1 for p in decided if p.kind == "evidence")
        if args.apply:
            say(
                args,
                f"{len(decided)} usulan diterima: {files} berkas dilampirkan (belum ditempatkan "
                "pada level dan butir), sisanya penjelasan.",
                f"{len(decided)} proposals accepted: {files} files attached (not yet placed on a "
                "level and item), the rest justifications.",
            )
        else:
            say(args, f"{len(decided)} usulan ditolak.", f"{len(decided)} proposals declined.")
        return 0
    with Workspace.open(args.workspace, read_only=True) as ws:
        found = proposals(ws, args.indicator)
        names = {i.number: i.short_name for i in ws.instrument.indicators}
    if args.json:
        print_json([p._asdict() for p in found])
        return 0
    if not found:
        say(args, "Tidak ada usulan padanan.", "No crosswalk proposals.")
        return 0
    from spbe_desktop.core.instrument.pack import text

    en = args.lang == "en"
    current = None
    for p in found:
        if p.new_number != current:
            current = p.new_number
            print(f"{p.new_number} {text(names[p.new_number], args.lang)}")
        what = (
            ("file" if en else "berkas")
            if p.kind == "evidence"
            else ("note" if en else "penjelasan")
        )
        state = p.state if en else STATE_WORDS[p.state]
        confidence = p.confidence if en else CONFIDENCE_WORDS[p.confidence]
        shown = " ".join(p.text.split())[:70]
        print(f"  {p.key:<16} {state:<9} {confidence:<7} ← {p.old_number:>2}  {what}: {shown}")
    return 0
