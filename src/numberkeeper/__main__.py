"""`numberkeeper` and `python -m numberkeeper`: start the window."""

from __future__ import annotations

import sys


def preload_qt_free_layers() -> None:
    """Import the Qt-free layers the window needs (core, store, the lines service).

    The order changes little: PySide6 6.11 reads the source of each module the first time an
    import statement names it after PySide6 is loaded (its `__feature__` hook), whether or not
    the module was loaded before; measured at ~0.15 ms a module, ~12 ms in all at start-up.
    Everything else (receipts, checklists, keyring, phonenumbers) is imported when first
    used: see services/container.py.
    """
    import numberkeeper.services.container  # noqa: F401


def main() -> int:
    """Entry point of the gui-script; the work is in numberkeeper.gui.app.application."""
    preload_qt_free_layers()
    from numberkeeper.gui.app.application import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
