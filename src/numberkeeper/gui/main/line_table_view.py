"""The view of the lines in the main window: whole rows, one selected at a time, read-only,
sorted by the countdown (most urgent first) until a header is clicked, its columns fitted to
their contents with the label taking the width left; and which line is selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from numberkeeper.core.lines import Line
from numberkeeper.gui.common.column_fit import ColumnFitter
from numberkeeper.gui.main.line_cells import COUNTDOWN, LABEL
from numberkeeper.gui.main.line_filter_proxy import LineFilterProxyModel
from numberkeeper.gui.main.line_roles import LineRole


def line_table_view(
    proxy: LineFilterProxyModel, parent: QWidget
) -> tuple[QTableView, ColumnFitter]:
    """A table showing `proxy`, and the fitter of its columns (a context menu is the caller's)."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSortIndicator(COUNTDOWN, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    fitter = ColumnFitter(table, LABEL, two_lines=True)  # the label takes the spare width
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table, fitter


def selected_line(table: QTableView) -> Line | None:
    """The line of the selected row, if any."""
    rows = table.selectionModel().selectedRows()
    line = rows[0].data(LineRole) if rows else None
    return line if isinstance(line, Line) else None


def select_row(table: QTableView, index: QModelIndex) -> None:
    """Select the row of `index` (an index of the table's model) and scroll it into sight."""
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
