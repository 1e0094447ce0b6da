"""The wheel carries what the app needs at run time and git does not hold: the compiled GUI forms
(forms/*.ui → spbe_desktop/ui/forms/ui_*.py) and translations (.ts → .qm), built by the same code
as `make setup` (tools/build_assets.py). Everything else is declared in pyproject.toml."""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))
import build_assets


class BuildPyWithAssets(build_py):
    def run(self) -> None:
        if self.editable_mode:
            build_assets.build_all()  # an editable install runs the checkout itself
        super().run()
        if not self.editable_mode:
            package = Path(self.build_lib) / "spbe_desktop"
            build_assets.build_all(
                force=True,
                forms_out=package / "ui" / "forms",
                i18n_out=package / "resources" / "i18n",
            )


setup(cmdclass={"build_py": BuildPyWithAssets})
