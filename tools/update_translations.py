"""Refresh spbe_desktop/resources/i18n/*.ts from the sources with pyside6-lupdate (keeps existing
translations; new strings come in unfinished until a translator fills them in)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_assets import FORMS, I18N, ROOT, run_tool

LANGUAGES = ("id",)


# Each catalog: (its Python sources, its forms). The coordinator's screens have their own.
CATALOGS = {
    "spbe": ("spbe_desktop/ui/*.py", "[!c]*.ui"),
    "spbe_coord": ("spbe_desktop/ui/coordinator/*.py", "coord_*.ui"),
}


def sources(python_glob: str, form_glob: str) -> list[str]:
    files = sorted(ROOT.glob(python_glob)) + sorted(FORMS.glob(form_glob))
    return [str(p.relative_to(ROOT)) for p in files]


def main() -> int:
    for name, (python_glob, form_glob) in CATALOGS.items():
        files = sources(python_glob, form_glob)
        if not files:
            continue
        for lang in LANGUAGES:
            ts = I18N / f"{name}_{lang}.ts"
            run_tool("lupdate", ["-no-obsolete", "-locations", "none", *files, "-ts", str(ts)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
