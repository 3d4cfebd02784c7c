"""The main window's own actions and where they sit (gui/main/window_actions.py)."""

from __future__ import annotations

import pytest
from main_window_support import make_window, window_fixture  # noqa: F401 (the window)

# The offscreen platform warns when a window is shown; the warning says nothing about us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_toolbar_texts_have_no_mnemonic(qtbot, service, clock, data_dir, chinese) -> None:
    # "显示已归档(A)" showed its menu mnemonic on the toolbar (#16).
    import re

    from PySide6.QtWidgets import QToolBar, QToolButton

    again = make_window(qtbot, service, clock, data_dir)
    texts = [
        b.text() for bar in again.findChildren(QToolBar) for b in bar.findChildren(QToolButton)
    ]
    assert "显示已归档" in texts
    assert not [t for t in texts if re.search(r"\(&?[A-Za-z]\)|&", t)]
