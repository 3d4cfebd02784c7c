"""The calendar events of every line's deadlines, so reminders also reach a phone (#5, #17):
written to an iCalendar (.ics) file by services.calendar_export, and kept on a CalDAV server by
services.calendar_sync.

Events follow the reminder rules (core.reminders): an active line gives its expiry, its grace
end and its keep-alive due date; a suspended line its resume date; cancelled and archived lines
give none. Deadlines are timed events at the line's cut-off (23:59) in the line's own zone,
with a TZID and a VTIMEZONE; the resume date is an all-day event. Each event has alarms at
the line's reminder lead times (the per-line setting, else the default 30, 7, 3 and 1 days),
each at an absolute instant: the reminder hour of the user's day, as the desktop reminders
(core.reminders.reminder_instant; #17 §1b), so a phone rings at 09:00, not at 04:59.

UIDs are stable (`line-12-expiry@numberkeeper`), so importing a newer file updates the events
instead of duplicating them; SEQUENCE grows with the line's last change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cached_property
from zoneinfo import ZoneInfo

import icalendar

from numberkeeper import __version__
from numberkeeper.core.keepalive import keep_alive_comes_first, keep_alive_due
from numberkeeper.core.lines import DEFAULT_CUTOFF, Line, LineStatus
from numberkeeper.core.phases import expiry_instant, grace_end_instant
from numberkeeper.core.reminders import ReminderSettings, reminder_instant

UID_DOMAIN = "numberkeeper"
PRODID = f"-//NumberKeeper//NumberKeeper {__version__}//EN"
# SEQUENCE counts minutes since this instant at the line's last change (grows with each edit).
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


class DeadlineKind:
    """The kinds of calendar events, as used in UIDs."""

    EXPIRY = "expiry"
    GRACE_END = "grace-end"
    KEEP_ALIVE = "keep-alive"
    RESUME = "resume"


_ENGLISH = {
    DeadlineKind.EXPIRY: "{name} expires",
    DeadlineKind.GRACE_END: "{name}: grace ends, the number may be recycled",
    DeadlineKind.KEEP_ALIVE: "{name}: keep-alive activity due",
    DeadlineKind.RESUME: "{name}: suspension ends",
}


def event_name(line: Line) -> str:
    """How an event names its line: "Zain (+965 9666 1234)", or the number alone."""
    number = line.readable_number
    return f"{line.fields.label} ({number})" if line.fields.label else number


def english_summary(line: Line, kind: str) -> str:
    """The default event title, e.g. "Zain (+965 9666 1234) expires"."""
    return _ENGLISH[kind].format(name=event_name(line))


@dataclass(frozen=True)
class Deadline:
    """One event of the calendar: what, when, and how long before to alarm."""

    line: Line
    kind: str
    at: datetime | date  # aware datetime in the line's zone, or a date (all-day)
    alarm_days: tuple[int, ...]

    @property
    def uid(self) -> str:
        """Stable across exports: the line id and the kind."""
        return f"line-{self.line.id}-{self.kind}@{UID_DOMAIN}"

    @property
    def instant(self) -> datetime:
        """The deadline as an instant (all-day: the start of its day in the line's zone)."""
        if isinstance(self.at, datetime):
            return self.at
        return datetime.combine(self.at, time(0), ZoneInfo(self.line.fields.time_zone))


def is_our_uid(uid: str) -> bool:
    """Whether an event's UID is one NumberKeeper makes (`line-12-expiry@numberkeeper`)."""
    head, _, domain = uid.partition("@")
    if domain != UID_DOMAIN or not head.startswith("line-"):
        return False
    line_id, _, kind = head[len("line-") :].partition("-")
    kinds = (DeadlineKind.EXPIRY, DeadlineKind.GRACE_END, DeadlineKind.KEEP_ALIVE)
    return line_id.isdigit() and kind in (*kinds, DeadlineKind.RESUME)


def deadlines(lines: Iterable[Line], settings: ReminderSettings) -> Iterator[Deadline]:
    """Every event the calendar holds, line by line."""
    for line in lines:
        leads = settings.lead_days_for(line.id)
        leads = tuple(sorted({d for d in leads if d >= 0}, reverse=True))
        f = line.fields
        if f.status is LineStatus.SUSPENDED and f.resume_on is not None:
            yield Deadline(line, DeadlineKind.RESUME, f.resume_on, leads)
            continue
        if f.status is not LineStatus.ACTIVE:
            continue
        yield Deadline(line, DeadlineKind.EXPIRY, expiry_instant(f), leads)
        # An alarm earlier than the clock's own start would only repeat an earlier one.
        yield Deadline(
            line,
            DeadlineKind.GRACE_END,
            grace_end_instant(f),
            tuple(d for d in leads if d < f.grace_days) or (0,),
        )
        rule = f.keep_alive
        due = keep_alive_due(line)
        # As the reminders and the phases: a keep-alive date at or after the expiry is no
        # deadline of its own (renewing keeps the number), so it gets no event.
        if rule is not None and due is not None and keep_alive_comes_first(line, due):
            at = datetime.combine(due, DEFAULT_CUTOFF, ZoneInfo(f.time_zone))
            yield Deadline(
                line,
                DeadlineKind.KEEP_ALIVE,
                at,
                tuple(d for d in leads if d < rule.every_days) or (0,),
            )


def _sequence(line: Line) -> int:
    changed = line.updated_at
    if line.last_activity_on is not None:
        activity = datetime.combine(line.last_activity_on, datetime.min.time(), UTC)
        changed = max(changed, activity)
    return max(0, int((changed - _SEQUENCE_EPOCH).total_seconds() // 60))


# Part of every digest: bump it when the events are written differently, so every calendar
# gets the new form at its next sync.
EVENT_FORM = 1


@dataclass(frozen=True)
class CalendarEvent:
    """One event as a calendar holds it, with a digest of everything it says: the same digest
    means the server's copy needs nothing (#17: a sync with nothing changed sends nothing).

    The digest is taken from what the event is made of, not from its iCalendar text: making
    and writing out 2,000 events costs ~2 s, so only the events to be sent are made (`build`).
    """

    uid: str
    line_id: int
    deadline: Deadline
    title: str
    sequence: int
    alarms: tuple[tuple[int, datetime], ...]  # (days before, the alarm's instant in UTC)

    @cached_property
    def digest(self) -> str:
        """A fingerprint of the event's contents (EVENT_FORM included)."""
        at = self.deadline.at
        parts = (
            EVENT_FORM,
            self.uid,
            self.line_id,
            self.deadline.line.updated_at.isoformat(),
            self.sequence,
            self.title,
            self.deadline.line.fields.number,
            at.isoformat(),
            str(getattr(at, "tzinfo", "")),
            self.alarms,
        )
        return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()

    def build(self, now: datetime) -> icalendar.Event:
        """The iCalendar event, stamped `now` (DTSTAMP)."""
        deadline, line = self.deadline, self.deadline.line
        event = icalendar.Event()
        event.add("uid", self.uid)
        event.add("dtstamp", now.astimezone(UTC))
        event.add("last-modified", line.updated_at.astimezone(UTC))
        event.add("sequence", self.sequence)
        event.add("summary", self.title)
        event.add("description", f"{self.title}\n{line.fields.number}")
        event.add("dtstart", deadline.at)
        if isinstance(deadline.at, datetime):
            event.add("duration", timedelta(minutes=1))
        else:
            event.add("dtend", deadline.at + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["NumberKeeper"])
        for days, at in self.alarms:
            alarm = icalendar.Alarm()
            alarm.add("uid", f"{self.uid.split('@')[0]}-alarm-{days}d@{UID_DOMAIN}")
            alarm.add("action", "DISPLAY")
            alarm.add("description", self.title)
            alarm.add("trigger", at, parameters={"VALUE": "DATE-TIME"})
            event.add_component(alarm)
        return event


def calendar_events(
    lines: Iterable[Line],
    settings: ReminderSettings,
    user_zone: tzinfo,
    summary: Callable[[Line, str], str] = english_summary,
) -> Iterator[CalendarEvent]:
    """Every deadline's event of these lines (see the module docstring); `user_zone` is the
    zone the app runs in, whose days the alarms' hour belongs to unless `settings` pin one."""
    zone = settings.user_zone(user_zone)
    for deadline in deadlines(lines, settings):
        line = deadline.line
        alarms = tuple(
            (days, reminder_instant(deadline.instant, days, settings.hour, zone))
            for days in deadline.alarm_days
        )
        title = summary(line, deadline.kind)
        yield CalendarEvent(deadline.uid, line.id, deadline, title, _sequence(line), alarms)


def event_calendar(event: CalendarEvent, now: datetime) -> icalendar.Calendar:
    """A calendar holding one event and its time zones: one CalDAV resource."""
    cal = new_calendar()
    cal.add_component(event.build(now))
    cal.add_missing_timezones()
    return cal


def new_calendar() -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    return cal
