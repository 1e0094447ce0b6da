"""The `spbe` command: a thin shell over the core (its contract: docs/architecture.md, "The `spbe`
command").

Exit codes: 0 success, 1 the operation failed, 2 bad usage. Errors are one plain sentence on
stderr (a traceback only with --debug). The command modules are imported here, plainly; the heavy
modules (reportlab, pydantic, cryptography, openpyxl) are imported inside the commands that need
them, so that `spbe --help` and `spbe status` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from spbe_desktop import __version__

from . import (
    assessor_cmds,
    coord_cmds,
    crosswalk_cmds,
    guide_cmds,
    item_cmds,
    package_cmds,
    plan_cmds,
    portal_cmds,
    selftest_cmds,
    workspace_cmds,
)
from .common import UsageErrorMessage

# Each module adds its subcommands through register(subparsers), in this order.
COMMAND_MODULES = (
    workspace_cmds,
    item_cmds,
    portal_cmds,
    plan_cmds,
    coord_cmds,
    selftest_cmds,
    package_cmds,
    crosswalk_cmds,
    guide_cmds,
    assessor_cmds,
)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit(2) itself
        raise UsageError(message)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, the root and that one command's parser (the whole
    one when there is no such command). Building the parsers of all hundred-odd commands took
    a third of a quick command's run."""
    parser = _Parser(prog="spbe", description="SPBE Desktop: self-assessment from the terminal.")
    parser.add_argument("--version", action="version", version=f"spbe {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    target = sub if only is None else _OneCommand(sub, only)
    for module in COMMAND_MODULES:
        module.register(target)
    if only is not None and only not in sub.choices:
        return build_parser()  # a mistyped command: the message lists them all
    return parser


class _OneCommand:
    """What the command modules register into when one command was asked for: its parser is
    built, every other command's declarations are taken and dropped."""

    def __init__(self, sub: argparse._SubParsersAction, name: str) -> None:
        self._sub = sub
        self._name = name

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser | _Dropped:
        if name == self._name:
            return self._sub.add_parser(name, **kwargs)
        return _DROPPED


class _Dropped:
    """A command not asked for: anything declared on it (arguments, groups, defaults, nested
    commands) is accepted and dropped."""

    def __getattr__(self, _name: str):
        return lambda *args, **kwargs: self


_DROPPED = _Dropped()


def command_word(argv: Sequence[str]) -> str | None:
    """The command asked for, when the words before it are only the root's own options; None
    otherwise (help, version, no command: the whole command line is built)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--lang":
            skip = True
        elif word == "--debug" or word.startswith("--lang="):
            continue
        elif word.startswith("-"):
            return None
        else:
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _lang(args_list)
    parser = build_parser(command_word(args_list))
    try:
        args = parser.parse_args(args_list)
    except UsageError as exc:
        build_parser().print_usage(sys.stderr)  # the whole command line's usage
        print(f"spbe: {exc}", file=sys.stderr)
        return 2
    args.lang = lang
    from spbe_desktop.core.errors import SpbeError

    try:
        code = args.func(args) or 0
        sys.stdout.flush()  # a reader that went away is noticed here, not at exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except UsageErrorMessage as exc:
        build_parser().print_usage(sys.stderr)
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


def _reader_gone() -> int:
    """The reader of the output stopped (`spbe status ws | head -3`): end quietly, as other
    command-line tools do. As Python's documentation advises, stdout is pointed at devnull so
    that the final flush at exit does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1


def _unexpected(exc: Exception, lang: str) -> str:
    from spbe_desktop.core.errors import disk_full, is_disk_full

    if is_disk_full(exc):
        filename = getattr(exc, "filename", None)
        name = Path(filename).name.removesuffix(".part") if filename else "-"
        return disk_full(name).message(lang)
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
