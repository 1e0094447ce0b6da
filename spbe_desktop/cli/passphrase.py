"""The passphrase for signing: from SPBE_PASSPHRASE, else asked at the terminal, never waited for."""

from __future__ import annotations

import argparse
import os
import sys

from spbe_desktop.core.errors import InputError


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    value = os.environ.get("SPBE_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise InputError(
            "Kata sandi kunci diperlukan: isi variabel SPBE_PASSPHRASE atau jalankan di terminal.",
            "The key passphrase is needed: set SPBE_PASSPHRASE or run this in a terminal.",
            code="PASSPHRASE_REQUIRED",
        )
    import getpass

    en = args.lang == "en"
    value = getpass.getpass("Passphrase: " if en else "Kata sandi: ")
    if confirm and getpass.getpass("Again: " if en else "Ulangi: ") != value:
        raise InputError(
            "Kedua kata sandi tidak sama.",
            "The two passphrases differ.",
            code="PASSPHRASE_MISMATCH",
        )
    return value
