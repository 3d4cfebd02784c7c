"""Reminder rules (#4): fixed clocks and hypothesis.

The rules are checked against hand-computed instants and against `reference_due`, a slow,
obviously-correct restatement of the rules (every instant through `datetime.combine(...,
ZoneInfo)`), which the fast implementation must match exactly.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.lines import (
    DEFAULT_CUTOFF,
    KeepAliveRule,
    Line,
    LineFields,
    LineStatus,
)
from numberkeeper.core.phases import expiry_instant, grace_end_instant, line_timing
from numberkeeper.core.reminders import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    ReminderState,
    SnoozeOption,
    due_reminders,
    needs_notification,
    next_check,
    parse_lead_days,
    snooze_until,
    validate_lead_days,
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


# --- acknowledgement, missed while closed, zones, clock jumps ---------------------------------


def test_acknowledged_is_never_shown_again() -> None:
    line = make_line()
    state = ReminderState(acknowledged=frozenset({"1:lead:30:2026-12-01"}))
    for hours in range(0, 23 * 24, 7):
        assert due([line], state, EXPIRY - 30 * DAY + timedelta(hours=hours)) == []


def test_a_reminder_missed_while_closed_is_due_at_the_next_start() -> None:
    line = make_line()
    fell_due = EXPIRY - 7 * DAY
    started = fell_due + 3 * DAY
    [r] = due([line], EMPTY, started)
    assert r.due_at == fell_due
    assert r.key == "1:lead:7:2026-12-01"
    assert needs_notification(r, EMPTY)


@pytest.mark.parametrize(
    "viewer", ["UTC", "Asia/Shanghai", "Asia/Kuwait", "America/Los_Angeles", "Pacific/Kiritimati"]
)
def test_a_kuwaiti_line_is_the_same_seen_from_any_zone(viewer: str) -> None:
    lines = [make_line(1), make_line(2, tz="Asia/Muscat"), make_line(3, date(2026, 11, 29))]
    for now in (EXPIRY - 7 * DAY, EXPIRY - 2 * DAY + timedelta(hours=3), EXPIRY):
        seen = now.astimezone(ZoneInfo(viewer))
        assert due(lines, EMPTY, seen) == due(lines, EMPTY, now)
        assert following(lines, EMPTY, seen) == following(lines, EMPTY, now)
    # 23:59 in Muscat is an hour before 23:59 in Kuwait, on the same day of the user's: their
    # reminders come at the same hour, the user's (#17).
    [muscat, kuwait] = due(lines[:2], EMPTY, EXPIRY - 7 * DAY)
    assert muscat.deadline == kuwait.deadline - timedelta(hours=1)
    assert muscat.due_at == kuwait.due_at == EXPIRY - 7 * DAY


def test_a_clock_jump_either_way_gives_the_answer_for_the_new_time() -> None:
    lines = [make_line(1), make_line(2, date(2026, 11, 10)), make_line(3, date(2027, 3, 1))]
    early, late = EXPIRY - 20 * DAY, EXPIRY + 5 * DAY
    first = due(lines, EMPTY, early)
    jumped = due(lines, EMPTY, late)
    assert due(lines, EMPTY, early) == first  # back again: same as before
    assert due(lines, EMPTY, late) == jumped
    assert first != jumped


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        due([make_line()], EMPTY, datetime(2026, 11, 1))


# --- statuses, keep-alive ----------------------------------------------------------------------


def test_suspended_lines_only_remind_of_the_resume_date() -> None:
    line = make_line(status=LineStatus.SUSPENDED, resume_on=date(2026, 12, 10))
    resumes = datetime(2026, 12, 9, 21, 0, tzinfo=UTC)  # 00:00 on the 10th in Kuwait
    assert due([line], EMPTY, EXPIRY + DAY) == []  # no grace reminder
    # The day before, at the reminder hour (23:59 here): a minute before it resumes.
    remind = datetime(2026, 12, 9, 20, 59, tzinfo=UTC)
    assert following([line], EMPTY, EXPIRY) == remind
    assert due([line], EMPTY, remind - SECOND) == []
    [r] = due([line], EMPTY, remind)
    assert (r.key, r.kind, r.deadline) == ("1:resume:2026-12-10", ReminderKind.RESUME, resumes)
    open_ended = make_line(status=LineStatus.SUSPENDED)
    assert due([open_ended], EMPTY, EXPIRY + DAY) == []
    assert following([open_ended], EMPTY, EXPIRY) is None


def test_cancelled_and_archived_lines_give_nothing() -> None:
    lines = [make_line(1, status=LineStatus.CANCELLED), make_line(2, archived=True)]
    for now in (EXPIRY - 30 * DAY, EXPIRY, EXPIRY + 400 * DAY):
        assert due(lines, EMPTY, now) == []
        assert following(lines, EMPTY, now) is None


def test_keep_alive_due_before_expiry() -> None:
    rule = KeepAliveRule(90)
    line = make_line(expires=date(2027, 6, 1), keep_alive=rule, last_activity=date(2026, 10, 1))
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert line_timing(line, now).keep_alive_due_on == date(2026, 12, 30)
    deadline = datetime(2026, 12, 30, 20, 59, tzinfo=UTC)
    assert following([line], EMPTY, now) == deadline - 3 * DAY
    [r] = due([line], EMPTY, deadline - 3 * DAY)
    assert (r.key, r.kind, r.deadline) == (
        "1:keep_alive:2026-12-30",
        ReminderKind.KEEP_ALIVE,
        deadline,
    )
    # Logging an activity moves the due date: a new key, nothing due now.
    logged = dataclasses.replace(line, last_activity_on=date(2026, 12, 28))
    assert due([logged], EMPTY, deadline - 3 * DAY) == []
    # Without any activity the count starts from the day the line was added.
    fresh = make_line(expires=date(2027, 6, 1), keep_alive=KeepAliveRule(2))
    assert due_keys([fresh], datetime(2026, 1, 2, 20, 59, tzinfo=UTC)) == [
        "1:keep_alive:2026-01-03"
    ]


def test_keep_alive_after_expiry_is_left_to_the_expiry_reminders() -> None:
    line = make_line(keep_alive=KeepAliveRule(365), last_activity=date(2026, 10, 1))
    assert due_keys([line], EXPIRY - 30 * DAY) == ["1:lead:30:2026-12-01"]


def test_most_urgent_first() -> None:
    lines = [
        make_line(1, date(2026, 12, 25)),
        make_line(2, date(2026, 11, 1), grace_days=60),
        make_line(3, date(2026, 12, 1)),
    ]
    assert [r.line_id for r in due(lines, EMPTY, EXPIRY - 2 * DAY)] == [3, 1, 2]


# --- lead days validation ----------------------------------------------------------------------


def test_lead_days_validation() -> None:
    assert validate_lead_days([1, 30, 7, 7, 0]) == (30, 7, 1, 0)
    assert parse_lead_days("30, 7 3,1") == (30, 7, 3, 1)
    assert parse_lead_days("") == ()
    with pytest.raises(ValidationError) as e:
        validate_lead_days([366, -1, True, "7", 2.5])
    assert [x.code for x in e.value.errors] == [
        ErrorCode.INTEGER_OUT_OF_RANGE,
        ErrorCode.INTEGER_OUT_OF_RANGE,
        ErrorCode.INTEGER_INVALID,
        ErrorCode.INTEGER_INVALID,
        ErrorCode.INTEGER_INVALID,
    ]
    with pytest.raises(ValidationError, match="lead_days: x is not a whole number"):
        parse_lead_days("7, x")
