"""Reminder rules (#4, #17): which reminders are due for a set of lines at an instant, and when
the answer can next change.

Pure: no Qt, no SQL, no I/O, no clock. Acknowledgements, snoozes and "notified at" times come in
as a `ReminderState`; the caller stores them (store.reminders) and passes `now` and the zone the
user lives in.

Every deadline stays where the carrier puts it — the cut-off (23:59) in the line's own zone on a
day counted in calendar days, so a DST change cannot move it. A reminder of it falls due at the
user's reminder hour (ReminderSettings.hour, 09:00 by default) in the *user's* zone, on the
user's local day N days before the deadline (#17 §1b: 23:59 in Kuwait is 04:59 in Shanghai, an
hour at which an alarm wakes the user or passes unseen). A reminder that warns before a deadline
never falls due after it (with N = 0 and a deadline before the hour, it comes the day before);
one about a deadline that has passed falls due at the first reminder hour after it.

The reminders of one line, each a *stage*:
- LEAD: one per lead time above FINAL_DAYS (default 30 and 7 days) before expiry; once.
- FINAL_DAYS: from FINAL_DAYS (3) days before expiry, repeating daily until the next stage.
  Lead times of 3 days or less fall inside this window and are covered by its daily repetition.
- GRACE: from the first reminder hour after expiry, repeating daily while the number is in grace.
- GRACE_END: GRACE_END_NOTICE_DAYS before the end of grace ("the number will be recycled"), and
  stays due after it until acknowledged.
A later stage supersedes the earlier ones of the same line: only the latest stage that has
started is shown, so a line added 10 days before expiry shows one reminder, not three.
Independently: KEEP_ALIVE before a keep-alive activity falls due (when that is before expiry),
and, for a suspended line, RESUME the day before its resume date (a suspended line gives nothing
else). Cancelled and archived lines give none.

Each reminder has a stable key naming the line, the kind, the lead and the date of the deadline
it warns about: a renewal (a new expiry date) makes new keys, so an old acknowledgement cannot
hide a new reminder, while acknowledging a daily reminder silences it for that deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum

from numberkeeper.core.lines import Line
from numberkeeper.core.reminder_model import (
    FINAL_DAYS,
    Reminder,
    ReminderKind,
    ReminderState,
    utc,
)
from numberkeeper.core.reminder_scan import Hours, Scan, urgency
from numberkeeper.core.reminder_settings import (
    DEFAULT_HOUR,
    DEFAULT_LEAD_DAYS,
    MAX_LEAD_DAYS,
    ReminderSettings,
    parse_lead_days,
    validate_lead_days,
)

# Re-exported: callers read the whole of the reminders' API from here.
__all__ = [
    "DEFAULT_LEAD_DAYS",
    "FINAL_DAYS",
    "MAX_LEAD_DAYS",
    "MORNING",
    "Reminder",
    "ReminderKind",
    "ReminderScan",
    "ReminderSettings",
    "ReminderState",
    "SnoozeOption",
    "due_reminders",
    "key_line_id",
    "needs_notification",
    "next_check",
    "parse_lead_days",
    "reminder_instant",
    "scan_reminders",
    "snooze_until",
    "validate_lead_days",
]

MORNING = DEFAULT_HOUR  # SnoozeOption.TOMORROW_MORNING, in the user's zone
_DAY = timedelta(days=1)
_DEFAULTS = ReminderSettings()


class SnoozeOption(StrEnum):
    """How long a snooze lasts."""

    HOUR = "hour"
    TOMORROW_MORNING = "tomorrow_morning"  # 09:00 the next day, in the user's zone
    DAY = "day"


def snooze_until(option: SnoozeOption, now: datetime, user_zone: tzinfo) -> datetime:
    """When a snooze chosen at `now` ends (aware, UTC)."""
    now_utc = utc(now)
    if option is SnoozeOption.HOUR:
        return now_utc + timedelta(hours=1)
    if option is SnoozeOption.DAY:
        return now_utc + _DAY
    tomorrow = now_utc.astimezone(user_zone).date() + _DAY
    return datetime.combine(tomorrow, MORNING, user_zone).astimezone(UTC)


def key_line_id(key: str) -> int:
    """The line id a reminder key belongs to (keys start with it)."""
    return int(key.split(":", 1)[0])


def needs_notification(reminder: Reminder, state: ReminderState) -> bool:
    """True when a due reminder should be shown outside the window now: never notified, notified
    before its latest daily occurrence, or notified before a snooze of it ended."""
    at = state.notified_at.get(reminder.key)
    if at is None or at < reminder.occurrence:
        return True
    snoozed = state.snoozed_until.get(reminder.key)
    return snoozed is not None and at < snoozed


def reminder_instant(
    deadline: datetime, days_before: int, hour: time, user_zone: tzinfo
) -> datetime:
    """When a reminder `days_before` days before `deadline` falls due (aware, UTC): `hour` on the
    user's local day that many days before the deadline's, or the day before that when it would
    not come before the deadline. The calendar's alarms use it, so they ring with the desktop."""
    hours = Hours(user_zone, hour)
    found = utc(deadline)
    return hours.at(hours.before(found, found.astimezone(user_zone).toordinal(), days_before))


@dataclass(frozen=True)
class ReminderScan:
    """One pass over the lines: what is due now and when that can next change."""

    due: list[Reminder]
    next_check: datetime | None


def scan_reminders(
    lines: Sequence[Line],
    state: ReminderState,
    now: datetime,
    user_zone: tzinfo,
    settings: ReminderSettings = _DEFAULTS,
) -> ReminderScan:
    """`due_reminders` and `next_check` in a single pass (what a scheduler needs each wake)."""
    scan = Scan(state, now, user_zone, settings, want_next=True)
    scan.run(lines)
    scan.due.sort(key=urgency)
    return ReminderScan(scan.due, scan.best)


def due_reminders(
    lines: Sequence[Line],
    state: ReminderState,
    now: datetime,
    user_zone: tzinfo,
    settings: ReminderSettings = _DEFAULTS,
) -> list[Reminder]:
    """The reminders due at `now` (due_at <= now), neither acknowledged nor snoozed past `now`,
    most urgent (nearest deadline) first. A reminder that fell due while the app was closed is
    simply due. `user_zone` is the zone the app runs in (see ReminderSettings.zone)."""
    scan = Scan(state, now, user_zone, settings, want_next=False)
    scan.run(lines)
    scan.due.sort(key=urgency)
    return scan.due


def next_check(
    lines: Sequence[Line],
    state: ReminderState,
    now: datetime,
    user_zone: tzinfo,
    settings: ReminderSettings = _DEFAULTS,
) -> datetime | None:
    """The earliest instant after `now` at which `due_reminders` can change — a reminder falls
    due, a daily occurrence starts, a snooze ends — or None if nothing ever will (aware, UTC)."""
    scan = Scan(state, now, user_zone, settings, want_next=True)
    scan.run(lines)
    return scan.best
