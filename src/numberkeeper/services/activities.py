"""The keep-alive activity log: record an action, see when the next is due."""

from __future__ import annotations

from datetime import date, datetime

from numberkeeper.core.checklists import MAX_STEP_TEXT
from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.keepalive import Activity, keep_alive_due
from numberkeeper.core.lines import ActivityKind
from numberkeeper.core.validation import parse_date, too_long
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.lines import LineService
from numberkeeper.store import activities, events
from numberkeeper.store.db import transaction


@speaks_storage
class ActivityService:
    """Keep-alive activities over one database."""

    def __init__(self, lines: LineService) -> None:
        self.lines = lines
        self.conn = lines.conn

    def log(self, line_id: int, kind: str, on: str, now: datetime, note: str = "") -> Activity:
        """Record an activity (kind: top_up, call, sms, data) on a date (default: today)."""
        line = self.lines.get(line_id)
        try:
            activity_kind = ActivityKind(kind.strip().lower())
        except ValueError:
            raise ValidationError.single(
                "kind",
                ErrorCode.CHOICE_INVALID,
                value=kind,
                choices=", ".join(k.value for k in ActivityKind),
            ) from None
        if refused := too_long({"note": note}, MAX_STEP_TEXT):
            raise ValidationError(refused)
        today = line.local_date(now)
        day = parse_date(on, "date") if on.strip() else today
        if day > today:
            raise ValidationError.single("date", ErrorCode.DATE_IN_FUTURE, value=day.isoformat())
        with transaction(self.conn):
            activity_id = activities.insert(
                self.conn, line_id, activity_kind, day, note.strip(), now
            )
            events.add(
                self.conn,
                line_id,
                now,
                "activity",
                {"kind": activity_kind.value, "on": day.isoformat()},
            )
        return next(a for a in activities.for_line(self.conn, line_id) if a.id == activity_id)

    def history(self, line_id: int) -> list[Activity]:
        """A line's activities, newest first."""
        self.lines.get(line_id)
        return activities.for_line(self.conn, line_id)

    def next_due(self, line_id: int) -> date | None:
        """When the next counting activity is due, or None if the line has no rule."""
        return keep_alive_due(self.lines.get(line_id))
