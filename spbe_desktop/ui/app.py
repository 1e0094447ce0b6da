"""Starting the GUI: command line, application object, language, crash handler, first window."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from spbe_desktop import APP_NAME, __version__

READY_MARKER = "SPBE-DESKTOP-READY"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="spbe-desktop", description=APP_NAME)
    parser.add_argument("workspace", nargs="?", help="workspace file (.spbews) to open")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument(
        "--demo-if-none",
        action="store_true",
        help="open the last workspace used, or the demo workspace if there is none",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then quit"
    )
    # Starts, shows the window, prints a marker once idle and quits (start-up benchmark).
    parser.add_argument("--benchmark-startup", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


class Controller:
    """Owns the main window; rebuilds it when the language changes."""

    def __init__(self, settings, lang: str) -> None:
        self.settings = settings
        self.window = self._make_window(lang)

    def _make_window(self, lang: str):
        from .main_window import MainWindow

        window = MainWindow(self.settings, lang)
        window.languageRequested.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        from . import i18n

        i18n.install(lang)
        old = self.window
        session, current = old.take_session()
        self.window = self._make_window(lang)
        self.window.restoreGeometry(old.saveGeometry())
        if old.isMaximized():
            self.window.showMaximized()
        else:
            self.window.show()
        if session is not None:
            self.window.set_session(session, current)
        old.close()
        old.deleteLater()


def startup_target(args: argparse.Namespace, settings) -> str | None:
    """What to open: a path, "demo", or None for the welcome screen."""
    if args.workspace:
        return args.workspace
    if args.demo:
        return "demo"
    if args.demo_if_none:
        last = settings.last_workspace()
        return last if last and Path(last).exists() else "demo"
    return None


def _print_ready_and_quit() -> None:
    """The start-up benchmark's end: the window has painted its first frame."""
    from PySide6.QtWidgets import QApplication

    print(READY_MARKER, flush=True)
    QApplication.quit()


def _started(benchmark: bool) -> None:
    """The first frame is painted. What start-up built stays for the whole session: the cyclic
    garbage collector, off while it was built, is turned back on without ever scanning it."""
    gc.freeze()
    gc.enable()
    if benchmark:
        _print_ready_and_quit()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    gc.disable()  # start-up allocates a great deal and frees little: see `_started`
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    from .forms import BUILD_HINT, missing

    if missing():
        print(BUILD_HINT, file=sys.stderr)
        return 1
    from .system_libraries import start_check

    libraries = start_check()  # answers before the application object loads Qt's plugin
    from .qt_environment import prepare

    prepare()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import crash, i18n, tasks
    from .first_frame import after_first_frame
    from .settings import AppSettings

    if problem := libraries():
        print(problem.message(args.lang or AppSettings().language()), file=sys.stderr)
        return 1

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from spbe_desktop.core.paths import resource_dir

    app.setWindowIcon(QIcon(str(resource_dir() / "icons" / "spbe-desktop.png")))
    if args.self_test:
        from .selftest import gui_self_test

        gc.enable()
        return gui_self_test(app)
    crash.install_excepthook()
    settings = AppSettings()
    lang = args.lang or settings.language()
    i18n.install(lang)
    controller = Controller(settings, lang)
    window = controller.window
    geometry = settings.geometry()
    if geometry:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 720)
    tasks.hold_workers()  # what the first page asks for (a preview) waits for its first frame
    target = startup_target(args, settings)
    if target and target != "demo":
        window.show_opening(target)
    else:
        window.show()
    after_first_frame(window, lambda: _started(args.benchmark_startup))
    if not settings.tour_shown() and not args.benchmark_startup:
        from .tour import first_start

        QTimer.singleShot(300, lambda: first_start(controller.window, target == "demo"))
    elif target == "demo":
        window.commands.files.demo()
    code = app.exec()
    tasks.shutdown()
    crash.log.info("exit %s", code)
    return code
