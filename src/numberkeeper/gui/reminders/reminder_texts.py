"""The words of a reminder — one sentence and a detail line — for notifications, the tray
and the banner. Spans reuse the countdown column's wording (context "LineTableModel"), so
"2 d 23 h" reads the same everywhere and is translated once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from numberkeeper.core.countdown import Span
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import Urgency, line_timing
from numberkeeper.core.reminders import Reminder, ReminderKind


def span_text(span: Span) -> str:
    """A compact duration: "3 d 4 h", "5 h 12 min", "12 min" (the countdown column's words)."""
    if span.days:
        if span.hours:
            return QCoreApplication.translate("LineTableModel", "{days} d {hours} h").format(
                days=span.days, hours=span.hours
            )
        return QCoreApplication.translate("LineTableModel", "{days} d").format(days=span.days)
    if span.hours:
        if span.minutes:
            return QCoreApplication.translate("LineTableModel", "{hours} h {minutes} min").format(
                hours=span.hours, minutes=span.minutes
            )
        return QCoreApplication.translate("LineTableModel", "{hours} h").format(hours=span.hours)
    return QCoreApplication.translate("LineTableModel", "{minutes} min").format(
        minutes=span.minutes
    )


def local_text(instant: datetime, zone: tzinfo | None = None) -> str:
    """An instant in the user's zone, worded by the user's locale ("01 Dec 04:59")."""
    local = instant.astimezone(zone)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(
        stamp, QCoreApplication.translate("LineTableModel", "dd MMM HH:mm", "QLocale date format")
    )


@dataclass(frozen=True)
class ReminderText:
    """A reminder put into words, with how urgent its line is now."""

    key: str
    line_id: int
    summary: str  # "Bank OTP expires in 2 d 23 h"
    body: str  # "+965 9666 1001 · validity ends 01 Dec 04:59 (your time)"
    urgency: Urgency


def _left(deadline: datetime, now: datetime) -> timedelta:
    return deadline - now


def describe(
    reminder: Reminder, line: Line, now: datetime, zone: tzinfo | None = None
) -> ReminderText:
    """The sentence and detail for `reminder` on `line` at `now`."""
    name = line.display_name
    timing = line_timing(line, now)
    left = _left(reminder.deadline, now)
    when = local_text(reminder.deadline, zone)
    kind = reminder.kind
    if kind in (ReminderKind.LEAD, ReminderKind.FINAL_DAYS):
        if left > timedelta(0):
            summary = QCoreApplication.translate(
                "ReminderTexts", "{name} expires in {left}"
            ).format(name=name, left=span_text(Span.of(left)))
        else:
            summary = QCoreApplication.translate(
                "ReminderTexts", "{name} expired {ago} ago"
            ).format(name=name, ago=span_text(Span.of(left)))
        detail = QCoreApplication.translate(
            "ReminderTexts", "validity ends {when} (your time)"
        ).format(when=when)
    elif kind is ReminderKind.GRACE:
        risk = timing.until_grace_end
        summary = QCoreApplication.translate(
            "ReminderTexts", "{name} has expired — number at risk in {left}"
        ).format(name=name, left=span_text(Span.of(max(risk, timedelta(0)))))
        detail = QCoreApplication.translate(
            "ReminderTexts", "renew before {when} (your time) to keep the number"
        ).format(when=local_text(timing.grace_ends_at, zone))
    elif kind is ReminderKind.GRACE_END:
        if left > timedelta(0):
            summary = QCoreApplication.translate(
                "ReminderTexts", "{name} may be recycled in {left}"
            ).format(name=name, left=span_text(Span.of(left)))
        else:
            summary = QCoreApplication.translate(
                "ReminderTexts", "{name}: the grace period has ended"
            ).format(name=name)
        detail = QCoreApplication.translate(
            "ReminderTexts", "the carrier may give the number away after {when} (your time)"
        ).format(when=when)
    elif kind is ReminderKind.KEEP_ALIVE:
        if left > timedelta(0):
            summary = QCoreApplication.translate(
                "ReminderTexts", "{name}: keep-alive activity due in {left}"
            ).format(name=name, left=span_text(Span.of(left)))
        else:
            summary = QCoreApplication.translate(
                "ReminderTexts", "{name}: keep-alive activity is overdue"
            ).format(name=name)
        detail = QCoreApplication.translate(
            "ReminderTexts", "make a call, send a text or top up by {when} (your time)"
        ).format(when=when)
    else:  # RESUME
        summary = QCoreApplication.translate(
            "ReminderTexts", "{name} is due to resume on {date}"
        ).format(
            name=name,
            date=line.local_date(reminder.deadline).isoformat(),
        )
        detail = QCoreApplication.translate(
            "ReminderTexts", "check that the carrier has reactivated the line"
        )
    body = QCoreApplication.translate("ReminderTexts", "{number} · {detail}").format(
        number=line.readable_number, detail=detail
    )
    return ReminderText(reminder.key, reminder.line_id, summary, body, timing.urgency)


def nearest_text(line: Line, now: datetime) -> str:
    """A tray menu entry: "Bank OTP — 2 d 23 h" (or the grace / past-grace wording)."""
    timing = line_timing(line, now)
    if timing.until_expiry > timedelta(0):
        left = span_text(Span.of(timing.until_expiry))
    elif timing.until_grace_end > timedelta(0):
        left = QCoreApplication.translate("ReminderTexts", "expired — at risk in {left}").format(
            left=span_text(Span.of(timing.until_grace_end))
        )
    else:
        left = QCoreApplication.translate("ReminderTexts", "past grace")
    return QCoreApplication.translate("ReminderTexts", "{name} — {left}").format(
        name=line.display_name, left=left
    )
