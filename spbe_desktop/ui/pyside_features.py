"""Telling PySide up front that the app's modules select none of its `__feature__` options.

PySide wraps `import`: every module imported after PySide whose name it has not seen is read
from its source file (`inspect.getsource`) to learn whether it mentions PySide, so that options
such as `snake_case` can be switched on per module; an import of a module loaded earlier (`os`,
`typing`) has its source read too. The app uses no option, yet it imports about ninety of its
own modules and thirty of Python's before its first window, and reading their sources costs
about a tenth of what the app adds to a bare PySide6 window's start (benchmarks/bench_gui.py).
Those modules are entered in PySide's table before they are imported, with the value PySide
itself would find (the app's modules use PySide and select no option; Python's own modules do
not use it), so PySide skips the reading.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

PACKAGE = "spbe_desktop"
FEATURE_MODULE = "PySide6.support.feature"  # where PySide keeps its table (PySide 6.1 onwards)
NO_OPTIONS = 0  # PySide's value for a module that uses it and selects no option
NOT_PYSIDE = -1  # its value for a module that does not use it


def known_value(name: str) -> int | None:
    """What PySide would find for a module, where it is known without reading it."""
    top = name.partition(".")[0]
    if top == PACKAGE:
        return NO_OPTIONS
    if top in sys.stdlib_module_names:
        return NOT_PYSIDE
    return None


def _enter(table: dict, name: str) -> None:
    value = known_value(name)
    if value is not None:
        table.setdefault(name, value)


class _KnownModules:
    """A finder that finds nothing: it only enters a module in PySide's table when Python looks
    for it, before it is imported. Python then asks the usual finders."""

    def __init__(self, table: dict) -> None:
        self.table = table

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        _enter(self.table, name)
        return None


def skip_source_reading() -> None:
    """Enter the app's and Python's modules, those imported already and those to come, in
    PySide's table. Without the table (a PySide that no longer reads sources), nothing is done."""
    import PySide6  # noqa: F401  (creates the table)

    table = getattr(sys.modules.get(FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    if any(isinstance(finder, _KnownModules) for finder in sys.meta_path):
        return
    for name in list(sys.modules):
        _enter(table, name)
    sys.meta_path.insert(0, _KnownModules(table))
