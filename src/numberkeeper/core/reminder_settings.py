"""What the user chose about reminders (#4, #17): lead times before expiry, and the hour of
their own day at which a reminder falls due, with the checks that refuse a bad value.

Pure: no Qt, no SQL, no clock. store.reminders keeps them; core.reminders applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time, tzinfo
from zoneinfo import ZoneInfo

from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError

DEFAULT_LEAD_DAYS: tuple[int, ...] = (30, 7, 3, 1)
MAX_LEAD_DAYS = 365
# A reminder falls due at this hour of the user's own day (#17 §1b): the carrier's cut-off
# (23:59 in Kuwait) is 04:59 in Shanghai, when an alarm would wake the user or pass unseen.
DEFAULT_HOUR = time(9, 0)

_HOUR_TEXT = re.compile(r"(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class ReminderSettings:
    """Lead times before expiry, in days (a global default and per-line overrides by line id);
    the hour of the user's day at which reminders fall due; and the user's zone when it was
    pinned (a machine that runs the push timer in another zone than the user lives in), else
    None: the zone the app runs in."""

    lead_days: tuple[int, ...] = DEFAULT_LEAD_DAYS
    per_line: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    hour: time = DEFAULT_HOUR
    zone: str | None = None

    def lead_days_for(self, line_id: int) -> tuple[int, ...]:
        """The lead times that apply to one line."""
        return self.per_line.get(line_id, self.lead_days)

    def user_zone(self, running_zone: tzinfo) -> tzinfo:
        """The zone whose days the reminder hour belongs to: the pinned one, else the zone the
        app runs in."""
        return ZoneInfo(self.zone) if self.zone else running_zone


def validate_lead_days(values: Iterable[object], field_name: str = "lead_days") -> tuple[int, ...]:
    """Lead times as whole numbers of days in 0..MAX_LEAD_DAYS: deduplicated, largest first.

    Raises ValidationError naming every refused value.
    """
    errors: list[FieldError] = []
    days: set[int] = set()
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(FieldError(field_name, ErrorCode.INTEGER_INVALID, {"value": str(value)}))
        elif not 0 <= value <= MAX_LEAD_DAYS:
            errors.append(
                FieldError(
                    field_name,
                    ErrorCode.INTEGER_OUT_OF_RANGE,
                    {"value": str(value), "low": "0", "high": str(MAX_LEAD_DAYS)},
                )
            )
        else:
            days.add(value)
    if errors:
        raise ValidationError(errors)
    return tuple(sorted(days, reverse=True))


def parse_lead_days(text: str, field_name: str = "lead_days") -> tuple[int, ...]:
    """Lead times as typed, e.g. "30, 7, 3, 1" (commas or spaces); see validate_lead_days."""
    values: list[object] = []
    for part in text.replace(",", " ").split():
        try:
            values.append(int(part))
        except ValueError:
            values.append(part)
    return validate_lead_days(values, field_name)


def parse_hour(text: str, field_name: str = "hour") -> time:
    """A reminder hour as typed, "09:00" or "9:30" (24-hour clock, minutes kept)."""
    match = _HOUR_TEXT.fullmatch(text.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError.single(field_name, ErrorCode.TIME_INVALID, value=text.strip())
    return time(int(match[1]), int(match[2]))


def hour_text(hour: time) -> str:
    """How an hour is stored and shown: "09:00"."""
    return f"{hour.hour:02d}:{hour.minute:02d}"
