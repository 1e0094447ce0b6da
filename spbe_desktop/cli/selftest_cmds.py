"""`spbe self-test`: check that this installation (or frozen build) works end to end."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check that this installation works end to end")
    p.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    from spbe_desktop.core.selftest import run_self_test

    return 0 if run_self_test() else 1
