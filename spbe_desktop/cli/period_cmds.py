"""The next period from the command line: `spbe init NEW --from OLD --period YEAR` and
`spbe answer WS [INDICATOR] --previous` (the parsers live with `init` and `answer`)."""

from __future__ import annotations

import argparse

from .common import UsageErrorMessage, open_for_writing, say, text_progress


def cmd_init_from(args: argparse.Namespace) -> int:
    from spbe_desktop.core.period.carry import next_period

    if args.assignment or args.opd:
        raise UsageErrorMessage("--from carries the OPD over: leave out --opd and --assignment")
    if not args.period:
        raise UsageErrorMessage("give --period YEAR with --from")
    carried = next_period(
        args.from_workspace,
        args.workspace,
        args.period,
        args.instrument,
        args.leave_out,
        progress=text_progress(),
    )
    kept = (
        f"{carried.evidence} bukti ({carried.contents} berkas)",
        f"{carried.evidence} evidence ({carried.contents} files)",
    )
    if carried.same_instrument:
        say(
            args,
            f"Ruang kerja periode {carried.period} dibuat: {carried.path}; {kept[0]}, "
            f"{carried.items} butir sendiri, {carried.left_out} ditinggalkan; jawaban periode lalu "
            f"tersedia pada {carried.previous} indikator (spbe answer --previous).",
            f"Workspace for period {carried.period} created: {carried.path}; {kept[1]}, "
            f"{carried.items} own items, {carried.left_out} left out; last period's answer is "
            f"shown on {carried.previous} indicators (spbe answer --previous).",
        )
    else:
        say(
            args,
            f"Ruang kerja periode {carried.period} ({carried.instrument}) dibuat: {carried.path}; "
            f"{kept[0]} dibawa dan menunggu konfirmasi per indikator baru (spbe crosswalk "
            f"{carried.path} --propose).",
            f"Workspace for period {carried.period} ({carried.instrument}) created: "
            f"{carried.path}; {kept[1]} carried, waiting to be confirmed on each new indicator "
            f"(spbe crosswalk {carried.path} --propose).",
        )
    return 0


def cmd_answer_previous(args: argparse.Namespace) -> int:
    from spbe_desktop.core.period.carry import take_over_previous

    if args.from_file or args.level is not None or args.note is not None:
        raise UsageErrorMessage("--previous takes last period's level and note: give neither")
    with open_for_writing(args.workspace) as ws:
        changed = take_over_previous(ws, None if args.indicator is None else [args.indicator])
    say(
        args,
        f"Jawaban periode lalu dipakai pada {len(changed)} indikator.",
        f"Last period's answer taken over on {len(changed)} indicators.",
    )
    return 0
