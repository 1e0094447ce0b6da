"""Every menu and toolbar command of the main window, declared in one table.

Adding a command (export, print, verify…) is one row here, whose `run` names the method of the
window's command objects (`commands.Commands`) that carries it out; menus, toolbar, shortcuts and
enabling follow from the row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from .commands import Commands

Key = QKeySequence.StandardKey
Run = Callable[["Commands"], Callable[[], None]]


class MenuSpec(NamedTuple):
    key: str
    title: str


class ActionSpec(NamedTuple):
    key: str  # names the action (`actions_by_key`); "-" is a separator
    menu: str
    text: str = ""
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    toolbar: bool = False
    needs_workspace: bool = False  # enabled only while a workspace is open
    needs_writable: bool = False  # … and not read-only
    translate: bool = True  # language names are shown in their own language
    submenu: bool = False  # a menu filled by the window (recent workspaces)
    run: Run | None = None  # the command it triggers, from the window's command objects


MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    MenuSpec("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    MenuSpec("package", QT_TRANSLATE_NOOP("Actions", "&Package")),
    MenuSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language")),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS = (
    ActionSpec(
        "new",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&New workspace…"),
        (Key.New,),
        True,
        run=lambda c: c.files.new,
    ),
    ActionSpec(
        "open",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Open workspace…"),
        (Key.Open,),
        True,
        run=lambda c: c.files.open,
    ),
    ActionSpec("recent", "file", QT_TRANSLATE_NOOP("Actions", "Open &recent"), submenu=True),
    ActionSpec(
        "demo",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Open the &demo workspace"),
        run=lambda c: c.files.demo,
    ),
    ActionSpec(
        "coordinator_demo",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Open the coordinator de&mo"),
        run=lambda c: c.files.coordinator_demo,
    ),
    ActionSpec(
        "close_workspace",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Close workspace"),
        ("Ctrl+W",),
        needs_workspace=True,
        run=lambda c: c.files.close_workspace,
    ),
    ActionSpec("-", "file"),
    ActionSpec(
        "restore_backup",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Restore a &backup…"),
        run=lambda c: c.backups.restore_backup,
    ),
    ActionSpec("-", "file"),
    ActionSpec(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        run=lambda c: c.files.quit,
    ),
    ActionSpec(
        "undo",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        (Key.Undo,),
        False,
        True,
        run=lambda c: c.edit.undo,
    ),
    ActionSpec(
        "redo",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        (Key.Redo,),
        False,
        True,
        run=lambda c: c.edit.redo,
    ),
    ActionSpec("-", "edit"),
    ActionSpec(
        "attach",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Attach evidence…"),
        ("Ctrl+Shift+A",),
        True,
        True,
        True,
        run=lambda c: c.edit.attach,
    ),
    ActionSpec(
        "import_items",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Import the portal's item &list…"),
        needs_workspace=True,
        needs_writable=True,
        run=lambda c: c.edit.import_items,
    ),
    ActionSpec(
        "overview",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Overview"),
        ("Ctrl+0",),
        True,
        True,
        run=lambda c: c.edit.overview,
    ),
    ActionSpec(
        "previous",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Previous indicator"),
        ("Ctrl+PgUp", "Alt+Up"),
        True,
        True,
        run=lambda c: c.edit.previous,
    ),
    ActionSpec(
        "next",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Next indicator"),
        ("Ctrl+PgDown", "Alt+Down"),
        True,
        True,
        run=lambda c: c.edit.next,
    ),
    ActionSpec("-", "go"),
    ActionSpec(
        "focus_navigator",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Go to the indicator &list"),
        ("Ctrl+L",),
        needs_workspace=True,
        run=lambda c: c.edit.focus_navigator,
    ),
    ActionSpec(
        "focus_justification",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Go to the &justification"),
        ("Ctrl+J",),
        needs_workspace=True,
        run=lambda c: c.edit.focus_justification,
    ),
    ActionSpec(
        "export",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Export package…"),
        ("Ctrl+E",),
        True,
        True,
        True,
        run=lambda c: c.packages.export,
    ),
    ActionSpec(
        "print_summary",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Print summary…"),
        (Key.Print,),
        True,
        True,
        run=lambda c: c.packages.print_summary,
    ),
    ActionSpec(
        "portal",
        "package",
        QT_TRANSLATE_NOOP("Actions", "Write the p&ortal folder…"),
        needs_workspace=True,
        run=lambda c: c.packages.portal_folder,
    ),
    ActionSpec(
        "verify",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Verify package…"),
        run=lambda c: c.packages.verify,
    ),
    ActionSpec("-", "package"),
    ActionSpec(
        "open_assignment",
        "package",
        QT_TRANSLATE_NOOP("Actions", "Open &assignment…"),
        run=lambda c: c.exchange.open_assignment,
    ),
    ActionSpec(
        "receive_review",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Receive receipt / review…"),
        needs_workspace=True,
        needs_writable=True,
        run=lambda c: c.exchange.receive_review,
    ),
    ActionSpec(
        "import_assessment",
        "package",
        QT_TRANSLATE_NOOP("Actions", "Import internal &assessment…"),
        needs_workspace=True,
        needs_writable=True,
        run=lambda c: c.exchange.import_assessment,
    ),
    ActionSpec("-", "package"),
    ActionSpec(
        "plan",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Target plan…"),
        needs_workspace=True,
        run=lambda c: c.exchange.plan,
    ),
    ActionSpec(
        "change_passphrase",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Change key passphrase…"),
        needs_workspace=True,
        needs_writable=True,
        run=lambda c: c.packages.change_passphrase,
    ),
    ActionSpec(
        "lang_id", "language", "&Bahasa Indonesia", translate=False, run=lambda c: c.files.lang_id
    ),
    ActionSpec("lang_en", "language", "&English", translate=False, run=lambda c: c.files.lang_en),
    ActionSpec(
        "help_screen",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&Help for this screen"),
        ("F1",),
        run=lambda c: c.help.screen,
    ),
    ActionSpec(
        "help_contents",
        "help",
        QT_TRANSLATE_NOOP("Actions", "Help &contents"),
        run=lambda c: c.help.contents,
    ),
    ActionSpec(
        "tour", "help", QT_TRANSLATE_NOOP("Actions", "Short &tour"), run=lambda c: c.help.tour
    ),
    ActionSpec(
        "guide",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&User guide (PDF)…"),
        run=lambda c: c.help.guide,
    ),
    ActionSpec("-", "help"),
    ActionSpec(
        "about",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&About SPBE Desktop"),
        run=lambda c: c.files.about,
    ),
)
