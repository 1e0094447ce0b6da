"""Build the generated GUI assets: forms/*.ui → spbe_desktop/ui/forms/ui_*.py and
spbe_desktop/resources/i18n/*.ts → .qm. Run after installing (``make setup`` does) and after
editing a form or a translation. The outputs are not committed; the app refuses to start without
them. The wheel build (setup.py) and the frozen build (build_installer.spec) run the same code.

    python tools/build_assets.py           build what is missing or older than its source
    python tools/build_assets.py --force   rebuild everything
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
FORMS_OUT = ROOT / "spbe_desktop" / "ui" / "forms"
I18N = ROOT / "spbe_desktop" / "resources" / "i18n"
QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def run_tool(name: str, args: list[str], cwd: Path = ROOT) -> None:
    """Run a Qt tool (uic, lrelease, lupdate) of the PySide6 this Python imports: the same one in
    a venv, in pip's isolated build environment and on a Windows build PC."""
    try:
        import PySide6  # noqa: F401
    except ImportError:
        raise SystemExit(
            f"PySide6 is not installed for {sys.executable}: install the project's requirements "
            "(pip install -r requirements.lock) before building the GUI assets."
        ) from None
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    if subprocess.run([sys.executable, "-c", code, *args], cwd=cwd).returncode != 0:
        raise SystemExit(f"Qt's {name} stopped with an error (its message is above).")


def outdated(source: Path, target: Path, force: bool) -> bool:
    return force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build_forms(force: bool, out: Path = FORMS_OUT) -> int:
    count = 0
    for ui in sorted(FORMS.glob("*.ui")):
        target = out / f"ui_{ui.stem}.py"
        if outdated(ui, target, force):
            run_tool("uic", [str(ui), "-o", str(target)])
            prune_imports(target)
            count += 1
    return count


def prune_imports(form: Path) -> None:
    """Keep only the Qt classes a compiled form uses. uic imports every class a form might need,
    and importing a PySide6 class builds all of its enums: QLocale, QGradient, QPainter and the
    like cost tens of milliseconds at every start for forms that never use them."""
    text = form.read_text(encoding="utf-8")
    body = QT_IMPORT.sub("", text)

    def used_only(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip()]
        used = [name for name in names if re.search(rf"\b{name}\b", body)]
        return f"from {match.group(1)} import ({', '.join(used)})\n" if used else ""

    form.write_text(QT_IMPORT.sub(used_only, text), encoding="utf-8")


def build_translations(force: bool, out: Path = I18N) -> int:
    count = 0
    for ts in sorted(I18N.glob("*.ts")):
        target = out / f"{ts.stem}.qm"
        if outdated(ts, target, force):
            run_tool("lrelease", ["-silent", str(ts), "-qm", str(target)])
            count += 1
    return count


def build_all(
    force: bool = False, forms_out: Path = FORMS_OUT, i18n_out: Path = I18N
) -> tuple[int, int]:
    """Build every form and translation into the given folders; (forms, translations) rebuilt."""
    forms_out.mkdir(parents=True, exist_ok=True)
    i18n_out.mkdir(parents=True, exist_ok=True)
    return build_forms(force, forms_out), build_translations(force, i18n_out)


def missing_outputs(forms_out: Path = FORMS_OUT, i18n_out: Path = I18N) -> list[str]:
    """Generated files that a build would need and that are not there."""
    wanted = [forms_out / f"ui_{ui.stem}.py" for ui in sorted(FORMS.glob("*.ui"))]
    wanted += [i18n_out / f"{ts.stem}.qm" for ts in sorted(I18N.glob("*.ts"))]
    return [
        str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        for path in wanted
        if not path.is_file()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild everything")
    args = parser.parse_args(argv)
    forms, translations = build_all(args.force)
    print(f"build_assets: {forms} form(s), {translations} translation(s) rebuilt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
