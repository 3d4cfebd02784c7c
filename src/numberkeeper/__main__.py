"""`numberkeeper` and `python -m numberkeeper`: start the window."""

from __future__ import annotations

import sys


def preload_qt_free_layers() -> None:
    """Import the Qt-free layers (and phonenumbers, Babel, dateutil) before PySide6.

    PySide6 installs an import hook that reads the source of every module imported after it,
    to see whether it uses Qt; importing ours first saves that work at every start (#2).
    """
    import numberkeeper.services.container
    import numberkeeper.services.demo  # noqa: F401


def main() -> int:
    """Entry point of the gui-script; the work is in numberkeeper.gui.app."""
    preload_qt_free_layers()
    from numberkeeper.gui.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
