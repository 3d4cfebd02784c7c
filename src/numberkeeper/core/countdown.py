"""Countdowns as structured parts, so each face (GUI with tr(), CLI in English) words them.

Recomputed from `now` every time; nothing here keeps or decrements a counter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from numberkeeper.core.phases import LineTiming, Phase


@dataclass(frozen=True)
class Span:
    """A non-negative duration split for display, floored to the minute."""

    days: int
    hours: int
    minutes: int

    @classmethod
    def of(cls, delta: timedelta) -> Span:
        """Split |delta| into whole days, hours and minutes (seconds are dropped)."""
        total_minutes = int(abs(delta).total_seconds()) // 60
        days, rest = divmod(total_minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        return cls(days, hours, minutes)


class CountdownKind(StrEnum):
    """Which sentence a countdown needs."""

    REMAINING = "remaining"  # "3 d 4 h"
    IN_GRACE = "in_grace"  # "expired 2 d ago — number at risk in 28 d"
    PAST_GRACE = "past_grace"  # "expired 40 d ago — grace ended 10 d ago"
    SUSPENDED = "suspended"  # "suspended" (until the resume date, when known)
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Countdown:
    """What the countdown cell says: a kind and up to two spans."""

    kind: CountdownKind
    primary: Span | None = None
    secondary: Span | None = None


def countdown(t: LineTiming) -> Countdown:
    """The countdown for a line's timing."""
    if t.phase is Phase.CANCELLED:
        return Countdown(CountdownKind.CANCELLED)
    if t.phase is Phase.SUSPENDED:
        return Countdown(CountdownKind.SUSPENDED)
    if t.phase is Phase.IN_GRACE:
        return Countdown(
            CountdownKind.IN_GRACE, Span.of(t.until_expiry), Span.of(t.until_grace_end)
        )
    if t.phase is Phase.PAST_GRACE:
        return Countdown(
            CountdownKind.PAST_GRACE, Span.of(t.until_expiry), Span.of(t.until_grace_end)
        )
    return Countdown(CountdownKind.REMAINING, Span.of(t.until_expiry))


def span_english(span: Span) -> str:
    """Compact English: "3 d 4 h", "5 h 12 min", "12 min"."""
    if span.days:
        return f"{span.days} d {span.hours} h" if span.hours else f"{span.days} d"
    if span.hours:
        return f"{span.hours} h {span.minutes} min" if span.minutes else f"{span.hours} h"
    return f"{span.minutes} min"


def countdown_english(c: Countdown) -> str:
    """The countdown in English, for the command line and logs."""
    if c.kind is CountdownKind.CANCELLED:
        return "cancelled"
    if c.kind is CountdownKind.SUSPENDED:
        return "suspended"
    assert c.primary is not None
    if c.kind is CountdownKind.REMAINING:
        return span_english(c.primary)
    assert c.secondary is not None
    if c.kind is CountdownKind.IN_GRACE:
        return (
            f"expired {span_english(c.primary)} ago — number at risk in {span_english(c.secondary)}"
        )
    return f"expired {span_english(c.primary)} ago — grace ended {span_english(c.secondary)} ago"
