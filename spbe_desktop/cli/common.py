"""What every command module of the `spbe` command shares: printing, usage errors, opening a
workspace for writing and a progress line on a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def say(args: argparse.Namespace, indonesian: str, english: str) -> None:
    print(english if args.lang == "en" else indonesian)


class UsageErrorMessage(Exception):
    """Bad usage found after parsing: reported like an argparse error (exit 2)."""


def open_for_writing(path: str):
    from spbe_desktop.core.workspace.workspace import Workspace

    ws = Workspace.open(path)
    try:
        ws.require_writable()
    except BaseException:
        ws.close()
        raise
    return ws


def text_progress() -> Callable[[int, int, str], None]:
    if not sys.stderr.isatty():
        return lambda done, total, message: None

    def show(done: int, total: int, message: str) -> None:
        share = done / total if total else 1.0
        print(f"\r{message[:40]:<40} {share:6.1%}", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)

    return show
