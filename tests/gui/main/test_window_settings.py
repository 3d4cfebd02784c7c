"""What the main window remembers between runs (gui/main/window_settings.py)."""

from __future__ import annotations

import pytest
from main_window_support import make_window, window_fixture  # noqa: F401 (the window)
from PySide6.QtCore import Qt

from numberkeeper.gui.main.line_cells import LABEL, NUMBER

# The offscreen platform warns when a window is shown; the warning says nothing about us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_layout_is_saved_and_restored(qtbot, service, clock, data_dir, make_line) -> None:
    make_line("2026-12-01")
    first = make_window(qtbot, service, clock, data_dir)
    first.show()
    first.resize(700, 420)  # inside the offscreen screen (800 × 600)
    header = first.table.horizontalHeader()
    header.resizeSection(LABEL, 234)
    first.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
    first.close()
    assert (data_dir / "settings.ini").is_file()

    second = make_window(qtbot, service, clock, data_dir)
    header = second.table.horizontalHeader()
    assert header.sectionSize(LABEL) == 234
    assert header.sortIndicatorSection() == NUMBER
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert second.proxy.sortColumn() == NUMBER
    assert second.size().width() == 700
    assert second.size().height() == 420
