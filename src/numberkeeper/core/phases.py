"""A line's phase and urgency, derived — never stored — from its fields and `now`.

Every function here is pure: the caller passes the current instant (timezone-aware).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import IntEnum, StrEnum
from zoneinfo import ZoneInfo

from numberkeeper.core.keepalive import keep_alive_due
from numberkeeper.core.lines import DEFAULT_CUTOFF, Line, LineFields, LineStatus

EXPIRING_WITHIN = timedelta(days=7)
CRITICAL_WITHIN = timedelta(days=3)
NOTICE_WITHIN = timedelta(days=30)
_ZERO = timedelta(0)


class Phase(StrEnum):
    """Where a line stands on its clocks."""

    ACTIVE = "active"
    EXPIRING = "expiring"  # validity ends within EXPIRING_WITHIN
    IN_GRACE = "in_grace"  # validity over, number still held by the carrier: at risk
    PAST_GRACE = "past_grace"  # grace over: the number has probably been recycled
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class Urgency(IntEnum):
    """How loudly to show a line; higher is more urgent. Sorting uses it."""

    INACTIVE = 0  # suspended or cancelled: nothing runs out
    CALM = 1  # more than 30 days left
    NOTICE = 2  # within 30 days
    WARNING = 3  # within 7 days
    CRITICAL = 4  # within 3 days, or in grace
    LOST = 5  # past grace


def expiry_instant(fields: LineFields) -> datetime:
    """The moment validity ends: the cut-off on `expires_on`, in the line's own zone."""
    return datetime.combine(fields.expires_on, DEFAULT_CUTOFF, ZoneInfo(fields.time_zone))


def grace_end_instant(fields: LineFields) -> datetime:
    """The moment the carrier may recycle the number: `grace_days` calendar days after expiry.

    Added to the local date (not as 24-hour blocks) so a DST change cannot shift the cut-off.
    """
    last_day = fields.expires_on + timedelta(days=fields.grace_days)
    return datetime.combine(last_day, DEFAULT_CUTOFF, ZoneInfo(fields.time_zone))


@dataclass(frozen=True)
class LineTiming:
    """Everything time-dependent about a line at one instant."""

    phase: Phase
    urgency: Urgency
    expires_at: datetime
    grace_ends_at: datetime
    until_expiry: timedelta  # negative once expired
    until_grace_end: timedelta  # negative once past grace
    resume_on: date | None
    keep_alive_due_on: date | None = None
    # True when the nearer deadline is the keep-alive activity, not the validity end.
    deadline_is_keep_alive: bool = False

    @property
    def sort_key(self) -> tuple[int, float]:
        """Most urgent first: by rank (see _SORT_RANK), then the earliest expiry."""
        return (_SORT_RANK[self.phase, self.urgency], self.until_expiry.total_seconds())


# Lines needing action first; lines probably lost, suspended or cancelled after the calm ones
# so they do not sit on top forever.
_SORT_RANK: dict[tuple[Phase, Urgency], int] = {
    (Phase.IN_GRACE, Urgency.CRITICAL): 0,
    (Phase.EXPIRING, Urgency.CRITICAL): 0,
    (Phase.EXPIRING, Urgency.WARNING): 1,
    (Phase.ACTIVE, Urgency.NOTICE): 2,
    (Phase.ACTIVE, Urgency.CALM): 3,
    (Phase.PAST_GRACE, Urgency.LOST): 4,
    (Phase.SUSPENDED, Urgency.INACTIVE): 5,
    (Phase.CANCELLED, Urgency.INACTIVE): 6,
}


def timing(fields: LineFields, now: datetime, keep_alive_due: date | None = None) -> LineTiming:
    """The phase, urgency and remaining times of a line at `now` (must be timezone-aware).

    `keep_alive_due` (from core.keepalive.next_due) counts into the phase: when the next
    keep-alive activity is due before validity ends, that is the deadline the line is judged by.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    expires_at = expiry_instant(fields)
    grace_ends_at = grace_end_instant(fields)
    deadline = expires_at
    by_keep_alive = False
    if keep_alive_due is not None and fields.keep_alive is not None:
        keep_alive_at = datetime.combine(keep_alive_due, DEFAULT_CUTOFF, ZoneInfo(fields.time_zone))
        if keep_alive_at < expires_at:
            deadline, by_keep_alive = keep_alive_at, True
    # Subtract from `now` in UTC: aware datetimes sharing one tzinfo subtract as wall-clock
    # times, which would be an hour off across a DST change; with different tzinfos (the
    # line's zone and UTC) Python subtracts the instants.
    now_utc = now.astimezone(UTC)
    until_expiry = deadline - now_utc
    until_grace_end = grace_ends_at - now_utc
    if by_keep_alive and until_expiry <= _ZERO:
        # Missed keep-alive: the carrier may bar the number although credit remains.
        until_grace_end = max(until_grace_end, timedelta(seconds=1))
    phase, urgency = _phase_and_urgency(fields.status, until_expiry, until_grace_end)
    return LineTiming(
        phase=phase,
        urgency=urgency,
        expires_at=expires_at,
        grace_ends_at=grace_ends_at,
        until_expiry=until_expiry,
        until_grace_end=until_grace_end,
        resume_on=fields.resume_on if fields.status is LineStatus.SUSPENDED else None,
        keep_alive_due_on=keep_alive_due if fields.keep_alive else None,
        deadline_is_keep_alive=by_keep_alive,
    )


def line_timing(line: Line, now: datetime) -> LineTiming:
    """`timing` for a stored line, with its keep-alive due date from its activity log."""
    return timing(line.fields, now, keep_alive_due(line))


def _phase_and_urgency(
    status: LineStatus, until_expiry: timedelta, until_grace_end: timedelta
) -> tuple[Phase, Urgency]:
    if status is LineStatus.CANCELLED:
        return Phase.CANCELLED, Urgency.INACTIVE
    if status is LineStatus.SUSPENDED:
        return Phase.SUSPENDED, Urgency.INACTIVE
    if until_expiry > _ZERO:
        if until_expiry <= CRITICAL_WITHIN:
            return Phase.EXPIRING, Urgency.CRITICAL
        if until_expiry <= EXPIRING_WITHIN:
            return Phase.EXPIRING, Urgency.WARNING
        if until_expiry <= NOTICE_WITHIN:
            return Phase.ACTIVE, Urgency.NOTICE
        return Phase.ACTIVE, Urgency.CALM
    if until_grace_end > _ZERO:
        return Phase.IN_GRACE, Urgency.CRITICAL
    return Phase.PAST_GRACE, Urgency.LOST
