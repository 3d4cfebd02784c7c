"""Reminder rules (#4): fixed clocks and hypothesis.

The rules are checked against hand-computed instants and against `reference_due`, a slow,
obviously-correct restatement of the rules (every instant through `datetime.combine(...,
ZoneInfo)`), which the fast implementation must match exactly.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from reminder_support import (
    DAY,
    EMPTY,
    EXPIRY,
    KUWAIT,
    SECOND,
    due,
    due_keys,
    following,
    keys,
    make_line,
)

from numberkeeper.core.lines import (
    DEFAULT_CUTOFF,
)
from numberkeeper.core.phases import expiry_instant, grace_end_instant
from numberkeeper.core.reminders import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    ReminderState,
    SnoozeOption,
    needs_notification,
    snooze_until,
)

# --- lead times -------------------------------------------------------------------------------


def test_lead_time_falls_due_exactly_at_its_instant() -> None:
    line = make_line()
    lead_30 = EXPIRY - 30 * DAY
    assert due_keys([line], lead_30 - SECOND) == []
    assert following([line], EMPTY, lead_30 - SECOND) == lead_30
    [r] = due([line], EMPTY, lead_30)
    assert r == Reminder(
        key="1:lead:30:2026-12-01",
        line_id=1,
        kind=ReminderKind.LEAD,
        due_at=lead_30,
        deadline=EXPIRY,
        lead_days=30,
        repeats_daily=False,
        occurrence=lead_30,
    )
    assert r.due_at.tzinfo is UTC
    assert r.deadline == expiry_instant(line.fields)


def test_a_later_lead_time_supersedes_the_earlier_one() -> None:
    line = make_line()
    lead_7 = EXPIRY - 7 * DAY
    assert due_keys([line], lead_7 - SECOND) == ["1:lead:30:2026-12-01"]
    assert following([line], EMPTY, lead_7 - SECOND) == lead_7
    assert due_keys([line], lead_7) == ["1:lead:7:2026-12-01"]


def test_lead_times_count_calendar_days_across_a_dst_change() -> None:
    # New York leaves DST on 1 Nov 2026: 30 local days before 1 Dec 23:59 is 1 Nov 23:59 EST
    # (for a user who lives there too).
    new_york = ZoneInfo("America/New_York")
    line = make_line(tz="America/New_York")
    expiry = datetime(2026, 12, 2, 4, 59, tzinfo=UTC)
    assert expiry_instant(line.fields) == expiry
    [r] = due([line], EMPTY, expiry - 7 * DAY, zone=new_york)
    assert r.due_at == expiry - 7 * DAY
    [r] = due([line], EMPTY, datetime(2026, 11, 2, 4, 59, tzinfo=UTC), zone=new_york)
    assert r.key == "1:lead:30:2026-12-01"
    assert r.due_at == datetime(2026, 11, 2, 4, 59, tzinfo=UTC)


def test_per_line_lead_times_override_the_default() -> None:
    lines = [make_line(1), make_line(2)]
    custom = ReminderSettings(lead_days=(60, 14), per_line={2: (10,)}, hour=DEFAULT_CUTOFF)
    now = EXPIRY - 12 * DAY
    assert keys(due(lines, EMPTY, now, custom)) == ["1:lead:14:2026-12-01"]
    now = EXPIRY - 10 * DAY
    assert keys(due(lines, EMPTY, now, custom)) == [
        "1:lead:14:2026-12-01",
        "2:lead:10:2026-12-01",
    ]
    assert custom.lead_days_for(2) == (10,)
    assert custom.lead_days_for(1) == (60, 14)


def test_lead_times_of_three_days_or_less_are_the_daily_final_days() -> None:
    only_short = ReminderSettings(lead_days=(2, 1, 0), hour=DEFAULT_CUTOFF)
    line = make_line()
    assert due([line], EMPTY, EXPIRY - 3 * DAY - SECOND, only_short) == []
    assert keys(due([line], EMPTY, EXPIRY - 3 * DAY, only_short)) == ["1:final_days:2026-12-01"]


# --- daily repetition -----------------------------------------------------------------------


def test_final_days_repeat_daily_until_acknowledged() -> None:
    line = make_line()
    start = EXPIRY - 3 * DAY
    seen = []
    for day in range(3):
        for offset in (timedelta(0), 12 * timedelta(hours=1), DAY - SECOND):
            [r] = due([line], EMPTY, start + day * DAY + offset)
            assert r.key == "1:final_days:2026-12-01"
            assert r.kind is ReminderKind.FINAL_DAYS
            assert r.repeats_daily
            assert r.due_at == start
            assert r.deadline == EXPIRY
            assert r.occurrence == start + day * DAY
            seen.append(r.occurrence)
        assert following([line], EMPTY, start + day * DAY) == start + (day + 1) * DAY
    assert len(set(seen)) == 3

    # Notified on day 1: not again that day; again when day 2's occurrence starts.
    state = ReminderState(notified_at={"1:final_days:2026-12-01": start + timedelta(hours=1)})
    [r] = due([line], state, start + timedelta(hours=5))
    assert not needs_notification(r, state)
    [r] = due([line], state, start + DAY)
    assert needs_notification(r, state)

    # Acknowledged: gone for this deadline, every remaining day.
    acked = ReminderState(acknowledged=frozenset({"1:final_days:2026-12-01"}))
    for hours in range(0, 72, 5):
        assert due([line], acked, start + timedelta(hours=hours)) == []
    assert following([line], acked, start + timedelta(hours=1)) == EXPIRY


def test_grace_repeats_daily_then_warns_of_recycling() -> None:
    line = make_line(grace_days=30)
    grace_end = grace_end_instant(line.fields)
    assert grace_end == datetime(2026, 12, 31, 20, 59, tzinfo=UTC)
    [r] = due([line], EMPTY, EXPIRY)
    assert (r.key, r.kind, r.deadline, r.occurrence) == (
        "1:grace:2026-12-31",
        ReminderKind.GRACE,
        grace_end,
        EXPIRY,
    )
    [r] = due([line], EMPTY, EXPIRY + 10 * DAY + SECOND)
    assert r.occurrence == EXPIRY + 10 * DAY
    assert r.repeats_daily
    acked = ReminderState(acknowledged=frozenset({"1:grace:2026-12-31"}))
    assert due([line], acked, EXPIRY + 10 * DAY) == []
    # One day before the number is recycled: a separate warning, acknowledged or not.
    assert following([line], acked, EXPIRY + 10 * DAY) == grace_end - DAY
    for state in (EMPTY, acked):
        [r] = due([line], state, grace_end - DAY)
        assert (r.key, r.kind, r.repeats_daily) == (
            "1:grace_end:2026-12-31",
            ReminderKind.GRACE_END,
            False,
        )
    # Past grace it stays until acknowledged, then nothing is left to check.
    [r] = due([line], EMPTY, grace_end + 100 * DAY)
    assert r.kind is ReminderKind.GRACE_END
    done = ReminderState(acknowledged=frozenset({"1:grace_end:2026-12-31"}))
    assert due([line], done, grace_end + 100 * DAY) == []
    assert following([line], done, grace_end + 100 * DAY) is None


def test_no_grace_means_the_recycling_warning_comes_the_day_before_expiry() -> None:
    line = make_line(grace_days=0)
    assert due_keys([line], EXPIRY - DAY - SECOND) == ["1:final_days:2026-12-01"]
    assert due_keys([line], EXPIRY - DAY) == ["1:grace_end:2026-12-01"]
    assert due_keys([line], EXPIRY + DAY) == ["1:grace_end:2026-12-01"]


def test_a_renewal_makes_new_keys() -> None:
    line = make_line()
    now = EXPIRY - 2 * DAY
    state = ReminderState(acknowledged=frozenset(due_keys([line], now)))
    assert due([line], state, now) == []
    renewed = dataclasses.replace(
        line, fields=dataclasses.replace(line.fields, expires_on=date(2026, 12, 21))
    )
    assert due_keys([renewed], now, state) == ["1:lead:30:2026-12-21"]
    nearer = dataclasses.replace(
        line, fields=dataclasses.replace(line.fields, expires_on=date(2026, 12, 2))
    )
    assert due_keys([nearer], now, state) == ["1:final_days:2026-12-02"]


# --- snooze -------------------------------------------------------------------------------------


def test_snooze_options() -> None:
    now = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)  # 04:00 on the 23rd in Shanghai
    shanghai = ZoneInfo("Asia/Shanghai")
    assert snooze_until(SnoozeOption.HOUR, now, shanghai) == now + timedelta(hours=1)
    assert snooze_until(SnoozeOption.DAY, now, shanghai) == now + DAY
    # Tomorrow 09:00 where the user is: the 24th in Shanghai, the 23rd in Kuwait (23:00 there).
    assert snooze_until(SnoozeOption.TOMORROW_MORNING, now, shanghai) == datetime(
        2026, 11, 24, 1, 0, tzinfo=UTC
    )
    assert snooze_until(SnoozeOption.TOMORROW_MORNING, now, KUWAIT) == datetime(
        2026, 11, 23, 6, 0, tzinfo=UTC
    )
    local = snooze_until(SnoozeOption.TOMORROW_MORNING, now.astimezone(shanghai), shanghai)
    assert local.tzinfo is UTC
    assert local.astimezone(shanghai).time() == time(9, 0)


def test_a_snoozed_reminder_comes_back_and_is_notified_again() -> None:
    line = make_line()
    now = EXPIRY - 10 * DAY
    key = "1:lead:30:2026-12-01"
    until = snooze_until(SnoozeOption.HOUR, now, KUWAIT)
    state = ReminderState(snoozed_until={key: until}, notified_at={key: now - SECOND})
    assert due([line], state, now) == []
    assert following([line], state, now) == until
    assert due([line], state, until - SECOND) == []
    [r] = due([line], state, until)
    assert needs_notification(r, state)
    shown = dataclasses.replace(state, notified_at={key: until + SECOND})
    assert not needs_notification(r, shown)
