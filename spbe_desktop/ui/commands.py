"""The main window's commands as objects, one per menu's job. The action table
(`actions.ACTIONS`) says which of their methods each menu entry, toolbar button and shortcut runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .assignment_commands import AssignmentCommands
from .backup_commands import BackupCommands
from .edit_commands import EditCommands
from .file_commands import FileCommands
from .help_commands import HelpCommands
from .package_commands import PackageCommands

if TYPE_CHECKING:
    from .command_host import CommandHost


class Commands(NamedTuple):
    files: FileCommands
    edit: EditCommands
    packages: PackageCommands
    exchange: AssignmentCommands
    backups: BackupCommands
    help: HelpCommands

    @classmethod
    def of(cls, window: CommandHost) -> Commands:
        return cls(
            FileCommands(window),
            EditCommands(window),
            PackageCommands(window),
            AssignmentCommands(window),
            BackupCommands(window),
            HelpCommands(window),
        )
