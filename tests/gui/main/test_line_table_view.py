"""The main window's view of the lines (gui/main/line_table_view.py)."""

from __future__ import annotations

import pytest
from main_window_support import make_window, window_fixture  # noqa: F401 (the window)
from PySide6.QtCore import Qt

from numberkeeper.gui.main.line_cells import COUNTDOWN

# The offscreen platform warns when a window is shown; the warning says nothing about us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_default_sort_is_most_urgent_first(window) -> None:
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == COUNTDOWN
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
