"""The `spbe` command: a thin shell over the core (contract in DESIGN.md §8).

Exit codes: 0 success, 1 the operation failed, 2 bad usage. Errors are one plain sentence on
stderr (a traceback only with --debug). Heavy modules are imported inside the commands that need
them, so that `spbe status` starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit(2) itself
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="spbe", description="SPBE Desktop: self-assessment from the terminal.")
    parser.add_argument("--version", action="version", version=f"spbe {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("instruments", help="list the instrument packs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_instruments)

    p = sub.add_parser("init", help="create an OPD workspace")
    p.add_argument("workspace")
    p.add_argument("--opd", required=True, help="the OPD's name")
    p.add_argument("--instrument", help="pack id (default: the one for the period)")
    p.add_argument("--period", type=int, help="evaluation year (default: this year)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("answer", help="set the level and note of indicators")
    p.add_argument("workspace")
    p.add_argument("indicator", nargs="?", help="number (e.g. 7) or id (e.g. I07)")
    p.add_argument("--level", type=int)
    p.add_argument("--note")
    p.add_argument("--score", help="the other agency's index score (indicators valued from one)")
    p.add_argument("--service", help="the name of a sectoral service the OPD chooses")
    p.add_argument("--from", dest="from_file", help="CSV or XLSX with indicator, level, note")
    p.set_defaults(func=cmd_answer)

    p = sub.add_parser("attach", help="attach evidence files to an indicator")
    p.add_argument("workspace")
    p.add_argument("indicator")
    p.add_argument("files", nargs="+")
    p.add_argument("--level", type=int, help="the level this evidence supports")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("status", help="progress, index and predicate")
    p.add_argument("workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _lang(args_list)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"spbe: {exc}", file=sys.stderr)
        return 2
    args.lang = lang
    from .core.errors import SpbeError

    try:
        return args.func(args) or 0
    except UsageErrorMessage as exc:
        parser.print_usage(sys.stderr)
        print(f"spbe: {exc}", file=sys.stderr)
        return 2
    except SpbeError as exc:
        if args.debug:
            raise
        print(exc.message(lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan." if lang == "id" else "Cancelled.", file=sys.stderr)
        return 1
    except Exception as exc:
        if args.debug:
            raise
        print(_unexpected(exc, lang), file=sys.stderr)
        return 1


def _lang(argv: list[str]) -> str:
    if "--lang" in argv:
        i = argv.index("--lang")
        if i + 1 < len(argv) and argv[i + 1] in ("id", "en"):
            return argv[i + 1]
    return "en" if os.environ.get("SPBE_LANG", "id").startswith("en") else "id"


def _unexpected(exc: Exception, lang: str) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        if lang == "en":
            return f"System error: {exc.strerror}{where}. Nothing was changed."
        return f"Kesalahan sistem: {exc.strerror}{where}. Tidak ada yang diubah."
    if lang == "en":
        return (
            f"Unexpected error ({type(exc).__name__}: {exc}); run again with --debug for details."
        )
    return f"Kesalahan tak terduga ({type(exc).__name__}: {exc}); ulangi dengan --debug."


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def _say(args: argparse.Namespace, indonesian: str, english: str) -> None:
    print(english if args.lang == "en" else indonesian)


# Commands -----------------------------------------------------------------------------------


def cmd_instruments(args: argparse.Namespace) -> int:
    from .core.instrument import available_packs, text

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
        _print_json(rows)
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

    from .core.instrument import default_pack_id, pack_by_id
    from .core.workspace import Workspace

    period = args.period or date.today().year
    instrument = pack_by_id(args.instrument or default_pack_id(period))
    ws = Workspace.create(args.workspace, opd_name=args.opd, instrument=instrument, period=period)
    ws.close()
    _say(
        args,
        f"Ruang kerja dibuat: {args.workspace} ({instrument.id}, {len(instrument.indicators)} "
        f"indikator, periode {period}).",
        f"Workspace created: {args.workspace} ({instrument.id}, {len(instrument.indicators)} "
        f"indicators, period {period}).",
    )
    return 0


def cmd_answer(args: argparse.Namespace) -> int:

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
        from .core.answer_import import parse_answers, read_rows

        rows = read_rows(args.from_file)
        with _open_for_writing(args.workspace) as ws:
            changes = parse_answers(ws.instrument, rows)
            count = ws.set_answers(changes)
            answered = ws.score().answered
            total = len(ws.instrument.indicators)
        _say(
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
        fields["note"] = args.note
    if args.service is not None:
        fields["slot_name"] = args.service
    if args.score is not None:
        try:
            fields["external_score"] = Decimal(args.score.replace(",", "."))
        except InvalidOperation:
            raise UsageErrorMessage(f"--score {args.score!r} is not a number") from None
    with _open_for_writing(args.workspace) as ws:
        answer = ws.set_answer(args.indicator, **fields)
        ind = ws.instrument.indicator(args.indicator)
    level = answer.level if answer.level is not None else "-"
    _say(
        args,
        f"Indikator {ind.number}: level {level} disimpan.",
        f"Indicator {ind.number}: level {level} saved.",
    )
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from .core.evidence import attach_file, check_readable_file

    with _open_for_writing(args.workspace) as ws:
        ind = ws.instrument.indicator(args.indicator)
        if args.level is not None:
            ws.instrument.check_level(args.level)
        for name in args.files:
            check_readable_file(Path(name))
        with ws.transaction():  # all the files, or none
            items = [
                attach_file(ws, ind.id, name, level=args.level, progress=_text_progress())
                for name in args.files
            ]
        for item in items:
            _say(
                args,
                f"Dilampirkan ke indikator {ind.number}: {item.original_name} "
                f"({item.size} bita, sha256 {item.sha256[:12]}).",
                f"Attached to indicator {ind.number}: {item.original_name} "
                f"({item.size} bytes, sha256 {item.sha256[:12]}).",
            )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from .core.status import status_data
    from .core.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        data = status_data(ws, args.lang)
    if args.json:
        _print_json(data)
        return 0
    print(_status_table(data, args.lang))
    return 0


# Helpers ------------------------------------------------------------------------------------


class UsageErrorMessage(Exception):
    """Bad usage found after parsing: reported like an argparse error (exit 2)."""


def _open_for_writing(path: str):
    from .core.workspace import Workspace

    ws = Workspace.open(path)
    try:
        ws.require_writable()
    except BaseException:
        ws.close()
        raise
    return ws


def _text_progress() -> Callable[[int, int, str], None]:
    if not sys.stderr.isatty():
        return lambda done, total, message: None

    def show(done: int, total: int, message: str) -> None:
        share = done / total if total else 1.0
        print(f"\r{message[:40]:<40} {share:6.1%}", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)

    return show


def _status_table(data: dict, lang: str) -> str:
    en = lang == "en"
    lines = [
        f"OPD: {data['opd']}   "
        f"{'Period' if en else 'Periode'}: {data['period']}   "
        f"{'Instrument' if en else 'Instrumen'}: {data['instrument']}",
        f"{'Answered' if en else 'Terjawab'}: {data['answered']}/{data['indicators_total']}   "
        f"{'Evidence' if en else 'Bukti dukung'}: {data['evidence_total']}",
    ]
    if data["index_display"] is not None:
        lines.append(f"{'Index' if en else 'Indeks'}: {data['index_display']}  {data['predicate']}")
    elif data["provisional_display"] is not None:
        label = "Provisional index" if en else "Indeks sementara"
        lines.append(f"{label}: {data['provisional_display']}  {data['predicate']}")
    else:
        lines.append("No indicator answered yet." if en else "Belum ada indikator yang dijawab.")
    lines.append("")
    for group in data["domains"] + data["aspects"]:
        shown = group["index_display"] or "-"
        lines.append(
            f"{group['id']:<4} {shown:>5}  {group['answered']:>2}/{group['total']:<2} {group['name']}"
        )
    lines.append("")
    for ind in data["indicators"]:
        value = ind["value"]
        shown = "-" if value is None else (f"{value:g}")
        lines.append(
            f"{ind['number']:>3} {ind['id']:<4} {shown:>5}  "
            f"{'ev' if en else 'bd'}:{ind['evidence_count']:<3} {ind['name']}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
