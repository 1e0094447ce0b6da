"""Python code generated from forms/*.ui by tools/build_assets.py (not kept in git)."""

from importlib.util import find_spec

FORMS = (
    "main_window",
    "welcome",
    "new_workspace",
    "navigator",
    "indicator_page",
    "evidence_panel",
    "overview",
)

BUILD_HINT = (
    "The generated GUI forms are missing. Run `python tools/build_assets.py` "
    "(or `make setup`) in the project folder, then start again."
)


def missing() -> list[str]:
    return [name for name in FORMS if find_spec(f"{__name__}.ui_{name}") is None]
