"""Reminder rules (#4, #17) against `reference_due`: a slow, obviously-correct restatement of the
rules (every instant through `datetime.combine(..., zone)` and `astimezone`), which the fast
scan must match exactly, for users in any zone and any reminder hour (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reminders import EMPTY, SECOND, keys, make_line

from numberkeeper.core import reminder_model
from numberkeeper.core.lines import DEFAULT_CUTOFF, KeepAliveRule, Line, LineStatus
from numberkeeper.core.phases import expiry_instant, grace_end_instant, line_timing
from numberkeeper.core.reminders import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    ReminderState,
    due_reminders,
    next_check,
    reminder_instant,
    scan_reminders,
)

DAY = timedelta(days=1)


def _at(day: date, zone: tzinfo, at: time = DEFAULT_CUTOFF) -> datetime:
    return datetime.combine(day, at, zone).astimezone(UTC)


def _visible(key: str, state: ReminderState, now: datetime) -> bool:
    until = state.snoozed_until.get(key)
    return key not in state.acknowledged and (until is None or until <= now)


class _User:
    """The user's days: the reminder hour on each, and the days of reminders (#17 §1b)."""

    def __init__(self, zone: tzinfo, hour: time) -> None:
        self.zone, self.hour = zone, hour

    def at(self, day: date) -> datetime:
        return _at(day, self.zone, self.hour)

    def before(self, deadline: datetime, days: int) -> date:
        """`days` before the deadline's day, at the hour; the day before if not before it."""
        day = deadline.astimezone(self.zone).date() - days * DAY
        return day - DAY if self.at(day) >= deadline else day

    def after(self, deadline: datetime) -> date:
        """The first reminder hour at or after the deadline."""
        day = deadline.astimezone(self.zone).date()
        return day if self.at(day) >= deadline else day + DAY


def _one_shot(
    user: _User,
    line: Line,
    kind: ReminderKind,
    deadline_on: date,
    days: int,
    at: time,
    state: ReminderState,
    now: datetime,
) -> list[Reminder]:
    deadline = _at(deadline_on, ZoneInfo(line.fields.time_zone), at)
    due = user.at(user.before(deadline, days))
    key = f"{line.id}:{kind.value}:{deadline_on.isoformat()}"
    if due <= now and _visible(key, state, now):
        return [Reminder(key, line.id, kind, due, deadline, None, False, due)]
    return []


def reference_due(
    lines: list[Line], state: ReminderState, now: datetime, cfg: ReminderSettings, zone: tzinfo
) -> list[Reminder]:
    user = _User(ZoneInfo(cfg.zone) if cfg.zone else zone, cfg.hour)
    out = []
    for line in lines:
        f = line.fields
        if line.archived_at is not None or f.status is LineStatus.CANCELLED:
            continue
        if f.status is LineStatus.SUSPENDED:
            if f.resume_on is not None:
                kind = ReminderKind.RESUME
                out += _one_shot(user, line, kind, f.resume_on, 1, time(0), state, now)
            continue
        t = line_timing(line, now)
        if f.keep_alive and t.keep_alive_due_on and t.keep_alive_due_on < f.expires_on:
            notice = max(min(3, f.keep_alive.every_days - 1), 0)
            kind = ReminderKind.KEEP_ALIVE
            out += _one_shot(
                user, line, kind, t.keep_alive_due_on, notice, DEFAULT_CUTOFF, state, now
            )
        expiry, grace_end = expiry_instant(f), grace_end_instant(f)
        grace_day = f.expires_on + f.grace_days * DAY
        stages: list[tuple[date, ReminderKind, int | None]] = [
            (user.before(expiry, lead), ReminderKind.LEAD, lead)
            for lead in sorted(set(cfg.lead_days_for(line.id)), reverse=True)
            if lead > 3
        ]
        stages.append((user.before(expiry, 3), ReminderKind.FINAL_DAYS, None))
        if f.grace_days >= 2:
            stages.append((user.after(expiry), ReminderKind.GRACE, None))
        stages.append((user.before(grace_end, 1), ReminderKind.GRACE_END, None))
        # The latest stage in the list that has started; the later ones start later.
        started = [(i, s) for i, s in enumerate(stages) if user.at(s[0]) <= now]
        if not started:
            continue
        i, (day, kind, lead) = started[-1]
        later = [s[0] for s in stages[i + 1 :]]
        grace = kind in (ReminderKind.GRACE, ReminderKind.GRACE_END)
        deadline_day = grace_day if grace else f.expires_on
        tag = f"lead:{lead}" if lead else kind.value
        key = f"{line.id}:{tag}:{deadline_day.isoformat()}"
        if not _visible(key, state, now):
            continue
        daily = kind in (ReminderKind.FINAL_DAYS, ReminderKind.GRACE)
        occurrence = user.at(day)
        if daily:
            k = 1
            while all(day + k * DAY < d for d in later) and user.at(day + k * DAY) <= now:
                occurrence = user.at(day + k * DAY)
                k += 1
        out.append(
            Reminder(
                key,
                line.id,
                kind,
                user.at(day),
                grace_end if grace else expiry,
                lead,
                daily,
                occurrence,
            )
        )
    out.sort(key=lambda r: (r.deadline, r.line_id, list(ReminderKind).index(r.kind)))
    return out


def candidate_instants(state: ReminderState, cfg: ReminderSettings, zone: tzinfo) -> set[datetime]:
    """Every instant at which a reference answer could change (a superset): every reminder
    falls due at the reminder hour of one of the user's days, or when a snooze ends."""
    user = _User(ZoneInfo(cfg.zone) if cfg.zone else zone, cfg.hour)
    out = set(state.snoozed_until.values())
    for offset in range(-240, 240):
        out.add(user.at(BASE + offset * DAY))
    return out


ZONES = ["Asia/Kuwait", "Asia/Muscat", "Asia/Shanghai", "America/New_York", "Europe/London"]
USER_ZONES: list[tzinfo] = [
    ZoneInfo(name)
    for name in (*ZONES, "America/Los_Angeles", "Pacific/Kiritimati", "Australia/Lord_Howe")
]
USER_ZONES.append(timezone(timedelta(hours=-9, minutes=-30)))
HOURS = [time(0, 0), time(2, 30), time(6, 15), time(9, 0), time(13, 0), time(23, 59)]
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
    st.sampled_from(HOURS),
    st.none() | st.sampled_from(["Asia/Shanghai", "Europe/London"]),
)
user_zones = st.sampled_from(USER_ZONES)


@st.composite
def states(
    draw: st.DrawFn, lines: list[Line], cfg: ReminderSettings, zone: tzinfo
) -> ReminderState:
    """Acknowledgements and snoozes of keys these lines really produce."""
    seen = set()
    for _ in range(3):
        seen.update(keys(due_reminders(lines, EMPTY, draw(instants), zone, cfg)))
    known = sorted(seen)
    if not known:
        return EMPTY
    acked = draw(st.sets(st.sampled_from(known)))
    snoozed = draw(st.dictionaries(st.sampled_from(known), instants))
    notified = draw(st.dictionaries(st.sampled_from(known), instants))
    return ReminderState(frozenset(acked), snoozed, notified)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), line_sets(), instants, lead_settings, user_zones)
def test_matches_the_reference(
    data: st.DataObject,
    lines: list[Line],
    now: datetime,
    cfg: ReminderSettings,
    zone: tzinfo,
) -> None:
    state = data.draw(states(lines, cfg, zone))
    assert due_reminders(lines, state, now, zone, cfg) == reference_due(
        lines, state, now, cfg, zone
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), line_sets(), instants, lead_settings, user_zones)
def test_next_check_is_the_next_change(
    data: st.DataObject,
    lines: list[Line],
    now: datetime,
    cfg: ReminderSettings,
    zone: tzinfo,
) -> None:
    state = data.draw(st.just(EMPTY) | states(lines, cfg, zone))

    def due(at: datetime) -> list[Reminder]:
        return due_reminders(lines, state, at, zone, cfg)

    answer = due(now)
    following = next_check(lines, state, now, zone, cfg)
    assert following is None or following > now
    ahead = sorted(c for c in candidate_instants(state, cfg, zone) if c > now)
    # Nothing changes strictly between now and next_check …
    for moment in ahead:
        if following is not None and moment >= following:
            break
        assert due(moment) == answer, moment
        assert due(moment - SECOND) == answer, moment
    if following is None:
        assert all(due(c) == answer for c in ahead[-3:])
    elif state == EMPTY:
        # … and with nothing acknowledged or snoozed, something does change at it.
        assert due(following) != answer


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([*ZONES, "Asia/Beirut", "America/Havana", "Australia/Lord_Howe"]))
def test_fast_instant_equals_combine_astimezone(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    for offset in range(-400, 400, 3):
        day = BASE + offset * DAY
        for at in (DEFAULT_CUTOFF, time(0), time(9, 0), time(2, 30)):
            assert reminder_model.instant(day.toordinal(), zone, at) == _at(day, zone, at)


@settings(max_examples=100, deadline=None)
@given(instants, st.integers(0, 40), st.sampled_from(HOURS), user_zones)
def test_reminder_instant_is_the_rule(
    deadline: datetime, days: int, hour: time, zone: tzinfo
) -> None:
    """The calendar's alarms (reminder_instant) fall when the reminders do."""
    user = _User(zone, hour)
    assert reminder_instant(deadline, days, hour, zone) == user.at(user.before(deadline, days))


def test_one_scan_gives_what_the_two_functions_give() -> None:
    """`scan_reminders` (the scheduler's single pass) agrees with `due_reminders` and
    `next_check` computed separately."""
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    lines = [make_line(i, date(2026, 11, 10) + timedelta(days=5 * i)) for i in range(1, 40)]
    shanghai = ZoneInfo("Asia/Shanghai")
    result = scan_reminders(lines, EMPTY, now, shanghai)
    assert result.due == due_reminders(lines, EMPTY, now, shanghai)
    assert result.next_check == next_check(lines, EMPTY, now, shanghai)
    assert result.due
