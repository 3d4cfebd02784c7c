"""Keep-alive activity: some numbers need a chargeable action every N days.

The next due date follows from the activity log and the line's rule; nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from numberkeeper.core.lines import ActivityKind, KeepAliveRule


@dataclass(frozen=True)
class Activity:
    """One logged action on a line."""

    id: int
    line_id: int
    kind: ActivityKind
    on: date
    note: str
    created_at: datetime


def last_counting_activity(rule: KeepAliveRule, activities: Iterable[Activity]) -> date | None:
    """The latest date of an activity the rule counts, if any."""
    dates = [a.on for a in activities if a.kind in rule.counts]
    return max(dates) if dates else None


def next_due(rule: KeepAliveRule, last_activity: date | None, since: date) -> date:
    """The date by which the next counting activity is needed.

    With no activity logged yet, the count starts from `since` (when the line was added).
    """
    return (last_activity or since) + timedelta(days=rule.every_days)
