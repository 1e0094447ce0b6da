"""Entry script of the frozen `spbe` command."""

import sys

from spbe_desktop.cli import main

sys.exit(main())
