"""Filtering and sorting the line table: what the filter box and the column headers drive."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from numberkeeper.core.lines import Line
from numberkeeper.core.phones import format_readable
from numberkeeper.gui.line_table_model import COUNTDOWN, LineRole, LineTableModel, SortRole

ModelIndex = QModelIndex | QPersistentModelIndex

# A query made only of these characters is (part of) a phone number, matched on digits.
_NUMBER_QUERY = re.compile(r"^[\d\s+().\-/]+$")


def digits(text: str) -> str:
    """The digits of a text: "+965 9666-1234" → "96596661234"."""
    return "".join(ch for ch in text if ch.isdigit())


class LineFilterProxyModel(QSortFilterProxyModel):
    """Keeps the lines whose number, label or carrier matches the filter text.

    Case-insensitive. A query that looks like a number matches on digits only, so "9666",
    "96 66" and "+965 9666" all find "+965 9666 1234". Sorting uses the model's SortRole;
    the default is the countdown ascending, i.e. the most urgent line first.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
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
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, line: Line, carrier: str) -> bool:
        """Whether one line matches the current query."""
        query = self._query.casefold()
        if not query:
            return True
        wanted = digits(query)
        if wanted and _NUMBER_QUERY.match(query) and wanted in digits(line.fields.number):
            return True
        haystack = (
            line.fields.label,
            carrier,
            line.fields.number,
            format_readable(line.fields.number),
        )
        return any(query in text.casefold() for text in haystack)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Qt's hook: test the row's line against the query."""
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        line = index.data(LineRole)
        if not isinstance(line, Line):
            return True
        carrier = model.carrier_text(line) if isinstance(model, LineTableModel) else ""
        return self.matches(line, carrier)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        """Compare SortRole values as Python objects (tuples are not QVariant-comparable)."""
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
