"""The .ics export (#5): every line's deadline events (services.calendar_events) in one
iCalendar file, written atomically, for a phone's calendar to import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

import icalendar

from numberkeeper.core.lines import Line
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.calendar_events import (
    calendar_events,
    english_summary,
    new_calendar,
)
from numberkeeper.services.container import Services
from numberkeeper.services.exports import atomic_text


@storage_errors
def build_calendar(
    services: Services,
    now: datetime,
    user_zone: tzinfo,
    summary: Callable[[Line, str], str] = english_summary,
) -> icalendar.Calendar:
    """The calendar of every deadline (see the module docstring)."""
    cal = new_calendar()
    cal.add("x-wr-calname", "NumberKeeper")
    lines, settings = services.lines.list_lines(), services.reminders.settings()
    for event in calendar_events(lines, settings, user_zone, summary):
        cal.add_component(event.build(now))
    cal.add_missing_timezones()
    return cal


@storage_errors
def export_calendar(
    services: Services,
    target: Path,
    now: datetime,
    user_zone: tzinfo,
    *,
    summary: Callable[[Line, str], str] = english_summary,
) -> int:
    """Write the .ics file atomically; returns the number of events.

    `summary` words each event's title (the GUI passes a translated one).
    """
    cal = build_calendar(services, now, user_zone, summary)
    count = sum(1 for _ in cal.walk("VEVENT"))
    # RFC 5545 wants CRLF line ends, which to_ical() already produces: write them untouched.
    with atomic_text(target, bom=False) as out:
        out.write(cal.to_ical().decode("utf-8"))
    return count
