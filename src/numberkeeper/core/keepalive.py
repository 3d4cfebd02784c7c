"""Keep-alive activity: some numbers need a chargeable action every N days.

The next due date follows from the activity log and the line's rule; nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from numberkeeper.core.lines import ActivityKind, KeepAliveRule, Line


@dataclass(frozen=True)
class Activity:
    """One logged action on a line."""

    id: int
    line_id: int
    kind: ActivityKind
    on: date
    note: str
    created_at: datetime


def next_due(rule: KeepAliveRule, last_activity: date | None, since: date) -> date:
    """The date by which the next counting activity is needed.

    With no activity logged yet, the count starts from `since` (when the line was added).
    """
    return (last_activity or since) + timedelta(days=rule.every_days)


def keep_alive_due(line: Line) -> date | None:
    """When `line`'s next counting activity is due; None when it has no keep-alive rule.

    With no activity logged yet, the count starts on the day the line was added, in its own
    time zone. The one place this is worked out: the phases, the reminders, the calendar
    and the activity log all ask here.
    """
    rule = line.fields.keep_alive
    if rule is None:
        return None
    since = line.local_date(line.created_at)
    return next_due(rule, line.last_activity_on, since)


def keep_alive_comes_first(line: Line, due: date | None) -> bool:
    """Whether the keep-alive date is a deadline of its own: due before validity ends.

    When validity ends first, renewing is what keeps the number; the expiry is the deadline.
    """
    return due is not None and due < line.fields.expires_on
