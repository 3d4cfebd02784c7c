"""The lines as a table: a thin adapter from core `Line`s and their timings to Qt roles.

What a cell says is line_cells.py's, what each Qt role answers line_roles.py's; here are the
rows, their order and timings, and the tooltips (their sentences with a count, %n, are
translated through the model's own tr(): lupdate finds plural forms only there).

Timings are recomputed from the wall clock (the `clock` callable) on every refresh; nothing
here counts down by itself. The domain object is exposed through `LineRole`, and every column
sorts through `SortRole`, so the countdown sorts "most urgent first" in ascending order.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import LineTiming, Phase, Urgency, line_timing
from numberkeeper.gui.app.icons import status_icon
from numberkeeper.gui.common.bidi import fill, plain
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.main.line_cells import (
    BALANCE,
    COLUMN_COUNT,
    COUNTDOWN,
    EXPIRES,
    HEADERS,
    KEEP_ALIVE,
    LABEL,
    PHASE,
    LineCells,
)
from numberkeeper.gui.main.line_roles import ROLES
from numberkeeper.gui.main.line_search import SearchText, search_text

ModelIndex = QModelIndex | QPersistentModelIndex

# Columns whose sort key depends on the timings, so a refresh (a new `now`) invalidates it;
# the other columns' keys change only with the lines themselves.
_TIMED_SORT_COLUMNS = (PHASE, EXPIRES, COUNTDOWN, KEEP_ALIVE)


def _less(a: Any, b: Any) -> bool:
    """SortRole values compared as Python objects; as text when their types do not compare."""
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


def _compare(a: Any, b: Any) -> int:
    return -1 if _less(a, b) else 1 if _less(b, a) else 0


class LineTableModel(QAbstractTableModel):
    """Rows are lines; see line_cells.py for what each column shows.

    Rows are in the order the lines were given, until sort() orders them by a column. The
    filter proxy hands its sorting to sort() instead of sorting itself: a proxy sorts through
    a Python lessThan() called about 9,000 times for 1,000 lines, and each call from Qt into
    Python costs microseconds, which made sorting most of the start-up time. Here it is one
    list.sort().
    """

    def __init__(
        self,
        clock: Clock,
        catalog: CarrierCatalog,
        language: str = "en",
        parent: QObject | None = None,
        local_zone: tzinfo | None = None,
    ) -> None:
        """`language` is the interface language ("zh_CN", "en"); `local_zone` is the user's
        zone for the "local" expiry time (None: the system's, read at each display)."""
        super().__init__(parent)
        self._clock = clock
        self.cells = LineCells(catalog, language, local_zone)
        self._lines: list[Line] = []
        self._timings: list[LineTiming] = []
        self._refreshed_at: datetime | None = None
        self._icons: dict[tuple[Phase, Urgency], QIcon | None] = {}
        # Built on demand for the filter proxy and dropped when what they derive from changes:
        # the proxy sorts and filters in Python, and going through data() for every comparison
        # (about 9,000 to sort 1,000 lines) was most of the start-up time.
        self._sort_keys: dict[int, list[Any]] = {}
        self._search_texts: list[SearchText] | None = None
        self._sort_column = -1  # -1: the order given
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- contents ---------------------------------------------------------------------------

    def set_lines(self, lines: list[Line]) -> None:
        """Replace every row, computing timings from the clock now."""
        self.beginResetModel()
        self._lines = list(lines)
        now = self._clock()
        self._timings = [line_timing(line, now) for line in self._lines]
        self._refreshed_at = now
        self._sort_keys.clear()
        self._search_texts = None
        self._permute(self._sorted_rows())
        self.endResetModel()

    def lines(self) -> list[Line]:
        """The lines shown, in row order."""
        return list(self._lines)

    def timings(self) -> list[LineTiming]:
        """Each row's timing as of the last refresh, in row order."""
        return list(self._timings)

    def refreshed_at(self) -> datetime | None:
        """The instant the timings were last computed for (None before any lines were set)."""
        return self._refreshed_at

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's SortRole value for `column`, in row order (cached until a refresh)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [
                self.cells.sort_key(line, t, column)
                for line, t in zip(self._lines, self._timings, strict=True)
            ]
            self._sort_keys[column] = keys
        return keys

    def search_text(self, row: int) -> SearchText:
        """What the filter matches in a row (cached until the lines change).

        Formatting every number for every keystroke in the filter box was slow.
        """
        if self._search_texts is None:
            self._search_texts = [
                search_text(line, plain(self.cells.carrier_text(line))) for line in self._lines
            ]
        return self._search_texts[row]

    def row_of(self, line_id: int) -> int | None:
        """The row showing a line, if any."""
        for row, line in enumerate(self._lines):
            if line.id == line_id:
                return row
        return None

    def refresh_countdowns(self) -> None:
        """Recompute every timing from `clock()`; tell views what changed.

        The countdown column always changes; a phase cell only when its phase (or urgency,
        which sets its colour and icon) changed.
        """
        if not self._lines:
            return
        now = self._clock()
        new = [line_timing(line, now) for line in self._lines]
        old, self._timings = self._timings, new
        self._refreshed_at = now
        # Before dataChanged: a proxy sorted on one of these columns re-sorts from them.
        for column in _TIMED_SORT_COLUMNS:
            self._sort_keys.pop(column, None)
        last = len(new) - 1
        self.dataChanged.emit(self.index(0, COUNTDOWN), self.index(last, COUNTDOWN))
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if (before.phase, before.urgency) != (after.phase, after.urgency):
                cell = self.index(row, PHASE)
                self.dataChanged.emit(cell, cell)
        if self._sort_column in _TIMED_SORT_COLUMNS:
            self._reorder()  # e.g. a line that just expired moves up

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column's SortRole values (-1: leave them as they are).

        Stable, like QSortFilterProxyModel's sort: rows with equal values keep their current
        order (after set_lines, the order given), in either direction.
        """
        self._sort_column, self._sort_order = column, order
        self._reorder()

    def sort_column(self) -> int:
        """The column the rows are sorted by; -1 when they are in the order given."""
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        """The direction of that sort."""
        return self._sort_order

    def _sorted_rows(self) -> list[int]:
        """The current rows, listed in the order the sort asks for."""
        rows = list(range(len(self._lines)))
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return rows
        keys = self.sort_keys(self._sort_column)
        # list.sort stays stable with reverse=True, like a stable sort on "greater than".
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            rows.sort(key=keys.__getitem__, reverse=reverse)
        except TypeError:  # values of types that do not compare: see _less
            by_value = cmp_to_key(_compare)
            rows.sort(key=lambda row: by_value(keys[row]), reverse=reverse)
        return rows

    def _permute(self, order: list[int]) -> None:
        """Put old row `order[i]` at row i, with everything cached per row."""

        def moved(values: list[Any]) -> list[Any]:
            return [values[row] for row in order]

        self._lines, self._timings = moved(self._lines), moved(self._timings)
        self._sort_keys = {column: moved(keys) for column, keys in self._sort_keys.items()}
        if self._search_texts is not None:
            self._search_texts = moved(self._search_texts)

    def _reorder(self) -> None:
        """Apply the sort to the rows, telling views as a layout change (selection kept)."""
        order = self._sorted_rows()
        if order == list(range(len(order))):
            return  # already in order
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(order)}
        before = self.persistentIndexList()
        after = [self.index(new_row[index.row()], index.column()) for index in before]
        self._permute(order)
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows: one per line; a table has no children."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles (the balance's right-aligned, like its amounts)."""
        if orientation != Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == BALANCE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows, for each role (see line_roles.py)."""
        answer = ROLES.get(role)
        if answer is None:  # the view asks for a dozen roles per cell
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._lines):
            return None
        return answer(self, self._lines[row], self._timings[row], index.column())

    def tooltip(self, line: Line, t: LineTiming, column: int) -> str | None:
        """What a cell explains when pointed at, if anything."""
        if column == COUNTDOWN:
            return self.countdown_tooltip(line, t)
        if column == EXPIRES:
            return fill(
                self.tr("Validity ends at {time} on {date} ({zone} time)."),
                time=t.expires_at.strftime("%H:%M"),
                date=line.fields.expires_on.isoformat(),
                zone=line.fields.time_zone,
            )
        if column == BALANCE and line.fields.balance and line.fields.balance.checked_on:
            return fill(self.tr("checked {date}"), date=line.fields.balance.checked_on.isoformat())
        if column == LABEL and line.fields.notes:
            return line.fields.notes
        if column == KEEP_ALIVE and line.fields.keep_alive and t.keep_alive_due_on:
            return fill(
                self.tr(
                    "A chargeable activity is needed every %n day(s); the last one logged was "
                    "{last}.",
                    "",
                    line.fields.keep_alive.every_days,
                ),
                last=line.last_activity_on.isoformat()
                if line.last_activity_on
                else self.tr("none yet"),
            )
        return None

    def countdown_tooltip(self, line: Line, t: LineTiming) -> str:
        """What the countdown means, in a sentence or two."""
        expires = self.cells.local_text(t.expires_at)
        grace_end = self.cells.local_text(t.grace_ends_at)
        if t.phase is Phase.CANCELLED:
            return self.tr("You cancelled this line; nothing counts down.")
        if t.phase is Phase.SUSPENDED:
            return self.tr(
                "You suspended this line. Check whether the carrier charges a fee while it "
                "is suspended."
            )
        if t.phase is Phase.IN_GRACE:
            return fill(
                self.tr(
                    "Validity ended {expires} (your time). The carrier may recycle the number "
                    "after {grace_end}: renew before then to keep it."
                ),
                expires=expires,
                grace_end=grace_end,
            )
        if t.phase is Phase.PAST_GRACE:
            return fill(
                self.tr(
                    "The grace period ended {grace_end} (your time); the number has probably "
                    "been given to someone else. Check with the carrier."
                ),
                grace_end=grace_end,
            )
        return fill(
            self.tr(
                "Time until validity ends, {expires} (your time). After that the carrier keeps "
                "the number for %n day(s) before it may be recycled.",
                "",
                line.fields.grace_days,
            ),
            expires=expires,
        )

    def icon(self, phase: Phase, urgency: Urgency) -> QIcon | None:
        """The phase cell's icon (made once per phase and urgency)."""
        if (phase, urgency) not in self._icons:
            self._icons[phase, urgency] = status_icon(urgency, phase)
        return self._icons[phase, urgency]
