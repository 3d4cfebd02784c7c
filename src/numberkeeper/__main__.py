"""`numberkeeper` and `python -m numberkeeper`: start the window."""

from __future__ import annotations

import sys


def main() -> int:
    """Entry point of the gui-script; the work is in numberkeeper.gui.app."""
    from numberkeeper.gui.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
