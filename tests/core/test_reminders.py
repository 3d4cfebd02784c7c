"""Reminder rules (#4): fixed clocks and hypothesis.

The rules are checked against hand-computed instants and against `reference_due`, a slow,
obviously-correct restatement of the rules (every instant through `datetime.combine(...,
ZoneInfo)`), which the fast implementation must match exactly.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from numberkeeper.core import reminders as rem
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


def keys(reminders: list[Reminder]) -> list[str]:
    return [r.key for r in reminders]


def due_keys(lines: list[Line], now: datetime, state: ReminderState = EMPTY) -> list[str]:
    return keys(due_reminders(lines, state, now))


# --- lead times -------------------------------------------------------------------------------


def test_lead_time_falls_due_exactly_at_its_instant() -> None:
    line = make_line()
    lead_30 = EXPIRY - 30 * DAY
    assert due_keys([line], lead_30 - SECOND) == []
    assert next_check([line], EMPTY, lead_30 - SECOND) == lead_30
    [r] = due_reminders([line], EMPTY, lead_30)
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
    assert next_check([line], EMPTY, lead_7 - SECOND) == lead_7
    assert due_keys([line], lead_7) == ["1:lead:7:2026-12-01"]


def test_lead_times_count_calendar_days_across_a_dst_change() -> None:
    # New York leaves DST on 1 Nov 2026: 30 local days before 1 Dec 23:59 is 1 Nov 23:59 EST.
    line = make_line(tz="America/New_York")
    expiry = datetime(2026, 12, 2, 4, 59, tzinfo=UTC)
    assert expiry_instant(line.fields) == expiry
    [r] = due_reminders([line], EMPTY, expiry - 7 * DAY)
    assert r.due_at == expiry - 7 * DAY
    [r] = due_reminders([line], EMPTY, datetime(2026, 11, 2, 4, 59, tzinfo=UTC))
    assert r.key == "1:lead:30:2026-12-01"
    assert r.due_at == datetime(2026, 11, 2, 4, 59, tzinfo=UTC)


def test_per_line_lead_times_override_the_default() -> None:
    lines = [make_line(1), make_line(2)]
    custom = ReminderSettings(lead_days=(60, 14), per_line={2: (10,)})
    now = EXPIRY - 12 * DAY
    assert keys(due_reminders(lines, EMPTY, now, custom)) == ["1:lead:14:2026-12-01"]
    now = EXPIRY - 10 * DAY
    assert keys(due_reminders(lines, EMPTY, now, custom)) == [
        "1:lead:14:2026-12-01",
        "2:lead:10:2026-12-01",
    ]
    assert custom.lead_days_for(2) == (10,)
    assert custom.lead_days_for(1) == (60, 14)


def test_lead_times_of_three_days_or_less_are_the_daily_final_days() -> None:
    only_short = ReminderSettings(lead_days=(2, 1, 0))
    line = make_line()
    assert due_reminders([line], EMPTY, EXPIRY - 3 * DAY - SECOND, only_short) == []
    assert keys(due_reminders([line], EMPTY, EXPIRY - 3 * DAY, only_short)) == [
        "1:final_days:2026-12-01"
    ]


# --- daily repetition -----------------------------------------------------------------------


def test_final_days_repeat_daily_until_acknowledged() -> None:
    line = make_line()
    start = EXPIRY - 3 * DAY
    seen = []
    for day in range(3):
        for offset in (timedelta(0), 12 * timedelta(hours=1), DAY - SECOND):
            [r] = due_reminders([line], EMPTY, start + day * DAY + offset)
            assert r.key == "1:final_days:2026-12-01"
            assert r.kind is ReminderKind.FINAL_DAYS
            assert r.repeats_daily
            assert r.due_at == start
            assert r.deadline == EXPIRY
            assert r.occurrence == start + day * DAY
            seen.append(r.occurrence)
        assert next_check([line], EMPTY, start + day * DAY) == start + (day + 1) * DAY
    assert len(set(seen)) == 3

    # Notified on day 1: not again that day; again when day 2's occurrence starts.
    state = ReminderState(notified_at={"1:final_days:2026-12-01": start + timedelta(hours=1)})
    [r] = due_reminders([line], state, start + timedelta(hours=5))
    assert not needs_notification(r, state)
    [r] = due_reminders([line], state, start + DAY)
    assert needs_notification(r, state)

    # Acknowledged: gone for this deadline, every remaining day.
    acked = ReminderState(acknowledged=frozenset({"1:final_days:2026-12-01"}))
    for hours in range(0, 72, 5):
        assert due_reminders([line], acked, start + timedelta(hours=hours)) == []
    assert next_check([line], acked, start + timedelta(hours=1)) == EXPIRY


def test_grace_repeats_daily_then_warns_of_recycling() -> None:
    line = make_line(grace_days=30)
    grace_end = grace_end_instant(line.fields)
    assert grace_end == datetime(2026, 12, 31, 20, 59, tzinfo=UTC)
    [r] = due_reminders([line], EMPTY, EXPIRY)
    assert (r.key, r.kind, r.deadline, r.occurrence) == (
        "1:grace:2026-12-31",
        ReminderKind.GRACE,
        grace_end,
        EXPIRY,
    )
    [r] = due_reminders([line], EMPTY, EXPIRY + 10 * DAY + SECOND)
    assert r.occurrence == EXPIRY + 10 * DAY
    assert r.repeats_daily
    acked = ReminderState(acknowledged=frozenset({"1:grace:2026-12-31"}))
    assert due_reminders([line], acked, EXPIRY + 10 * DAY) == []
    # One day before the number is recycled: a separate warning, acknowledged or not.
    assert next_check([line], acked, EXPIRY + 10 * DAY) == grace_end - DAY
    for state in (EMPTY, acked):
        [r] = due_reminders([line], state, grace_end - DAY)
        assert (r.key, r.kind, r.repeats_daily) == (
            "1:grace_end:2026-12-31",
            ReminderKind.GRACE_END,
            False,
        )
    # Past grace it stays until acknowledged, then nothing is left to check.
    [r] = due_reminders([line], EMPTY, grace_end + 100 * DAY)
    assert r.kind is ReminderKind.GRACE_END
    done = ReminderState(acknowledged=frozenset({"1:grace_end:2026-12-31"}))
    assert due_reminders([line], done, grace_end + 100 * DAY) == []
    assert next_check([line], done, grace_end + 100 * DAY) is None


def test_no_grace_means_the_recycling_warning_comes_the_day_before_expiry() -> None:
    line = make_line(grace_days=0)
    assert due_keys([line], EXPIRY - DAY - SECOND) == ["1:final_days:2026-12-01"]
    assert due_keys([line], EXPIRY - DAY) == ["1:grace_end:2026-12-01"]
    assert due_keys([line], EXPIRY + DAY) == ["1:grace_end:2026-12-01"]


def test_a_renewal_makes_new_keys() -> None:
    line = make_line()
    now = EXPIRY - 2 * DAY
    state = ReminderState(acknowledged=frozenset(due_keys([line], now)))
    assert due_reminders([line], state, now) == []
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
    assert due_reminders([line], state, now) == []
    assert next_check([line], state, now) == until
    assert due_reminders([line], state, until - SECOND) == []
    [r] = due_reminders([line], state, until)
    assert needs_notification(r, state)
    shown = dataclasses.replace(state, notified_at={key: until + SECOND})
    assert not needs_notification(r, shown)


# --- acknowledgement, missed while closed, zones, clock jumps ---------------------------------


def test_acknowledged_is_never_shown_again() -> None:
    line = make_line()
    state = ReminderState(acknowledged=frozenset({"1:lead:30:2026-12-01"}))
    for hours in range(0, 23 * 24, 7):
        assert due_reminders([line], state, EXPIRY - 30 * DAY + timedelta(hours=hours)) == []


def test_a_reminder_missed_while_closed_is_due_at_the_next_start() -> None:
    line = make_line()
    fell_due = EXPIRY - 7 * DAY
    started = fell_due + 3 * DAY
    [r] = due_reminders([line], EMPTY, started)
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
        assert due_reminders(lines, EMPTY, seen) == due_reminders(lines, EMPTY, now)
        assert next_check(lines, EMPTY, seen) == next_check(lines, EMPTY, now)
    # 23:59 in Kuwait is an hour after 23:59 in Muscat.
    assert [r.due_at for r in due_reminders(lines[:2], EMPTY, EXPIRY - 7 * DAY)] == [
        EXPIRY - 7 * DAY - timedelta(hours=1),
        EXPIRY - 7 * DAY,
    ]


def test_a_clock_jump_either_way_gives_the_answer_for_the_new_time() -> None:
    lines = [make_line(1), make_line(2, date(2026, 11, 10)), make_line(3, date(2027, 3, 1))]
    early, late = EXPIRY - 20 * DAY, EXPIRY + 5 * DAY
    first = due_reminders(lines, EMPTY, early)
    jumped = due_reminders(lines, EMPTY, late)
    assert due_reminders(lines, EMPTY, early) == first  # back again: same as before
    assert due_reminders(lines, EMPTY, late) == jumped
    assert first != jumped


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        due_reminders([make_line()], EMPTY, datetime(2026, 11, 1))


# --- statuses, keep-alive ----------------------------------------------------------------------


def test_suspended_lines_only_remind_of_the_resume_date() -> None:
    line = make_line(status=LineStatus.SUSPENDED, resume_on=date(2026, 12, 10))
    resumes = datetime(2026, 12, 9, 21, 0, tzinfo=UTC)  # 00:00 on the 10th in Kuwait
    assert due_reminders([line], EMPTY, EXPIRY + DAY) == []  # no grace reminder
    assert next_check([line], EMPTY, EXPIRY) == resumes - DAY
    [r] = due_reminders([line], EMPTY, resumes - DAY)
    assert (r.key, r.kind, r.deadline) == ("1:resume:2026-12-10", ReminderKind.RESUME, resumes)
    open_ended = make_line(status=LineStatus.SUSPENDED)
    assert due_reminders([open_ended], EMPTY, EXPIRY + DAY) == []
    assert next_check([open_ended], EMPTY, EXPIRY) is None


def test_cancelled_and_archived_lines_give_nothing() -> None:
    lines = [make_line(1, status=LineStatus.CANCELLED), make_line(2, archived=True)]
    for now in (EXPIRY - 30 * DAY, EXPIRY, EXPIRY + 400 * DAY):
        assert due_reminders(lines, EMPTY, now) == []
        assert next_check(lines, EMPTY, now) is None


def test_keep_alive_due_before_expiry() -> None:
    rule = KeepAliveRule(90)
    line = make_line(expires=date(2027, 6, 1), keep_alive=rule, last_activity=date(2026, 10, 1))
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert line_timing(line, now).keep_alive_due_on == date(2026, 12, 30)
    deadline = datetime(2026, 12, 30, 20, 59, tzinfo=UTC)
    assert next_check([line], EMPTY, now) == deadline - 3 * DAY
    [r] = due_reminders([line], EMPTY, deadline - 3 * DAY)
    assert (r.key, r.kind, r.deadline) == (
        "1:keep_alive:2026-12-30",
        ReminderKind.KEEP_ALIVE,
        deadline,
    )
    # Logging an activity moves the due date: a new key, nothing due now.
    logged = dataclasses.replace(line, last_activity_on=date(2026, 12, 28))
    assert due_reminders([logged], EMPTY, deadline - 3 * DAY) == []
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
    assert [r.line_id for r in due_reminders(lines, EMPTY, EXPIRY - 2 * DAY)] == [3, 1, 2]


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


# --- the reference: every rule restated slowly ------------------------------------------------


def _at(day: date, zone: ZoneInfo, at: time = DEFAULT_CUTOFF) -> datetime:
    return datetime.combine(day, at, zone).astimezone(UTC)


def _visible(key: str, state: ReminderState, now: datetime) -> bool:
    until = state.snoozed_until.get(key)
    return key not in state.acknowledged and (until is None or until <= now)


def reference_due(
    lines: list[Line], state: ReminderState, now: datetime, cfg: ReminderSettings
) -> list[Reminder]:
    out = []
    for line in lines:
        f = line.fields
        zone = ZoneInfo(f.time_zone)
        if line.archived_at is not None or f.status is LineStatus.CANCELLED:
            continue
        if f.status is LineStatus.SUSPENDED:
            if f.resume_on is not None:
                due = _at(f.resume_on - DAY, zone, time(0))
                key = f"{line.id}:resume:{f.resume_on.isoformat()}"
                if due <= now and _visible(key, state, now):
                    deadline = _at(f.resume_on, zone, time(0))
                    out.append(
                        Reminder(key, line.id, ReminderKind.RESUME, due, deadline, None, False, due)
                    )
            continue
        t = line_timing(line, now)
        if f.keep_alive and t.keep_alive_due_on and t.keep_alive_due_on < f.expires_on:
            notice = max(min(3, f.keep_alive.every_days - 1), 0)
            due = _at(t.keep_alive_due_on - notice * DAY, zone)
            key = f"{line.id}:keep_alive:{t.keep_alive_due_on.isoformat()}"
            if due <= now and _visible(key, state, now):
                deadline = _at(t.keep_alive_due_on, zone)
                out.append(
                    Reminder(key, line.id, ReminderKind.KEEP_ALIVE, due, deadline, None, False, due)
                )
        expiry, grace_end = expiry_instant(f), grace_end_instant(f)
        grace_day = f.expires_on + f.grace_days * DAY
        stages: list[tuple[date, ReminderKind, int | None]] = [
            (f.expires_on - lead * DAY, ReminderKind.LEAD, lead)
            for lead in sorted(set(cfg.lead_days_for(line.id)), reverse=True)
            if lead > 3
        ]
        stages.append((f.expires_on - 3 * DAY, ReminderKind.FINAL_DAYS, None))
        if f.grace_days >= 2:
            stages.append((f.expires_on, ReminderKind.GRACE, None))
        stages.append((grace_day - DAY, ReminderKind.GRACE_END, None))
        started = [(i, s) for i, s in enumerate(stages) if _at(s[0], zone) <= now]
        if not started:
            continue
        i, (day, kind, lead) = started[-1]
        grace = kind in (ReminderKind.GRACE, ReminderKind.GRACE_END)
        deadline_day = grace_day if grace else f.expires_on
        tag = f"lead:{lead}" if lead else kind.value
        key = f"{line.id}:{tag}:{deadline_day.isoformat()}"
        if not _visible(key, state, now):
            continue
        daily = kind in (ReminderKind.FINAL_DAYS, ReminderKind.GRACE)
        occurrence = _at(day, zone)
        if daily:
            k = 1
            while day + k * DAY < stages[i + 1][0] and _at(day + k * DAY, zone) <= now:
                occurrence = _at(day + k * DAY, zone)
                k += 1
        out.append(
            Reminder(
                key,
                line.id,
                kind,
                _at(day, zone),
                grace_end if grace else expiry,
                lead,
                daily,
                occurrence,
            )
        )
    out.sort(key=lambda r: (r.deadline, r.line_id, list(ReminderKind).index(r.kind)))
    return out


def candidate_instants(lines: list[Line], state: ReminderState) -> set[datetime]:
    """Every instant at which a reference answer could change (a superset)."""
    out = set(state.snoozed_until.values())
    for line in lines:
        f = line.fields
        zone = ZoneInfo(f.time_zone)
        if f.resume_on:
            out.add(_at(f.resume_on - DAY, zone, time(0)))
        for delta in range(-400, f.grace_days + 2):
            out.add(_at(f.expires_on + delta * DAY, zone))
        if f.keep_alive:
            t = line_timing(line, datetime(2026, 1, 1, tzinfo=UTC))
            assert t.keep_alive_due_on is not None
            for delta in range(4):
                out.add(_at(t.keep_alive_due_on - delta * DAY, zone))
    return out


ZONES = ["Asia/Kuwait", "Asia/Muscat", "Asia/Shanghai", "America/New_York", "Europe/London"]
BASE = date(2026, 11, 1)


@st.composite
def line_sets(draw: st.DrawFn) -> list[Line]:
    count = draw(st.integers(1, 5))
    lines = []
    for line_id in range(1, count + 1):
        status = draw(st.sampled_from(list(LineStatus)))
        lines.append(
            make_line(
                line_id,
                expires=BASE + draw(st.integers(-60, 60)) * DAY,
                tz=draw(st.sampled_from(ZONES)),
                archived=draw(st.booleans()) and draw(st.booleans()),
                last_activity=draw(st.none() | st.just(BASE - draw(st.integers(0, 60)) * DAY)),
                grace_days=draw(st.integers(0, 40)),
                status=status,
                resume_on=(
                    BASE + draw(st.integers(-10, 60)) * DAY
                    if status is LineStatus.SUSPENDED and draw(st.booleans())
                    else None
                ),
                keep_alive=draw(st.none() | st.builds(KeepAliveRule, st.integers(1, 120))),
            )
        )
    return lines


instants = st.integers(-120 * 86400, 120 * 86400).map(
    lambda s: datetime(2026, 11, 1, tzinfo=UTC) + timedelta(seconds=s)
)
lead_settings = st.builds(
    ReminderSettings,
    st.lists(st.integers(0, 45), max_size=5).map(tuple),
    st.dictionaries(st.integers(1, 5), st.lists(st.integers(0, 45), max_size=4).map(tuple)),
)


@st.composite
def states(draw: st.DrawFn, lines: list[Line], cfg: ReminderSettings) -> ReminderState:
    """Acknowledgements and snoozes of keys these lines really produce."""
    seen = set()
    for _ in range(3):
        seen.update(keys(due_reminders(lines, EMPTY, draw(instants), cfg)))
    known = sorted(seen)
    if not known:
        return EMPTY
    acked = draw(st.sets(st.sampled_from(known)))
    snoozed = draw(st.dictionaries(st.sampled_from(known), instants))
    notified = draw(st.dictionaries(st.sampled_from(known), instants))
    return ReminderState(frozenset(acked), snoozed, notified)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), line_sets(), instants, lead_settings)
def test_matches_the_reference(
    data: st.DataObject, lines: list[Line], now: datetime, cfg: ReminderSettings
) -> None:
    state = data.draw(states(lines, cfg))
    assert due_reminders(lines, state, now, cfg) == reference_due(lines, state, now, cfg)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), line_sets(), instants, lead_settings)
def test_next_check_is_the_next_change(
    data: st.DataObject, lines: list[Line], now: datetime, cfg: ReminderSettings
) -> None:
    state = data.draw(st.just(EMPTY) | states(lines, cfg))
    answer = due_reminders(lines, state, now, cfg)
    following = next_check(lines, state, now, cfg)
    assert following is None or following > now
    ahead = sorted(c for c in candidate_instants(lines, state) if c > now)
    # Nothing changes strictly between now and next_check …
    for moment in ahead:
        if following is not None and moment >= following:
            break
        assert due_reminders(lines, state, moment, cfg) == answer, moment
        assert due_reminders(lines, state, moment - SECOND, cfg) == answer, moment
    if following is None:
        assert all(due_reminders(lines, state, c, cfg) == answer for c in ahead[-3:])
    elif state == EMPTY:
        # … and with nothing acknowledged or snoozed, something does change at it.
        assert due_reminders(lines, state, following, cfg) != answer


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([*ZONES, "Asia/Beirut", "America/Havana", "Australia/Lord_Howe"]))
def test_fast_instant_equals_combine_astimezone(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    for offset in range(-400, 400, 3):
        day = BASE + offset * DAY
        for at in (DEFAULT_CUTOFF, time(0)):
            assert rem._instant(day.toordinal(), zone, at) == _at(day, zone, at)


def test_one_scan_gives_what_the_two_functions_give() -> None:
    """`scan_reminders` (the scheduler's single pass) agrees with `due_reminders` and
    `next_check` computed separately."""
    from numberkeeper.core.reminders import scan_reminders

    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    lines = [make_line(i, date(2026, 11, 10) + timedelta(days=5 * i)) for i in range(1, 40)]
    result = scan_reminders(lines, EMPTY, now)
    assert result.due == due_reminders(lines, EMPTY, now)
    assert result.next_check == next_check(lines, EMPTY, now)
    assert result.due
