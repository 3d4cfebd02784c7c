"""A reminder in plain English (#4, #17): what the command line prints and what a push says
when no translated wording is given. The window words reminders in the user's language
(gui/reminders/reminder_texts.py).
"""

from __future__ import annotations

from datetime import datetime

from numberkeeper.core.countdown import Span, span_english
from numberkeeper.core.lines import Line
from numberkeeper.core.reminders import Reminder, ReminderKind


def _in_or_ago(deadline: datetime, now: datetime, ahead: str, behind: str) -> str:
    span = span_english(Span.of(deadline - now))
    return ahead.format(span) if deadline > now else behind.format(span)


def reminder_english(reminder: Reminder, now: datetime) -> str:
    """What a reminder says, in English, e.g. "expires in 6 d 23 h"."""
    deadline = reminder.deadline
    kind = reminder.kind
    if kind in (ReminderKind.LEAD, ReminderKind.FINAL_DAYS):
        return _in_or_ago(deadline, now, "expires in {}", "expired {} ago")
    if kind is ReminderKind.GRACE:
        return _in_or_ago(deadline, now, "expired — number at risk in {}", "grace ended {} ago")
    if kind is ReminderKind.GRACE_END:
        return _in_or_ago(
            deadline,
            now,
            "the number will be recycled in {}",
            "grace ended {} ago — the number has probably been recycled",
        )
    if kind is ReminderKind.KEEP_ALIVE:
        return _in_or_ago(
            deadline, now, "keep-alive activity due in {}", "keep-alive activity overdue by {}"
        )
    return _in_or_ago(deadline, now, "suspension ends in {}", "suspension ended {} ago")


def push_english(reminder: Reminder, line: Line, now: datetime) -> tuple[str, str]:
    """A push message's title and body: "Bank OTP expires in 6 d 23 h", and the number."""
    return f"{line.display_name} {reminder_english(reminder, now)}", line.fields.number


def summary_english(count: int) -> str:
    """The title of one message that carries several reminders."""
    return f"NumberKeeper: {count} reminders"
