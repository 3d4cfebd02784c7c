"""What a reminder is (#4): its kinds, the stages' day counts, one due reminder, and what the
user did with reminders. core.reminders says when they fall due; core.reminder_scan finds them.

Pure: no Qt, no SQL, no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from numberkeeper.core.lines import DEFAULT_CUTOFF

_ZERO = timedelta(0)


class ReminderKind(StrEnum):
    """What a reminder warns about."""

    LEAD = "lead"  # expiry in `lead_days` days
    FINAL_DAYS = "final_days"  # expiry within FINAL_DAYS days (daily)
    GRACE = "grace"  # expired, number at risk until the grace end (daily)
    GRACE_END = "grace_end"  # the number will be recycled
    KEEP_ALIVE = "keep_alive"  # a keep-alive activity is due
    RESUME = "resume"  # a suspension ends


FINAL_DAYS = 3  # the last days before expiry, when the reminder repeats daily
GRACE_END_NOTICE_DAYS = 1
KEEP_ALIVE_NOTICE_DAYS = 3  # capped at every_days - 1, so it never precedes the last activity
RESUME_NOTICE_DAYS = 1
RESUME_AT = time(0, 0)  # a suspension ends at the start of its resume date


@dataclass(frozen=True)
class Reminder:
    """One reminder of one line, due at `due_at` (see the module docstring for the kinds)."""

    key: str  # stable identity, e.g. "12:lead:7:2026-12-01"
    line_id: int
    kind: ReminderKind
    due_at: datetime  # aware, UTC
    deadline: datetime  # aware, UTC: the expiry, grace end, keep-alive due or resume instant
    lead_days: int | None  # LEAD only
    repeats_daily: bool  # FINAL_DAYS and GRACE repeat daily until acknowledged
    # For daily reminders the latest daily occurrence <= now (re-notify once a day); else due_at.
    occurrence: datetime


_new = object.__new__


def fast_reminder(
    key: str,
    line_id: int,
    kind: ReminderKind,
    due_at: datetime,
    deadline: datetime,
    lead_days: int | None,
    repeats_daily: bool,
    occurrence: datetime,
) -> Reminder:
    """`Reminder(...)` in half the time: a frozen dataclass's __init__ sets each field through
    object.__setattr__, which dominates when thousands of lines have something due."""
    reminder = _new(Reminder)
    reminder.__dict__.update(
        key=key,
        line_id=line_id,
        kind=kind,
        due_at=due_at,
        deadline=deadline,
        lead_days=lead_days,
        repeats_daily=repeats_daily,
        occurrence=occurrence,
    )
    return reminder


@dataclass(frozen=True)
class ReminderState:
    """What the user did with reminders, keyed by Reminder.key (times aware)."""

    acknowledged: frozenset[str] = frozenset()
    snoozed_until: Mapping[str, datetime] = field(default_factory=dict)
    notified_at: Mapping[str, datetime] = field(default_factory=dict)


def utc(moment: datetime) -> datetime:
    """`moment` in UTC; a naive one is refused (ValueError)."""
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment.astimezone(UTC)


def instant(day_ordinal: int, zone: tzinfo, at: time = DEFAULT_CUTOFF) -> datetime:
    """`datetime.combine(day, at, zone).astimezone(UTC)`, about three times faster."""
    day = date.fromordinal(day_ordinal)
    return datetime.combine(day, at, UTC) - (zone.utcoffset(datetime.combine(day, at)) or _ZERO)
