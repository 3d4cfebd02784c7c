"""The words of a reminder — one sentence and a detail line — for notifications, the tray
and the banner. Spans reuse the countdown column's wording (context "LineTableModel"), so
"2 d 23 h" reads the same everywhere and is translated once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.countdown import Span
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import Urgency, line_timing
from numberkeeper.core.reminders import Reminder, ReminderKind
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.time_words import local_text, span_text


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
            summary = fill(
                QCoreApplication.translate("ReminderTexts", "{name} expires in {left}"),
                name=name,
                left=span_text(Span.of(left)),
            )
        else:
            summary = fill(
                QCoreApplication.translate("ReminderTexts", "{name} expired {ago} ago"),
                name=name,
                ago=span_text(Span.of(left)),
            )
        detail = fill(
            QCoreApplication.translate("ReminderTexts", "validity ends {when} (your time)"),
            when=when,
        )
    elif kind is ReminderKind.GRACE:
        risk = timing.until_grace_end
        summary = fill(
            QCoreApplication.translate(
                "ReminderTexts", "{name} has expired — number at risk in {left}"
            ),
            name=name,
            left=span_text(Span.of(max(risk, timedelta(0)))),
        )
        detail = fill(
            QCoreApplication.translate(
                "ReminderTexts", "renew before {when} (your time) to keep the number"
            ),
            when=local_text(timing.grace_ends_at, zone),
        )
    elif kind is ReminderKind.GRACE_END:
        if left > timedelta(0):
            summary = fill(
                QCoreApplication.translate("ReminderTexts", "{name} may be recycled in {left}"),
                name=name,
                left=span_text(Span.of(left)),
            )
        else:
            summary = fill(
                QCoreApplication.translate("ReminderTexts", "{name}: the grace period has ended"),
                name=name,
            )
        detail = fill(
            QCoreApplication.translate(
                "ReminderTexts", "the carrier may give the number away after {when} (your time)"
            ),
            when=when,
        )
    elif kind is ReminderKind.KEEP_ALIVE:
        if left > timedelta(0):
            summary = fill(
                QCoreApplication.translate(
                    "ReminderTexts", "{name}: keep-alive activity due in {left}"
                ),
                name=name,
                left=span_text(Span.of(left)),
            )
        else:
            summary = fill(
                QCoreApplication.translate(
                    "ReminderTexts", "{name}: keep-alive activity is overdue"
                ),
                name=name,
            )
        detail = fill(
            QCoreApplication.translate(
                "ReminderTexts", "make a call, send a text or top up by {when} (your time)"
            ),
            when=when,
        )
    else:  # RESUME
        summary = fill(
            QCoreApplication.translate("ReminderTexts", "{name} is due to resume on {date}"),
            name=name,
            date=line.local_date(reminder.deadline).isoformat(),
        )
        detail = QCoreApplication.translate(
            "ReminderTexts", "check that the carrier has reactivated the line"
        )
    body = fill(
        QCoreApplication.translate("ReminderTexts", "{number} · {detail}"),
        number=line.readable_number,
        detail=detail,
    )
    return ReminderText(reminder.key, reminder.line_id, summary, body, timing.urgency)


def nearest_text(line: Line, now: datetime) -> str:
    """A tray menu entry: "Bank OTP — 2 d 23 h" (or the grace / past-grace wording)."""
    timing = line_timing(line, now)
    if timing.until_expiry > timedelta(0):
        left = span_text(Span.of(timing.until_expiry))
    elif timing.until_grace_end > timedelta(0):
        left = fill(
            QCoreApplication.translate("ReminderTexts", "expired — at risk in {left}"),
            left=span_text(Span.of(timing.until_grace_end)),
        )
    else:
        left = QCoreApplication.translate("ReminderTexts", "past grace")
    return fill(
        QCoreApplication.translate("ReminderTexts", "{name} — {left}"),
        name=line.display_name,
        left=left,
    )
