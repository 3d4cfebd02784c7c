"""The reminder rules' tests' clock, line and shorthands: a Kuwaiti line expiring 2026-12-01,
what is due at an instant, the keys of what is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from numberkeeper.core.lines import (
    DEFAULT_CUTOFF,
    Line,
    LineFields,
)
from numberkeeper.core.reminders import (
    Reminder,
    ReminderSettings,
    ReminderState,
    due_reminders,
    next_check,
)

KUWAIT = ZoneInfo("Asia/Kuwait")
EXPIRES = date(2026, 12, 1)  # 23:59 in Kuwait is 20:59 UTC
EXPIRY = datetime(2026, 12, 1, 20, 59, tzinfo=UTC)
CREATED = datetime(2026, 1, 1, tzinfo=UTC)
SECOND = timedelta(seconds=1)
DAY = timedelta(days=1)
EMPTY = ReminderState()


def make_line(
    line_id: int = 1,
    expires: date = EXPIRES,
    tz: str = "Asia/Kuwait",
    archived: bool = False,
    last_activity: date | None = None,
    **kw: object,
) -> Line:
    return Line(
        id=line_id,
        fields=LineFields(
            number=f"+9659{line_id:07d}",
            country="KW",
            expires_on=expires,
            time_zone=tz,
            **kw,  # type: ignore[arg-type]
        ),
        created_at=CREATED,
        updated_at=CREATED,
        archived_at=CREATED if archived else None,
        last_activity_on=last_activity,
    )


# The reminder hour at the carrier's cut-off, for a user in Kuwait: a reminder falls due at the
# cut-off of its day, as before #17. Most rules read most simply so; the hour's own tests follow.
AT_CUTOFF = ReminderSettings(hour=DEFAULT_CUTOFF)


def due(
    lines: list[Line],
    state: ReminderState,
    now: datetime,
    cfg: ReminderSettings = AT_CUTOFF,
    zone: tzinfo = KUWAIT,
) -> list[Reminder]:
    return due_reminders(lines, state, now, zone, cfg)


def following(
    lines: list[Line],
    state: ReminderState,
    now: datetime,
    cfg: ReminderSettings = AT_CUTOFF,
    zone: tzinfo = KUWAIT,
) -> datetime | None:
    return next_check(lines, state, now, zone, cfg)


def keys(reminders: list[Reminder]) -> list[str]:
    return [r.key for r in reminders]


def due_keys(lines: list[Line], now: datetime, state: ReminderState = EMPTY) -> list[str]:
    return keys(due(lines, state, now))
