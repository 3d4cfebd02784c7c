"""A reminder falls due at the user's hour, on the user's day (#17 §1b), hand-computed.

The line below is Kuwaiti and expires on 1 December: its deadline is 23:59 in Kuwait, which is
04:59 on 2 December in Shanghai and 12:59 on 1 December in Los Angeles.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_reminders import EMPTY, EXPIRY, make_line

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.lines import KeepAliveRule
from numberkeeper.core.reminder_settings import hour_text, parse_hour
from numberkeeper.core.reminders import (
    ReminderKind,
    ReminderSettings,
    due_reminders,
    next_check,
    reminder_instant,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
DEFAULT = ReminderSettings()


def shanghai(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)


def la(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=LOS_ANGELES).astimezone(UTC)


def test_in_shanghai_reminders_come_at_nine_on_the_local_day_before_the_deadline() -> None:
    line = make_line()
    assert shanghai(12, 2, 4, 59) == EXPIRY
    # Seven of the user's days before 2 December (where the deadline falls), at 09:00.
    assert next_check([line], EMPTY, shanghai(11, 24, 12), SHANGHAI) == shanghai(11, 25)
    [r] = due_reminders([line], EMPTY, shanghai(11, 25) - timedelta(seconds=1), SHANGHAI)
    assert r.key == "1:lead:30:2026-12-01"
    [r] = due_reminders([line], EMPTY, shanghai(11, 25), SHANGHAI)
    assert (r.key, r.due_at, r.deadline) == ("1:lead:7:2026-12-01", shanghai(11, 25), EXPIRY)
    # The last days: daily at 09:00 on 29 and 30 November and 1 December.
    for day in (29, 30):
        [r] = due_reminders([line], EMPTY, shanghai(11, day, 10), SHANGHAI)
        assert (r.kind, r.due_at, r.occurrence) == (
            ReminderKind.FINAL_DAYS,
            shanghai(11, 29),
            shanghai(11, day),
        )
    [r] = due_reminders([line], EMPTY, shanghai(12, 2, 8), SHANGHAI)
    assert r.occurrence == shanghai(12, 1)  # not 04:59 on the 2nd: nobody is awake
    # Expired at 04:59; the grace reminder waits for 09:00.
    graced = make_line(grace_days=30)
    [r] = due_reminders([graced], EMPTY, shanghai(12, 2, 8), SHANGHAI)
    assert r.kind is ReminderKind.FINAL_DAYS
    [r] = due_reminders([graced], EMPTY, shanghai(12, 2, 9), SHANGHAI)
    assert (r.kind, r.due_at) == (ReminderKind.GRACE, shanghai(12, 2))


def test_in_los_angeles_the_last_day_reminds_before_the_deadline_and_grace_waits() -> None:
    line = make_line(grace_days=30)
    assert la(12, 1, 12) + timedelta(minutes=59) == EXPIRY
    [r] = due_reminders([line], EMPTY, la(12, 1, 10), LOS_ANGELES)
    # 09:00 on the deadline's own day is still before it: "expires in 3 h 59 min".
    assert (r.kind, r.occurrence) == (ReminderKind.FINAL_DAYS, la(12, 1))
    assert next_check([line], EMPTY, la(12, 1, 10), LOS_ANGELES) == la(12, 2)
    [r] = due_reminders([line], EMPTY, la(12, 2), LOS_ANGELES)
    assert (r.kind, r.due_at, r.occurrence) == (ReminderKind.GRACE, la(12, 2), la(12, 2))


def test_a_reminder_never_falls_due_after_what_it_warns_about() -> None:
    # A keep-alive every day: no notice, so the reminder is on the deadline's own day — but
    # 09:00 on 3 January in Shanghai is after 04:59, so it comes the day before.
    line = make_line(expires=date(2027, 6, 1), keep_alive=KeepAliveRule(1))
    deadline = shanghai(1, 3, 4, 59)
    at = datetime(2026, 1, 2, 9, tzinfo=SHANGHAI).astimezone(UTC)
    [r] = due_reminders([line], EMPTY, at, SHANGHAI)
    assert (r.kind, r.due_at) == (ReminderKind.KEEP_ALIVE, at)
    assert r.deadline.replace(year=2026) == deadline.replace(year=2026)
    assert reminder_instant(r.deadline, 0, time(9), SHANGHAI) == at


def test_the_hour_and_a_pinned_zone_are_settings() -> None:
    line = make_line()
    evening = ReminderSettings(hour=time(19, 30))
    [r] = due_reminders([line], EMPTY, shanghai(11, 25, 19, 30), SHANGHAI, evening)
    assert r.due_at == shanghai(11, 25, 19, 30)
    # A push timer on a server in UTC still reminds a user in Shanghai at 09:00 Shanghai.
    pinned = ReminderSettings(zone="Asia/Shanghai")
    assert next_check([line], EMPTY, shanghai(11, 24, 12), UTC, pinned) == shanghai(11, 25)
    # Unpinned, the day is the server's: the deadline is on 1 December in UTC, so 24 November.
    assert next_check([line], EMPTY, shanghai(11, 24, 12), UTC, DEFAULT) == datetime(
        2026, 11, 24, 9, tzinfo=UTC
    )


def test_alarm_instants_match_the_reminders() -> None:
    assert reminder_instant(EXPIRY, 7, time(9), SHANGHAI) == shanghai(11, 25)
    assert reminder_instant(EXPIRY, 0, time(9), LOS_ANGELES) == la(12, 1)
    assert reminder_instant(EXPIRY, 0, time(9), SHANGHAI) == shanghai(12, 1)


@pytest.mark.parametrize("text", ["9:00", "09:00", " 21:05 "])
def test_hours_are_read_as_typed(text: str) -> None:
    assert hour_text(parse_hour(text)) in ("09:00", "21:05")


@pytest.mark.parametrize("text", ["24:00", "9", "9h", "09:60", "", "nine"])
def test_a_bad_hour_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as e:
        parse_hour(text)
    assert e.value.errors[0].code is ErrorCode.TIME_INVALID
