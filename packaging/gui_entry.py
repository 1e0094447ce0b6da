"""Entry script of the frozen GUI (PyInstaller needs a script without relative imports)."""

import sys

from spbe_desktop.__main__ import main

sys.exit(main())
