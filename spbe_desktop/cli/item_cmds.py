"""Evidence items: `spbe item add | import | age | note | retire | list` (a contract:
docs/architecture.md, "The `spbe` command")."""

from __future__ import annotations

import argparse

from .common import open_for_writing, print_json, say


def register(sub: argparse._SubParsersAction) -> None:
    item = sub.add_parser("item", help="evidence items (butir data dukung) per level")
    isub = item.add_subparsers(dest="item_command", required=True)

    p = isub.add_parser("add", help="add an item to a level; prints its number")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("--level", type=int, required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--code", help="the portal's code of the item")
    p.add_argument(
        "--max-age-months",
        type=int,
        help="how recent its evidence must be, in months (the evidence check warns when older)",
    )
    p.set_defaults(func=cmd_add)

    p = isub.add_parser("import", help="items from a sheet copied from the portal")
    p.add_argument("workspace")
    p.add_argument("--from", dest="from_file", required=True, help="XLSX or CSV")
    p.add_argument(
        "--retire-others",
        action="store_true",
        help="retire the items of each level in the sheet that it does not list",
    )
    p.set_defaults(func=cmd_import)

    p = isub.add_parser("age", help="how recent an own item's evidence must be")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("--level", type=int, required=True)
    p.add_argument("--item", type=int, required=True)
    age = p.add_mutually_exclusive_group(required=True)
    age.add_argument("--months", type=int, help="at most this many months old (1-240)")
    age.add_argument("--any-age", action="store_true", help="evidence of any age")
    p.set_defaults(func=cmd_age)

    p = isub.add_parser("note", help="an item's note for the portal, with page references")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("--level", type=int, required=True)
    p.add_argument("--item", type=int, required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--pages", help='page references, e.g. "hal. 3-5"')
    p.set_defaults(func=cmd_note)

    p = isub.add_parser("retire", help="take an item out of use (its number stays)")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("--level", type=int, required=True)
    p.add_argument("--item", type=int, required=True)
    p.add_argument("--restore", action="store_true", help="put a retired item back in use")
    p.set_defaults(func=cmd_retire)

    p = isub.add_parser("list", help="the items of every level, with their evidence")
    p.add_argument("workspace")
    p.add_argument("indicator", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.items import add_item

    with open_for_writing(args.workspace) as ws:
        item = add_item(
            ws, args.indicator, args.level, args.text, args.code, max_age_months=args.max_age_months
        )
    print(item.number)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.item_import import import_items
    from spbe_desktop.core.evidence.items import item_ref

    with open_for_writing(args.workspace) as ws:
        result = import_items(ws, args.from_file, retire_others=args.retire_others)
        numbers = {i.id: i.number for i in ws.instrument.indicators}
    say(
        args,
        f"{len(result.added)} butir ditambahkan, {result.already} sudah ada, "
        f"{len(result.retired)} butir lain tidak dipakai lagi.",
        f"{len(result.added)} items added, {result.already} already there, "
        f"{len(result.retired)} other items retired.",
    )
    for it in result.added:
        print(f"  {item_ref(it.level, it.number, numbers[it.indicator_id])}  {it.text['id']}")
    if result.updated:
        say(
            args,
            f"Umur maks {len(result.updated)} butir yang sudah ada diperbarui.",
            f"The maximum age of {len(result.updated)} items already there was updated.",
        )
    return 0


def cmd_age(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.items import set_max_age

    months = None if args.any_age else args.months
    with open_for_writing(args.workspace) as ws:
        ind = ws.instrument.indicator(args.indicator)
        set_max_age(ws, ind.id, args.level, args.item, months)
    shown_id = f"paling lama {months} bulan" if months else "umur bebas"
    shown_en = f"at most {months} months old" if months else "any age"
    say(
        args,
        f"Bukti butir {args.item} level {args.level} indikator {ind.number}: {shown_id}.",
        f"Evidence of item {args.item}, level {args.level}, indicator {ind.number}: {shown_en}.",
    )
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.items import set_item_note

    with open_for_writing(args.workspace) as ws:
        ind = ws.instrument.indicator(args.indicator)
        set_item_note(ws, ind.id, args.level, args.item, args.text, args.pages)
    say(
        args,
        f"Catatan butir {args.item} level {args.level} indikator {ind.number} disimpan.",
        f"Note of item {args.item}, level {args.level}, indicator {ind.number} saved.",
    )
    return 0


def cmd_retire(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.items import restore_item, retire_item

    with open_for_writing(args.workspace) as ws:
        ind = ws.instrument.indicator(args.indicator)
        change = restore_item if args.restore else retire_item
        change(ws, ind.id, args.level, args.item)
    if args.restore:
        say(
            args,
            f"Butir {args.item} level {args.level} indikator {ind.number} dipakai lagi.",
            f"Item {args.item}, level {args.level}, indicator {ind.number} is in use again.",
        )
    else:
        say(
            args,
            f"Butir {args.item} level {args.level} indikator {ind.number} tidak dipakai lagi "
            "(nomornya tetap).",
            f"Item {args.item}, level {args.level}, indicator {ind.number} retired "
            "(its number stays).",
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.items import item_ref
    from spbe_desktop.core.status import status_data
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        data = status_data(ws, args.lang)
        wanted = ws.instrument.indicator(args.indicator).id if args.indicator else None
    rows = [i for i in data["indicators"] if wanted in (None, i["id"])]
    if args.json:
        print_json([{"number": i["number"], "id": i["id"], "items": i["items"]} for i in rows])
        return 0
    for ind in rows:
        print(
            f"{ind['number']:>3} {ind['name']}  (level {ind['level'] or '-'}, "
            f"{'supported' if args.lang == 'en' else 'berbukti'} {ind['supported_level']})"
        )
        for it in ind["items"]:
            mark = "x" if it["retired"] else str(it["evidence_count"])
            code = f" [{it['code']}]" if it["code"] else ""
            if months := it.get("max_age_months"):
                code += (
                    f" · at most {months} months old"
                    if args.lang == "en"
                    else f" · paling lama {months} bulan"
                )
            print(f"      {item_ref(it['level'], it['number'])} {mark:>2}  {it['text']}{code}")
    return 0
