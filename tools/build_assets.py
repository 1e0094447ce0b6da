"""Build the generated GUI assets: forms/*.ui → spbe_desktop/ui/forms/ui_*.py and
spbe_desktop/resources/i18n/*.ts → .qm. Run after installing (``make setup`` does) and after editing a form or
a translation. The outputs are not committed; the app refuses to start without them.

    python tools/build_assets.py           build what is missing or older than its source
    python tools/build_assets.py --force   rebuild everything
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
FORMS_OUT = ROOT / "spbe_desktop" / "ui" / "forms"
I18N = ROOT / "spbe_desktop" / "resources" / "i18n"


def tool(name: str) -> str:
    """The PySide6 tool installed beside this Python (the venv), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment first.")
    return found


def outdated(source: Path, target: Path, force: bool) -> bool:
    return force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build_forms(force: bool) -> int:
    uic = tool("pyside6-uic")
    count = 0
    for ui in sorted(FORMS.glob("*.ui")):
        target = FORMS_OUT / f"ui_{ui.stem}.py"
        if outdated(ui, target, force):
            subprocess.run([uic, str(ui), "-o", str(target)], check=True)
            count += 1
    return count


def build_translations(force: bool) -> int:
    lrelease = tool("pyside6-lrelease")
    count = 0
    for ts in sorted(I18N.glob("*.ts")):
        target = ts.with_suffix(".qm")
        if outdated(ts, target, force):
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(target)], check=True, cwd=ROOT)
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild everything")
    args = parser.parse_args(argv)
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    forms = build_forms(args.force)
    translations = build_translations(args.force)
    print(f"build_assets: {forms} form(s), {translations} translation(s) rebuilt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
