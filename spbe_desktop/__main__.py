"""`python -m spbe_desktop` and the `spbe-desktop` command: start the desktop app."""

import sys


def main() -> int:
    # Imported here so that `--help` and a missing-forms message need no Qt.
    from spbe_desktop.ui.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
