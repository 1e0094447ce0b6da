"""Refresh resources/i18n/*.ts from the sources with pyside6-lupdate (keeps existing
translations; new strings come in unfinished until a translator fills them in)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_assets import FORMS, I18N, ROOT, tool

LANGUAGES = ("id",)


def sources() -> list[str]:
    files = sorted((ROOT / "spbe_desktop" / "ui").glob("*.py")) + sorted(FORMS.glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def main() -> int:
    lupdate = tool("pyside6-lupdate")
    for lang in LANGUAGES:
        ts = I18N / f"spbe_{lang}.ts"
        subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
            check=True,
            cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
