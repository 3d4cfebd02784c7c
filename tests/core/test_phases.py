"""Phases and countdowns: pure functions of the line and a fixed `now`, across time zones."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numberkeeper.core.countdown import CountdownKind, Span, countdown, countdown_english
from numberkeeper.core.lines import Line, LineFields, LineStatus
from numberkeeper.core.phases import Phase, Urgency, expiry_instant, timing


def fields(expires: date, tz: str = "Asia/Kuwait", **kw: object) -> LineFields:
    return LineFields(
        number="+96596661234",
        country="KW",
        expires_on=expires,
        time_zone=tz,
        **kw,  # type: ignore[arg-type]
    )


def test_expiry_is_the_cutoff_in_the_lines_own_zone() -> None:
    kuwait = expiry_instant(fields(date(2026, 12, 1)))
    assert kuwait == datetime(2026, 12, 1, 20, 59, tzinfo=UTC)
    # 23:59 in Kuwait is 04:59 next day in Shanghai.
    shanghai = kuwait.astimezone(ZoneInfo("Asia/Shanghai"))
    assert (shanghai.date(), shanghai.hour, shanghai.minute) == (date(2026, 12, 2), 4, 59)
    muscat = expiry_instant(fields(date(2026, 12, 1), "Asia/Muscat"))
    assert kuwait - muscat == timedelta(hours=1)


def test_a_lines_local_date_is_the_date_in_its_carriers_zone() -> None:
    created = datetime(2026, 11, 1, tzinfo=UTC)
    line = Line(1, fields(date(2026, 12, 1)), created, created)
    late_evening_in_utc = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)
    assert line.local_date(late_evening_in_utc) == date(2026, 12, 1)  # 01:00 in Kuwait
    assert line.local_date(datetime(2026, 11, 30, 20, 59, tzinfo=UTC)) == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("now", "phase", "urgency", "text"),
    [
        (datetime(2026, 10, 1, tzinfo=UTC), Phase.ACTIVE, Urgency.CALM, "61 d 20 h"),
        (datetime(2026, 11, 20, tzinfo=UTC), Phase.ACTIVE, Urgency.NOTICE, "11 d 20 h"),
        (datetime(2026, 11, 27, 16, 59, tzinfo=UTC), Phase.EXPIRING, Urgency.WARNING, "4 d 4 h"),
        (datetime(2026, 12, 1, 15, 47, tzinfo=UTC), Phase.EXPIRING, Urgency.CRITICAL, "5 h 12 min"),
        (
            datetime(2026, 12, 3, 20, 59, tzinfo=UTC),
            Phase.IN_GRACE,
            Urgency.CRITICAL,
            "expired 2 d ago — number at risk in 28 d",
        ),
        (
            datetime(2027, 1, 10, 20, 59, tzinfo=UTC),
            Phase.PAST_GRACE,
            Urgency.LOST,
            "expired 40 d ago — grace ended 10 d ago",
        ),
    ],
)
def test_phase_and_countdown(now: datetime, phase: Phase, urgency: Urgency, text: str) -> None:
    t = timing(fields(date(2026, 12, 1), grace_days=30), now)
    assert (t.phase, t.urgency) == (phase, urgency)
    assert countdown_english(countdown(t)) == text


def test_status_overrides_the_clocks() -> None:
    now = datetime(2027, 6, 1, tzinfo=UTC)
    suspended = timing(
        fields(date(2026, 1, 1), status=LineStatus.SUSPENDED, resume_on=date(2027, 7, 1)), now
    )
    assert suspended.phase is Phase.SUSPENDED
    assert suspended.resume_on == date(2027, 7, 1)
    assert countdown(suspended).kind is CountdownKind.SUSPENDED
    cancelled = timing(fields(date(2026, 1, 1), status=LineStatus.CANCELLED), now)
    assert cancelled.phase is Phase.CANCELLED


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        timing(fields(date(2026, 12, 1)), datetime(2026, 11, 1))


def test_phase_flips_exactly_at_the_cutoff() -> None:
    f = fields(date(2026, 12, 1), grace_days=0)
    cutoff = expiry_instant(f)
    assert timing(f, cutoff - timedelta(seconds=1)).phase is Phase.EXPIRING
    assert timing(f, cutoff).phase is Phase.PAST_GRACE


def test_sort_key_puts_the_most_urgent_first() -> None:
    now = datetime(2026, 11, 22, tzinfo=UTC)
    lines = {
        "calm": fields(date(2027, 6, 1)),
        "in grace": fields(date(2026, 11, 20)),
        "three days": fields(date(2026, 11, 24)),
        "suspended": fields(date(2026, 11, 23), status=LineStatus.SUSPENDED),
        "lost": fields(date(2026, 1, 1)),
        "cancelled": fields(date(2026, 11, 23), status=LineStatus.CANCELLED),
        "six days": fields(date(2026, 11, 27)),
    }
    order = sorted(lines, key=lambda k: timing(lines[k], now).sort_key)
    assert order == ["in grace", "three days", "six days", "calm", "lost", "suspended", "cancelled"]


@given(
    expires=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    offset_minutes=st.integers(min_value=-(10**6), max_value=10**6),
    tz=st.sampled_from(["Asia/Kuwait", "Asia/Muscat", "Asia/Shanghai", "America/New_York"]),
    grace=st.integers(min_value=0, max_value=400),
)
def test_timing_is_consistent_everywhere(
    expires: date, offset_minutes: int, tz: str, grace: int
) -> None:
    f = fields(expires, tz, grace_days=grace)
    now = expiry_instant(f).astimezone(UTC) + timedelta(minutes=offset_minutes)
    t = timing(f, now)
    assert t.until_expiry == -timedelta(minutes=offset_minutes)
    assert t.until_grace_end >= t.until_expiry
    if t.until_expiry > timedelta(0):
        assert t.phase in (Phase.ACTIVE, Phase.EXPIRING)
    elif t.until_grace_end > timedelta(0):
        assert t.phase is Phase.IN_GRACE
    else:
        assert t.phase is Phase.PAST_GRACE
    # The same instant seen from another zone gives the same answer.
    assert timing(f, now.astimezone(ZoneInfo("Asia/Shanghai"))) == t


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=5000)))
def test_span_adds_back_up_to_the_floored_minute(delta: timedelta) -> None:
    s = Span.of(delta)
    assert 0 <= s.hours < 24
    assert 0 <= s.minutes < 60
    rebuilt = timedelta(days=s.days, hours=s.hours, minutes=s.minutes)
    assert timedelta(0) <= delta - rebuilt < timedelta(minutes=1)
