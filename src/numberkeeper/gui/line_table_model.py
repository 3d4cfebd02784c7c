"""The lines as a table: a thin adapter from core `Line`s and their timings to Qt roles.

Timings are recomputed from the wall clock (the `clock` callable) on every refresh; nothing
here counts down by itself. The domain object is exposed through `LineRole`, and every column
sorts through `SortRole`, so the countdown sorts "most urgent first" in ascending order.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.countdown import Countdown, CountdownKind, Span, countdown
from numberkeeper.core.lines import Line, LineKind
from numberkeeper.core.phases import LineTiming, Phase, Urgency, line_timing
from numberkeeper.core.phones import format_readable
from numberkeeper.gui.clock import Clock
from numberkeeper.gui.i18n import QT_TRANSLATE_NOOP, carrier_language

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

_ICONS: dict[Urgency, QStyle.StandardPixmap] = {
    Urgency.LOST: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Urgency.CRITICAL: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Urgency.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Urgency.NOTICE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Urgency.INACTIVE: QStyle.StandardPixmap.SP_MediaPause,
}

_URGENT_COLUMNS = (PHASE, COUNTDOWN)


def country_name(code: str, language: str) -> str:
    """A country's name in the interface language, from CLDR; the code if unknown."""
    try:
        return str(Locale.parse(language).territories.get(code.upper(), code))
    except (UnknownLocaleError, ValueError):
        return code


class LineTableModel(QAbstractTableModel):
    """Rows are lines; see the column constants above for what each column shows."""

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
        self._icons: dict[Urgency, QIcon] = {}

    # -- contents ---------------------------------------------------------------------------

    def set_lines(self, lines: list[Line]) -> None:
        """Replace every row, computing timings from the clock now."""
        self.beginResetModel()
        self._lines = list(lines)
        now = self._clock()
        self._timings = [line_timing(line, now) for line in self._lines]
        self.endResetModel()

    def lines(self) -> list[Line]:
        """The lines shown, in row order."""
        return list(self._lines)

    def timings(self) -> list[LineTiming]:
        """Each row's timing as of the last refresh, in row order."""
        return list(self._timings)

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
        last = len(new) - 1
        self.dataChanged.emit(self.index(0, COUNTDOWN), self.index(last, COUNTDOWN))
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if (before.phase, before.urgency) != (after.phase, after.urgency):
                cell = self.index(row, PHASE)
                self.dataChanged.emit(cell, cell)

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
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        t = self._timings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, t, column)
        if role == LineRole:
            return line
        if role == SortRole:
            return self._sort_key(line, t, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, t, column)
        if column in _URGENT_COLUMNS and t.urgency in _COLOURS:
            text, background = _COLOURS[t.urgency]
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(text))
            if role == Qt.ItemDataRole.BackgroundRole and background:
                return QBrush(QColor(background))
        if role == Qt.ItemDataRole.DecorationRole and column == PHASE:
            return self._icon(t.urgency)
        if role == Qt.ItemDataRole.FontRole and line.archived_at is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BALANCE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # -- cells ------------------------------------------------------------------------------

    def carrier_text(self, line: Line) -> str:
        """Carrier display name and country, e.g. "Zain · Kuwait"."""
        name = self._catalog.display_name(line.fields.carrier, carrier_language(self._language))
        country = country_name(line.fields.country, self._language) if line.fields.country else ""
        if name and country:
            return self.tr("{carrier} · {country}").format(carrier=name, country=country)
        return name or country

    def _display(self, line: Line, t: LineTiming, column: int) -> str | None:
        f = line.fields
        if column == LABEL:
            return f.label
        if column == NUMBER:
            return format_readable(f.number)
        if column == CARRIER:
            return self.carrier_text(line)
        if column == KIND:
            return self.tr(KIND_NAMES[f.kind])
        if column == PHASE:
            name = self.tr(PHASE_NAMES[t.phase])
            if line.archived_at is not None:
                return self.tr("{phase} (archived)").format(phase=name)
            return name
        if column == EXPIRES:
            return self.tr("{date} · {local} local").format(
                date=f.expires_on.isoformat(), local=self.local_text(t.expires_at)
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
            return self.tr("Validity ends at {time} on {date} ({zone} time).").format(
                time=t.expires_at.strftime("%H:%M"),
                date=line.fields.expires_on.isoformat(),
                zone=line.fields.time_zone,
            )
        if column == BALANCE and line.fields.balance and line.fields.balance.checked_on:
            return self.tr("checked {date}").format(date=line.fields.balance.checked_on.isoformat())
        if column == LABEL and line.fields.notes:
            return line.fields.notes
        if column == KEEP_ALIVE and line.fields.keep_alive and t.keep_alive_due_on:
            return self.tr(
                "A chargeable activity is needed every {days} days; the last one logged was {last}."
            ).format(
                days=line.fields.keep_alive.every_days,
                last=line.last_activity_on.isoformat()
                if line.last_activity_on
                else self.tr("none yet"),
            )
        return None

    def local_text(self, instant: datetime) -> str:
        """An instant in the user's zone, worded by the user's locale ("01 Dec 04:59")."""
        local = instant.astimezone(self._local_zone)
        stamp = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        return QLocale().toString(stamp, self.tr("dd MMM HH:mm", "QLocale date format"))

    def span_text(self, span: Span) -> str:
        """A compact duration: "3 d 4 h", "5 h 12 min", "12 min"."""
        if span.days:
            if span.hours:
                return self.tr("{days} d {hours} h").format(days=span.days, hours=span.hours)
            return self.tr("{days} d").format(days=span.days)
        if span.hours:
            if span.minutes:
                return self.tr("{hours} h {minutes} min").format(
                    hours=span.hours, minutes=span.minutes
                )
            return self.tr("{hours} h").format(hours=span.hours)
        return self.tr("{minutes} min").format(minutes=span.minutes)

    def countdown_text(self, c: Countdown, t: LineTiming) -> str:
        """The countdown cell's sentence."""
        if c.kind is CountdownKind.CANCELLED:
            return self.tr("cancelled")
        if c.kind is CountdownKind.SUSPENDED:
            if t.resume_on is not None:
                return self.tr("suspended until {date}").format(date=t.resume_on.isoformat())
            return self.tr("suspended")
        assert c.primary is not None
        if t.deadline_is_keep_alive:
            if c.kind is CountdownKind.REMAINING:
                return self.tr("keep-alive activity due in {left}").format(
                    left=self.span_text(c.primary)
                )
            return self.tr("keep-alive activity missed {ago} ago — number at risk").format(
                ago=self.span_text(c.primary)
            )
        if c.kind is CountdownKind.REMAINING:
            return self.span_text(c.primary)
        assert c.secondary is not None
        if c.kind is CountdownKind.IN_GRACE:
            return self.tr("expired {ago} ago — number at risk in {left}").format(
                ago=self.span_text(c.primary), left=self.span_text(c.secondary)
            )
        return self.tr("expired {ago} ago — grace ended {ended} ago").format(
            ago=self.span_text(c.primary), ended=self.span_text(c.secondary)
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
            return self.tr(
                "Validity ended {expires} (your time). The carrier may recycle the number "
                "after {grace_end}: renew before then to keep it."
            ).format(expires=expires, grace_end=grace_end)
        if t.phase is Phase.PAST_GRACE:
            return self.tr(
                "The grace period ended {grace_end} (your time); the number has probably "
                "been given to someone else. Check with the carrier."
            ).format(grace_end=grace_end)
        return self.tr(
            "Time until validity ends, {expires} (your time). After that the carrier keeps "
            "the number for {days} days before it may be recycled."
        ).format(expires=expires, days=line.fields.grace_days)

    def _icon(self, urgency: Urgency) -> QIcon | None:
        if urgency not in _ICONS:
            return None
        if urgency not in self._icons:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            self._icons[urgency] = app.style().standardIcon(_ICONS[urgency])
        return self._icons[urgency]
