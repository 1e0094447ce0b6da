"""Every menu and toolbar command of the main window, declared in one table.

Adding a command (export, print, verify…) is one row here plus a `do_<key>` method on the window;
menus, toolbar, shortcuts and enabling follow from the row."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey


class MenuSpec(NamedTuple):
    key: str
    title: str


class ActionSpec(NamedTuple):
    key: str  # the window's do_<key> method runs it; "-" is a separator
    menu: str
    text: str = ""
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    toolbar: bool = False
    needs_workspace: bool = False  # enabled only while a workspace is open
    needs_writable: bool = False  # … and not read-only
    translate: bool = True  # language names are shown in their own language
    submenu: bool = False  # a menu filled by the window (recent workspaces)


MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    MenuSpec("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    MenuSpec("package", QT_TRANSLATE_NOOP("Actions", "&Package")),
    MenuSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language")),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS = (
    ActionSpec("new", "file", QT_TRANSLATE_NOOP("Actions", "&New workspace…"), (Key.New,), True),
    ActionSpec("open", "file", QT_TRANSLATE_NOOP("Actions", "&Open workspace…"), (Key.Open,), True),
    ActionSpec("recent", "file", QT_TRANSLATE_NOOP("Actions", "Open &recent"), submenu=True),
    ActionSpec("demo", "file", QT_TRANSLATE_NOOP("Actions", "Open the &demo workspace")),
    ActionSpec(
        "coordinator_demo", "file", QT_TRANSLATE_NOOP("Actions", "Open the coordinator de&mo")
    ),
    ActionSpec(
        "close_workspace",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Close workspace"),
        ("Ctrl+W",),
        needs_workspace=True,
    ),
    ActionSpec("-", "file"),
    ActionSpec("restore_backup", "file", QT_TRANSLATE_NOOP("Actions", "Restore a &backup…")),
    ActionSpec("-", "file"),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,), False, True),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo,), False, True),
    ActionSpec("-", "edit"),
    ActionSpec(
        "attach",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Attach evidence…"),
        ("Ctrl+Shift+A",),
        True,
        True,
        True,
    ),
    ActionSpec(
        "overview", "go", QT_TRANSLATE_NOOP("Actions", "&Overview"), ("Ctrl+0",), True, True
    ),
    ActionSpec(
        "previous",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Previous indicator"),
        ("Ctrl+PgUp", "Alt+Up"),
        True,
        True,
    ),
    ActionSpec(
        "next",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Next indicator"),
        ("Ctrl+PgDown", "Alt+Down"),
        True,
        True,
    ),
    ActionSpec("-", "go"),
    ActionSpec(
        "focus_navigator",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Go to the indicator &list"),
        ("Ctrl+L",),
        needs_workspace=True,
    ),
    ActionSpec(
        "focus_justification",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Go to the &justification"),
        ("Ctrl+J",),
        needs_workspace=True,
    ),
    ActionSpec(
        "export",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Export package…"),
        ("Ctrl+E",),
        True,
        True,
        True,
    ),
    ActionSpec(
        "print_summary",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Print summary…"),
        (Key.Print,),
        True,
        True,
    ),
    ActionSpec("verify", "package", QT_TRANSLATE_NOOP("Actions", "&Verify package…")),
    ActionSpec("-", "package"),
    ActionSpec("open_assignment", "package", QT_TRANSLATE_NOOP("Actions", "Open &assignment…")),
    ActionSpec(
        "receive_review",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Receive receipt / review…"),
        needs_workspace=True,
        needs_writable=True,
    ),
    ActionSpec("-", "package"),
    ActionSpec(
        "plan", "package", QT_TRANSLATE_NOOP("Actions", "&Target plan…"), needs_workspace=True
    ),
    ActionSpec(
        "change_passphrase",
        "package",
        QT_TRANSLATE_NOOP("Actions", "&Change key passphrase…"),
        needs_workspace=True,
        needs_writable=True,
    ),
    ActionSpec("lang_id", "language", "&Bahasa Indonesia", translate=False),
    ActionSpec("lang_en", "language", "&English", translate=False),
    ActionSpec(
        "help_screen", "help", QT_TRANSLATE_NOOP("Actions", "&Help for this screen"), ("F1",)
    ),
    ActionSpec("help_contents", "help", QT_TRANSLATE_NOOP("Actions", "Help &contents")),
    ActionSpec("-", "help"),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About SPBE Desktop")),
)
