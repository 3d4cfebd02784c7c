"""Filtering and sorting the line table: what the filter box and the column headers drive."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from numberkeeper.core.lines import Line
from numberkeeper.gui.main.line_cells import COUNTDOWN
from numberkeeper.gui.main.line_roles import LineRole, SortRole
from numberkeeper.gui.main.line_search import SearchText, digits, search_text
from numberkeeper.gui.main.line_table_model import LineTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

# A query made only of these characters is (part of) a phone number, matched on digits.
_NUMBER_QUERY = re.compile(r"^[\d\s+().\-/]+$")


class LineFilterProxyModel(QSortFilterProxyModel):
    """Keeps the lines whose number, label or carrier matches the filter text.

    Case-insensitive. A query that looks like a number matches on digits only, so "9666",
    "96 66" and "+965 9666" all find "+965 9666 1234". Sorting uses the model's SortRole;
    the default is the countdown ascending, i.e. the most urgent line first.

    Over a LineTableModel the sorting is done by the model (see LineTableModel.sort, for
    speed) and this proxy keeps the model's row order; sortColumn() and sortOrder() still
    say what the rows are sorted by.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._folded = ""  # the query casefolded
        self._wanted_digits = ""  # its digits, when the query looks like a number
        self._lines_model: LineTableModel | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sort(COUNTDOWN, Qt.SortOrder.AscendingOrder)

    def query(self) -> str:
        """The current filter text."""
        return self._query

    def set_query(self, text: str) -> None:
        """Filter on `text` (empty shows every line)."""
        self.beginFilterChange()
        self._query = text.strip()
        # Prepared once here rather than for each of the rows tested.
        self._folded = self._query.casefold()
        wanted = digits(self._folded)
        self._wanted_digits = wanted if _NUMBER_QUERY.match(self._folded) else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Also keep a typed reference, so the hooks below read the model's caches directly."""
        self._lines_model = model if isinstance(model, LineTableModel) else None
        super().setSourceModel(model)
        self.sort(self._sort_column, self._sort_order)  # the new model in the current order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (what a click on its header does); -1: the model's order."""
        self._sort_column, self._sort_order = column, order
        if self._lines_model is not None:
            super().sort(-1)  # show the model's order, which the model sorts itself
            self._lines_model.sort(column, order)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:
        """The column the rows are sorted by (-1: none)."""
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        """The direction of that sort."""
        return self._sort_order

    def matches(self, line: Line, carrier: str) -> bool:
        """Whether one line matches the current query."""
        return self._matches(search_text(line, carrier))

    def _matches(self, text: SearchText) -> bool:
        query = self._folded
        if not query:
            return True
        if self._wanted_digits and self._wanted_digits in text.number_digits:
            return True
        return any(query in haystack for haystack in text.texts)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Qt's hook: test the row's line against the query."""
        if not self._folded:
            return True  # every row, on every reset: answer before touching the model
        if self._lines_model is not None:
            return self._matches(self._lines_model.search_text(source_row))
        line = self.sourceModel().index(source_row, 0, source_parent).data(LineRole)
        return self.matches(line, "") if isinstance(line, Line) else True

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        """Compare SortRole values as Python objects (tuples are not QVariant-comparable).

        Used only over another model than LineTableModel, which sorts itself.
        """
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
