"""`numberkeeper` and `python -m numberkeeper`: start the window."""

from __future__ import annotations

import sys


def preload_qt_free_layers() -> None:
    """Import the Qt-free layers the window needs (and phonenumbers, Babel) before PySide6.

    Older PySide6 releases read the source of every module imported after them; with 6.11
    the order no longer costs anything measurable, but keeping it is free. Everything else
    (receipts, checklists, keyring) is imported when first used: see services/container.py.
    """
    import numberkeeper.services.container  # noqa: F401


def main() -> int:
    """Entry point of the gui-script; the work is in numberkeeper.gui.app."""
    preload_qt_free_layers()
    from numberkeeper.gui.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
