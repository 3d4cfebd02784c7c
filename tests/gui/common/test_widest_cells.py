"""The fitter asks Qt to measure only the cells that may be the widest (#14), and still finds
the width Qt gives the widest of all: a table of mixed texts — Latin, Chinese, Arabic, equal
digits, two phrases, an icon on some cells, an italic font on others — is fitted, one line a
cell and two, and each column's width is compared with the widest size Qt gives any cell."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from numberkeeper.gui.common.column_fit import ColumnFitter
from numberkeeper.gui.common.widest_cells import read_cells, widest_rows

TEXTS = [
    "Zain · Kuwait",
    "科威特第纳尔 · 扎因",
    "زين · الكويت",
    "2026-11-20 · 11月20日 20:59",
    "2026-11-21 · 11月21日 20:59",
    "iiiiiiiiiiiiiiiiiiii",
    "WWWWWWWWW",
    "已过期 1天12小时 — 28天11小时后有回收风险",
    "",
    "WWWWWWWW",
]


# Columns 1 and 2: the widest text is not the widest cell.
ICON_ROW, FONT_ROW = 1, 2
SHORT = ["WWWWWWWWW", "WWWWWWWW", "Kuwaitiyyah", "12345678", ""]


def mixed_model() -> QStandardItemModel:
    """Column 0: TEXTS. Column 1: a shorter text with an icon is the wider cell. Column 2: a
    shorter text in a larger italic font is the wider cell."""
    icon = QIcon(QPixmap(16, 16))
    large_italic = QFont()
    large_italic.setItalic(True)
    large_italic.setPointSize(large_italic.pointSize() * 2)
    model = QStandardItemModel(len(TEXTS), 3)
    for row, text in enumerate(TEXTS):
        model.setItem(row, 0, QStandardItem(text))
        short = SHORT[row % len(SHORT)]
        model.setItem(row, 1, QStandardItem(short))
        model.setItem(row, 2, QStandardItem(short))
    model.item(ICON_ROW, 1).setIcon(icon)
    model.item(FONT_ROW, 2).setFont(large_italic)
    return model


def widest_by_qt(table: QTableView, column: int) -> int:
    model = table.model()
    return max(
        [table.horizontalHeader().sectionSizeHint(column)]
        + [table.sizeHintForIndex(model.index(row, column)).width() for row in range(len(TEXTS))]
    )


@pytest.mark.parametrize("compact", [False, True])
def test_the_fitted_width_is_the_widest_qt_measures(qtbot, compact) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(mixed_model())
    fitter = ColumnFitter(table, spare_column=0, two_lines=True)
    fitter.fit()
    assert fitter.cells is not None
    # The cells that decide each column are not those with the widest text.
    fitter.cells.compact = compact
    model = table.model()
    for column, row in ((1, ICON_ROW), (2, FONT_ROW)):
        assert table.sizeHintForIndex(model.index(row, column)).width() == widest_by_qt(
            table, column
        ), column
    for column in range(3):
        fitter.cells.compact = compact
        expected = widest_by_qt(table, column)
        fitter.cells.compact = False
        assert fitter._width(column, compact) == expected, (column, compact)


def test_only_a_few_cells_are_left_for_qt_to_measure(qtbot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(200, 1)
    for row in range(200):
        model.setItem(row, 0, QStandardItem(f"2026-{row % 12 + 1:02d}-{row % 28 + 1:02d}"))
    table.setModel(model)
    cells = read_cells(model, 0, range(200))
    # Every date is as wide as the others: one row stands for all of them.
    assert len(widest_rows(cells, False, table.fontMetrics())) == 1
    model.setItem(7, 0, QStandardItem("2026-12-31 · local time 01 Jan 04:59"))
    rows = widest_rows(read_cells(model, 0, range(200)), False, table.fontMetrics())
    assert rows == [7]


def test_a_cell_without_text_or_with_none_counts_as_empty(qtbot) -> None:
    model = QStandardItemModel(2, 1)
    model.setItem(0, 0, QStandardItem())
    cells = read_cells(model, 0, range(2))
    assert [cell.text for cell in cells] == ["", ""]
    assert cells[0].font is None
    assert not cells[0].icon
    table = QTableView()
    qtbot.addWidget(table)
    assert widest_rows(cells, True, table.fontMetrics()) == [0]
