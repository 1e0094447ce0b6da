"""`spbe guide`: the user guide (Panduan Pengguna) as PDF, with screenshots of this app taken on
the demo data as it runs. Needs no display: Qt draws off-screen unless a platform is set."""

from __future__ import annotations

import argparse
import os

from .common import say, text_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("guide", help="write the user guide (PDF) with current screenshots")
    p.add_argument("--out", required=True, help="the PDF to write, e.g. panduan.pdf")
    p.set_defaults(func=cmd_guide)


def cmd_guide(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from spbe_desktop.ui import i18n
    from spbe_desktop.ui.forms import BUILD_HINT, missing
    from spbe_desktop.ui.guide_maker import make_guide
    from spbe_desktop.ui.main_window import MainWindow

    if missing():
        print(BUILD_HINT)
        return 1
    from spbe_desktop.ui.qt_environment import prepare

    prepare()
    app = QApplication.instance() or QApplication(["spbe"])
    i18n.install(args.lang)
    path = make_guide(args.out, args.lang, MainWindow, text_progress())
    from pypdf import PdfReader

    pages = len(PdfReader(path).pages)
    say(
        args,
        f"Panduan ditulis: {path} ({pages} halaman).",
        f"Guide written: {path} ({pages} pages).",
    )
    del app
    return 0
