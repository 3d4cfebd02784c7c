"""The wall clock, passed into the GUI so tests can fix or move time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current instant, timezone-aware (UTC)."""
    return datetime.now(UTC)


class FixedClock:
    """A clock that says what it is told: for tests and screenshots."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        """Move time forward (timedelta keyword arguments)."""
        from datetime import timedelta

        self.now += timedelta(**kwargs)
