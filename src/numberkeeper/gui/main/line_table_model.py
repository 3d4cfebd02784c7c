"""The lines as a table: a thin adapter from core `Line`s and their timings to Qt roles.

Timings are recomputed from the wall clock (the `clock` callable) on every refresh; nothing
here counts down by itself. The domain object is exposed through `LineRole`, and every column
sorts through `SortRole`, so the countdown sorts "most urgent first" in ascending order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache, cmp_to_key
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.countdown import Countdown, CountdownKind, countdown
from numberkeeper.core.lines import Line, LineKind
from numberkeeper.core.phases import LineTiming, Phase, Urgency, line_timing
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP, carrier_language
from numberkeeper.gui.app.icons import status_icon
from numberkeeper.gui.common.bidi import fill, isolate, plain
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.time_words import local_text, span_text
from numberkeeper.territory_names import country_name

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

ModelIndex = QModelIndex | QPersistentModelIndex

LABEL, NUMBER, CARRIER, KIND, PHASE, EXPIRES, COUNTDOWN, BALANCE, KEEP_ALIVE = range(9)
COLUMN_COUNT = 9

LineRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


HEADERS: dict[int, str] = {
    LABEL: QT_TRANSLATE_NOOP("LineTableModel", "Label"),
    NUMBER: QT_TRANSLATE_NOOP("LineTableModel", "Number"),
    CARRIER: QT_TRANSLATE_NOOP("LineTableModel", "Carrier"),
    KIND: QT_TRANSLATE_NOOP("LineTableModel", "Kind"),
    PHASE: QT_TRANSLATE_NOOP("LineTableModel", "Status"),
    EXPIRES: QT_TRANSLATE_NOOP("LineTableModel", "Expires"),
    COUNTDOWN: QT_TRANSLATE_NOOP("LineTableModel", "Time left"),
    BALANCE: QT_TRANSLATE_NOOP("LineTableModel", "Balance"),
    KEEP_ALIVE: QT_TRANSLATE_NOOP("LineTableModel", "Keep-alive due"),
}

KIND_NAMES: dict[LineKind, str] = {
    LineKind.PHYSICAL_SIM: QT_TRANSLATE_NOOP("LineTableModel", "SIM card"),
    LineKind.ESIM: QT_TRANSLATE_NOOP("LineTableModel", "eSIM"),
    LineKind.VIRTUAL: QT_TRANSLATE_NOOP("LineTableModel", "Virtual (VoIP)"),
}

PHASE_NAMES: dict[Phase, str] = {
    Phase.ACTIVE: QT_TRANSLATE_NOOP("LineTableModel", "Active"),
    Phase.EXPIRING: QT_TRANSLATE_NOOP("LineTableModel", "Expiring soon"),
    Phase.IN_GRACE: QT_TRANSLATE_NOOP("LineTableModel", "Expired — at risk"),
    Phase.PAST_GRACE: QT_TRANSLATE_NOOP("LineTableModel", "Past grace — probably lost"),
    Phase.SUSPENDED: QT_TRANSLATE_NOOP("LineTableModel", "Suspended"),
    Phase.CANCELLED: QT_TRANSLATE_NOOP("LineTableModel", "Cancelled"),
}

# (text, background) per urgency; pale backgrounds with dark text keep contrast in light and
# dark themes alike. Colour is never the only cue: the phase word and its icon say it too.
_COLOURS: dict[Urgency, tuple[str, str | None]] = {
    Urgency.LOST: ("#5c2b2b", "#e8dede"),
    Urgency.CRITICAL: ("#8a1c1c", "#fde2e1"),
    Urgency.WARNING: ("#6b4200", "#fff0cf"),
}

_URGENT_COLUMNS = (PHASE, COUNTDOWN)

# The roles data() answers, as plain ints: it runs for every painted cell and every role the
# view asks about, and an int comparison costs a fraction of reaching Qt.ItemDataRole.X.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED_ROLES = frozenset(
    (_DISPLAY, _TOOLTIP, _FOREGROUND, _BACKGROUND, _DECORATION, _FONT, _ALIGNMENT)
) | {int(LineRole), int(SortRole)}

# Columns whose sort key depends on the timings, so a refresh (a new `now`) invalidates it;
# the other columns' keys change only with the lines themselves.
_TIMED_SORT_COLUMNS = (PHASE, EXPIRES, COUNTDOWN, KEEP_ALIVE)


@cache
def _colour(name: str) -> QColor:
    """One QColor per colour, made once: data() is asked for them at every repaint.

    The views take a QColor wherever they expect a brush. A QBrush would cost more: PySide
    builds its Python type (with QGradient's enums) the first time one is made, ~3 ms at the
    first paint (#2).
    """
    return QColor(name)


@cache
def _archived_font() -> QFont:
    """Archived lines are shown in italics.

    QFont is imported here, not with the module: PySide builds its Python type (with its
    enums) the first time it is named, ~1.5 ms, and archived lines are hidden by default (#2).
    """
    from PySide6.QtGui import QFont

    font = QFont()
    font.setItalic(True)
    return font


def _less(a: Any, b: Any) -> bool:
    """SortRole values compared as Python objects; as text when their types do not compare."""
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


def _compare(a: Any, b: Any) -> int:
    return -1 if _less(a, b) else 1 if _less(b, a) else 0


def digits(text: str) -> str:
    """The digits of a text: "+965 9666-1234" → "96596661234"."""
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class SearchText:
    """What the filter box looks at in one line, prepared once (casefolded, digits only)."""

    number_digits: str
    texts: tuple[str, ...]  # label, carrier, E.164 number, readable number; casefolded


def search_text(line: Line, carrier: str) -> SearchText:
    """A line's SearchText; `carrier` is its carrier cell ("Zain · Kuwait")."""
    number = line.fields.number
    texts = (line.fields.label, carrier, number, line.readable_number)
    return SearchText(digits(number), tuple(text.casefold() for text in texts))


class LineTableModel(QAbstractTableModel):
    """Rows are lines; see the column constants above for what each column shows.

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
        self._catalog = catalog
        self._language = language
        self._local_zone = local_zone
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
                self._sort_key(line, t, column)
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
                search_text(line, plain(self.carrier_text(line))) for line in self._lines
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
        """What each cell shows, for each role."""
        if role not in _ANSWERED_ROLES:  # the view asks for a dozen roles per cell
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._lines):
            return None
        line = self._lines[row]
        t = self._timings[row]
        column = index.column()
        if role == _DISPLAY:
            text = self._display(line, t, column)
            return isolate(text) if text else text  # a number, a date, a label (#18)
        if role == LineRole:
            return line
        if role == SortRole:
            return self._sort_key(line, t, column)
        if role == _TOOLTIP:
            return self._tooltip(line, t, column)
        if column in _URGENT_COLUMNS and t.urgency in _COLOURS:
            text, background = _COLOURS[t.urgency]
            if role == _FOREGROUND:
                return _colour(text)
            if role == _BACKGROUND and background:
                return _colour(background)
        if role == _DECORATION and column == PHASE:
            return self._icon(t.phase, t.urgency)
        if role == _FONT and line.archived_at is not None:
            return _archived_font()
        if role == _ALIGNMENT and column == BALANCE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # -- cells ------------------------------------------------------------------------------

    def carrier_text(self, line: Line) -> str:
        """Carrier display name and country, e.g. "Zain · Kuwait"."""
        name = self._catalog.display_name(line.fields.carrier, carrier_language(self._language))
        country = country_name(line.fields.country, self._language) if line.fields.country else ""
        if name and country:
            return fill(self.tr("{carrier} · {country}"), carrier=name, country=country)
        return name or country

    def _display(self, line: Line, t: LineTiming, column: int) -> str | None:
        f = line.fields
        if column == LABEL:
            return f.label
        if column == NUMBER:
            return line.readable_number
        if column == CARRIER:
            return self.carrier_text(line)
        if column == KIND:
            return self.tr(KIND_NAMES[f.kind])
        if column == PHASE:
            name = self.tr(PHASE_NAMES[t.phase])
            if line.archived_at is not None:
                return fill(self.tr("{phase} (archived)"), phase=name)
            return name
        if column == EXPIRES:
            return fill(
                self.tr("{date} · {local} local"),
                date=f.expires_on.isoformat(),
                local=self.local_text(t.expires_at),
            )
        if column == COUNTDOWN:
            return self.countdown_text(countdown(t), t)
        if column == BALANCE:
            return str(f.balance.amount) if f.balance else ""
        if column == KEEP_ALIVE:
            return t.keep_alive_due_on.isoformat() if t.keep_alive_due_on else ""
        return None

    def _sort_key(self, line: Line, t: LineTiming, column: int) -> Any:
        if column in (PHASE, EXPIRES, COUNTDOWN):
            return t.sort_key
        if column == NUMBER:
            return line.fields.number
        if column == BALANCE:
            money = line.fields.balance.amount if line.fields.balance else None
            return (money.currency, money.minor) if money else ("", -1)
        return (self._display(line, t, column) or "").casefold()

    def _tooltip(self, line: Line, t: LineTiming, column: int) -> str | None:
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

    def local_text(self, instant: datetime) -> str:
        """An instant in the user's zone, worded by the user's locale ("01 Dec 04:59")."""
        return local_text(instant, self._local_zone)

    def countdown_text(self, c: Countdown, t: LineTiming) -> str:
        """The countdown cell's sentence."""
        if c.kind is CountdownKind.CANCELLED:
            return self.tr("cancelled")
        if c.kind is CountdownKind.SUSPENDED:
            if t.resume_on is not None:
                return fill(self.tr("suspended until {date}"), date=t.resume_on.isoformat())
            return self.tr("suspended")
        assert c.primary is not None
        if t.deadline_is_keep_alive:
            if c.kind is CountdownKind.REMAINING:
                return fill(self.tr("keep-alive activity due in {left}"), left=span_text(c.primary))
            return fill(
                self.tr("keep-alive activity missed {ago} ago — number at risk"),
                ago=span_text(c.primary),
            )
        if c.kind is CountdownKind.REMAINING:
            return span_text(c.primary)
        assert c.secondary is not None
        if c.kind is CountdownKind.IN_GRACE:
            return fill(
                self.tr("expired {ago} ago — number at risk in {left}"),
                ago=span_text(c.primary),
                left=span_text(c.secondary),
            )
        return fill(
            self.tr("expired {ago} ago — grace ended {ended} ago"),
            ago=span_text(c.primary),
            ended=span_text(c.secondary),
        )

    def countdown_tooltip(self, line: Line, t: LineTiming) -> str:
        """What the countdown means, in a sentence or two."""
        expires = self.local_text(t.expires_at)
        grace_end = self.local_text(t.grace_ends_at)
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

    def _icon(self, phase: Phase, urgency: Urgency) -> QIcon | None:
        if (phase, urgency) not in self._icons:
            self._icons[phase, urgency] = status_icon(urgency, phase)
        return self._icons[phase, urgency]
