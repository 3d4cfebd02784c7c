"""Keeps a table's columns as wide as what they show, whenever its rows change (#16).

The main table used to be fitted only when no saved header existed, so the title-only widths
of an empty first start were saved and restored for ever, and 11 cells ended in "…" beside
714 px of empty table. Here every column follows its contents each time the rows are loaded or
change, one column (a label) takes the width left over, and only a width the user dragged is
kept (and remembered: `dragged()`/`restore()`). When the columns do not fit, with `two_lines`,
cells whose text joins two phrases ("A · B", "A — B") show them one under the other in rows two
lines tall, and the label wraps (gui/common/two_line_cells.py); the spare column then gives up
its room, down to `MIN_SPARE_CHARS` characters, before the table scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid

from numberkeeper.gui.common.two_line_cells import TwoLineCells
from numberkeeper.gui.common.widest_cells import SampledCell, read_cells, widest_rows

# Rows measured per fit: the ones at the top and bottom (with a countdown sort, the most
# urgent and the lost or stopped lines, whose texts are the longest) and rows spread between.
# QTableView.resizeColumnsToContents() measures every row while the window is hidden, as it
# is at start-up: with 1,000 lines that is 9,000 cells, most of a second (#2).
SAMPLE_ROWS = 100
MIN_SPARE_CHARS = 12

ModelIndex = QModelIndex | QPersistentModelIndex


class ColumnFitter(QObject):
    """Fits `table`'s columns to their contents; `spare_column` takes the leftover width."""

    def __init__(self, table: QTableView, spare_column: int, two_lines: bool = False) -> None:
        """`two_lines`: break cells in two when the columns do not fit side by side (#16)."""
        super().__init__(table)
        self.table = table
        self.spare_column = spare_column
        self._dragged: set[int] = set()
        self._content: dict[int, int] = {}  # one line a cell
        self._compact: dict[int, int] = {}  # two lines a cell, measured when first needed
        self._cells: dict[int, list[SampledCell]] = {}  # the sampled cells, read once a fit
        self._advances: dict[tuple[str, str], int] = {}  # their texts' widths, by font
        self.cells: TwoLineCells | None = None
        self._one_line_height = table.verticalHeader().defaultSectionSize()
        if two_lines:
            self.cells = TwoLineCells(table)
            table.setItemDelegate(self.cells)
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # the spare column stretches instead
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        # A double-click on a column's edge fits it again: it follows its contents again.
        header.sectionHandleDoubleClicked.connect(self._forget_drag)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self._fit_later_rows)
        model.rowsInserted.connect(self._fit_later_rows)
        model.rowsRemoved.connect(self._fit_later_rows)
        model.dataChanged.connect(self._on_data_changed)

    # -- what the user dragged ---------------------------------------------------------------

    def dragged(self) -> list[int]:
        """The columns whose width the user set by hand (to save with the header)."""
        return sorted(self._dragged)

    def restore(self, header_state: object, dragged: Iterable[int]) -> bool:
        """Restore a saved header (order, sort, widths) and which widths were dragged; every
        other column is fitted again. False if the state could not be restored."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            restored = header.restoreState(header_state)  # type: ignore[arg-type]
        finally:
            self._fitting = False
        count = header.count()
        self._dragged = {c for c in dragged if 0 <= c < count} if restored else set()
        # A header saved before #16 stretched its last section and fixed nothing else.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._layout()  # the contents were measured when the rows came
        return bool(restored)

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._dragged.add(column)

    def _forget_drag(self, column: int) -> None:
        self._dragged.discard(column)
        self.fit()

    # -- fitting -----------------------------------------------------------------------------

    def fit(self, columns: Iterable[int] | None = None) -> None:
        """Measure `columns` (default: all) again, then share out the viewport's width."""
        header = self.table.horizontalHeader()
        self._advances.clear()  # new rows, new texts; and the table's font may have changed
        for column in range(header.count()) if columns is None else columns:
            self._cells.pop(column, None)
            self._compact.pop(column, None)
            self._content[column] = self._measure(column, compact=False)
        self._layout()

    @property
    def compact(self) -> bool:
        """Whether cells show their phrases on two lines (the columns did not fit)."""
        return self.cells is not None and self.cells.compact

    def content_width(self, column: int) -> int:
        """The width `column` needs to show its title and its widest (sampled) cell, the way
        cells are shown now (one line, or two when compact)."""
        return self._width(column, self.compact)

    def _width(self, column: int, compact: bool) -> int:
        widths = self._compact if compact else self._content
        if column not in widths:
            widths[column] = self._measure(column, compact)
        return widths[column]

    def _measure(self, column: int, compact: bool) -> int:
        """The width of `column`'s title and of its widest sampled cell, shown as `compact`
        says. Qt measures only the few cells whose text may be the widest: asking Qt for the
        size of every sampled cell was most of the start-up time the fitting added (#14)."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        if column not in self._cells:
            self._cells[column] = read_cells(model, column, self._sample())
        rows = widest_rows(self._cells[column], compact, self.table.fontMetrics(), self._advances)
        shown = self.compact
        if self.cells is not None:
            self.cells.compact = compact
        try:
            widths = [self.table.sizeHintForIndex(model.index(row, column)).width() for row in rows]
        finally:
            if self.cells is not None:
                self.cells.compact = shown
        return max([header.sectionSizeHint(column), *widths])

    def _sample(self) -> Iterable[int]:
        rows = self.table.model().rowCount()
        if rows <= SAMPLE_ROWS:
            return range(rows)
        edge = SAMPLE_ROWS // 4
        step = rows // (SAMPLE_ROWS // 2)
        return sorted({*range(edge), *range(rows - edge, rows), *range(0, rows, step)})

    def _widths(self, compact: bool) -> dict[int, int]:
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        return {
            c: header.sectionSize(c) if c in self._dragged else self._width(c, compact)
            for c in shown
        }

    def _choose_lines(self) -> None:
        """One line a cell while the columns fit side by side, else two (#16).

        The spare column counts at its whole width: on one line a label squeezed below it
        would end in "…" (an Arabic demo label did at 1366 px), while on two lines it wraps.
        """
        if self.cells is None:
            return
        compact = sum(self._widths(compact=False).values()) > self.table.viewport().width()
        if compact == self.cells.compact:
            return
        self.cells.compact = compact
        two = max(self.table.fontMetrics().lineSpacing() * 2 + 8, self._one_line_height)
        self.table.verticalHeader().setDefaultSectionSize(two if compact else self._one_line_height)
        self.table.viewport().update()

    def _layout(self) -> None:
        self._choose_lines()
        header = self.table.horizontalHeader()
        widths = self._widths(self.compact)
        spare = self.spare_column
        if spare in widths and spare not in self._dragged:
            room = self.table.viewport().width() - sum(widths.values())
            floor = min(
                widths[spare], self.table.fontMetrics().averageCharWidth() * MIN_SPARE_CHARS
            )
            widths[spare] = max(floor, widths[spare] + room)
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _fit_later_rows(self, *_args: object) -> None:
        self.fit()

    def _on_data_changed(self, top_left: ModelIndex, bottom_right: ModelIndex, *_: object) -> None:
        # The minute tick changes the countdown cells: measure only the columns that changed.
        self.fit(range(top_left.column(), bottom_right.column() + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The viewport was resized (the window, a scroll bar): share out its width again."""
        # The viewport still gets events while the table is being destroyed.
        if watched is self._viewport and event.type() == QEvent.Type.Resize and isValid(self.table):
            self._layout()
        return False
