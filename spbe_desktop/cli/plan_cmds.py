"""`spbe plan`: the fewest level raises that reach a target index; `spbe target`: the target
itself (and the monitoring threshold)."""

from __future__ import annotations

import argparse

from .common import UsageErrorMessage, print_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="the fewest level raises that reach a target index")
    p.add_argument("workspace")
    p.add_argument("--target", required=True, help="target index, e.g. 3.00")
    p.add_argument("--lock", default="", help="indicators that cannot be raised, e.g. 3,7,I12")
    p.add_argument(
        "--basis",
        choices=("claimed", "supported"),
        default="claimed",
        help="plan on the claimed levels (default) or on the supported index: the fewest "
        "evidence items to add",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("target", help="show or set the target index (and monitoring threshold)")
    p.add_argument("workspace")
    p.add_argument("index", nargs="?", help="the target index, e.g. 3.00 (omit to show it)")
    p.add_argument("--threshold", help="OPDs below this stand out in monitoring (default: target)")
    p.add_argument("--clear", action="store_true", help="remove the target and threshold")
    p.set_defaults(func=cmd_target)


def cmd_plan(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from spbe_desktop.core.instrument.pack import text
    from spbe_desktop.core.instrument.planner import plan_to_target
    from spbe_desktop.core.workspace.workspace import Workspace

    try:
        target = Decimal(args.target.replace(",", "."))
    except InvalidOperation:
        raise UsageErrorMessage(f"--target {args.target!r} is not a number") from None
    with Workspace.open(args.workspace, read_only=True) as ws:
        inst = ws.instrument
        if not inst.level_min <= target <= inst.level_max:
            raise UsageErrorMessage(
                f"--target must lie between {inst.level_min} and {inst.level_max}"
            )
        locked = [inst.indicator(ref).id for ref in args.lock.split(",") if ref.strip()]
        if args.basis == "supported":
            return plan_supported(args, ws, target, locked)
        values = plan_values(ws)
        plan = plan_to_target(inst, values, target, locked)
    if args.json:
        print_json(plan.as_json())
        return 0
    from spbe_desktop.core.figures import figure

    before, goal = (figure(v, args.lang, inst.decimals) for v in (plan.index_before, target))
    after = figure(plan.index_after, args.lang, inst.decimals)
    mark = "*" if plan.assumed else ""
    say(
        args,
        f"Indeks sekarang {before}{mark}; target {goal}.",
        f"Index now {before}{mark}; target {goal}.",
    )
    if plan.assumed:
        from spbe_desktop.core.instrument.marks import assumed_summary

        ids = [inst.indicator(n).id for n in plan.assumed]
        print(f"* {assumed_summary(inst, ids, args.lang)}")
    for r in plan.raises:
        ind = inst.indicator(r.id)
        print(
            f"  {r.indicator:>3}  {r.level_from:g} → {r.level_to:g}  "
            f"(bobot {ind.weight}%)  {text(ind.short_name, args.lang)}"
        )
    if plan.reachable:
        say(
            args,
            f"{plan.steps} kenaikan level menghasilkan indeks {after}.",
            f"{plan.steps} level raises give an index of {after}.",
        )
        return 0
    say(
        args,
        f"Target tidak tercapai: paling tinggi {after} dengan indikator yang tidak dikunci.",
        f"The target cannot be reached: at most {after} with the indicators that are not locked.",
    )
    return 0


def cmd_target(args: argparse.Namespace) -> int:
    from spbe_desktop.core.figures import figure
    from spbe_desktop.core.targets import META_THRESHOLD, set_targets, targets
    from spbe_desktop.core.workspace.workspace import Workspace

    from .common import open_for_writing

    if args.clear or args.index is not None or args.threshold is not None:
        with open_for_writing(args.workspace) as ws:
            current = targets(ws)[0]
            index = None if args.clear else (args.index if args.index is not None else current)
            edge = args.threshold if args.threshold is not None else ws.meta(META_THRESHOLD)
            set_targets(ws, index, None if args.clear else edge)
            target, threshold = targets(ws)
    else:
        with Workspace.open(args.workspace, read_only=True) as ws:
            target, threshold = targets(ws)
    shown, edge = figure(target, args.lang) or "–", figure(threshold, args.lang) or "–"
    say(
        args,
        f"Target indeks: {shown}; ambang: {edge}.",
        f"Target index: {shown}; threshold: {edge}.",
    )
    return 0


def plan_values(ws):
    """The values a plan starts from: an OPD's own answers, or the consolidated ones."""
    if ws.info.kind == "coordinator":
        from spbe_desktop.core.coordinator.store import consolidation

        return consolidation(ws).values
    return ws.values()


def plan_supported(args: argparse.Namespace, ws, target, locked: list[str]) -> int:
    """`--basis supported`: which items still need evidence (and which claims must rise)."""
    from spbe_desktop.core.evidence.items import all_items, item_ref
    from spbe_desktop.core.evidence.support import plan_on_support
    from spbe_desktop.core.instrument.pack import text

    if ws.info.kind == "coordinator":
        raise UsageErrorMessage("--basis supported plans an OPD workspace's own evidence")
    plan = plan_on_support(ws, target, locked)
    data = plan.as_json()
    if args.json:
        print_json(data)
        return 0
    items = all_items(ws)
    say(
        args,
        f"Indeks berbukti sekarang {data['index_before']:.2f}; target {target}.",
        f"Supported index now {data['index_before']:.2f}; target {target}.",
    )
    for step in plan.steps:
        ind = ws.instrument.indicator(step.id)
        claim = " (naikkan klaim)" if step.claim_raise and args.lang != "en" else ""
        claim = " (raise the claim)" if step.claim_raise and args.lang == "en" else claim
        print(
            f"  {step.indicator:>3}  {step.level_from:g} → {step.level_to:g}{claim}  "
            f"{text(ind.short_name, args.lang)}"
        )
        for level, number in step.items:
            item = next(it for it in items[step.id][level] if it.number == number)
            ref = item_ref(level, number, step.indicator)
            print(f"         {ref}  {text(item.text, args.lang)}")
    if plan.reachable:
        say(
            args,
            f"{plan.items_to_add} butir perlu bukti; indeks berbukti menjadi {data['index_display']}.",
            f"{plan.items_to_add} items need evidence; the supported index becomes "
            f"{data['index_display']}.",
        )
    else:
        say(
            args,
            f"Target tidak tercapai: paling tinggi {data['index_display']} dengan indikator yang "
            "tidak dikunci.",
            f"The target cannot be reached: at most {data['index_display']} with the indicators "
            "that are not locked.",
        )
    return 0
