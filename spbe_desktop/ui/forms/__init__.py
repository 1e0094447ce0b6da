"""Python code generated from forms/*.ui by tools/build_assets.py (not kept in git)."""

from importlib.util import find_spec
from pathlib import Path

# In a source checkout every layout in forms/ must have been compiled; a frozen build carries
# only the compiled modules, and has no forms/ folder to compare with.
SOURCE = Path(__file__).resolve().parents[3] / "forms"

BUILD_HINT = (
    "The generated GUI forms are missing. Run `python tools/build_assets.py` "
    "(or `make setup`) in the project folder, then start again."
)


def missing() -> list[str]:
    names = sorted(p.stem for p in SOURCE.glob("*.ui")) if SOURCE.is_dir() else []
    return [name for name in names if find_spec(f"{__name__}.ui_{name}") is None]
