"""Reminder rules (#4) beyond the lead times: acknowledged, missed while closed, seen from any
zone, after a clock jump; suspended, cancelled and archived lines; keep-alive; the order of
urgency; lead days as typed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from reminder_support import (
    DAY,
    EMPTY,
    EXPIRY,
    SECOND,
    due,
    due_keys,
    following,
    make_line,
)

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.lines import (
    KeepAliveRule,
    LineStatus,
)
from numberkeeper.core.phases import line_timing
from numberkeeper.core.reminders import (
    ReminderKind,
    ReminderState,
    needs_notification,
    parse_lead_days,
    validate_lead_days,
)

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
