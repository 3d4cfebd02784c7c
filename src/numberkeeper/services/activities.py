"""The keep-alive activity log: record an action, see when the next is due.

Logging flows one way, like the errands (#14): `draft` checks what was typed and works out
what the activity dialog shows before saving — the errors, the next due date now and after
this activity, whether this kind counts — and writes nothing; `commit(draft)` saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from numberkeeper.core.checklists import MAX_STEP_TEXT
from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError
from numberkeeper.core.keepalive import Activity, keep_alive_due, next_due
from numberkeeper.core.lines import ActivityKind, Line
from numberkeeper.core.typed_values import parse_date, too_long
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.lines import LineService
from numberkeeper.store import activities, events
from numberkeeper.store.db import transaction


@dataclass(frozen=True)
class ActivityDraft:
    """An activity as typed, worked out; `commit` saves it."""

    line: Line
    note: str
    errors: tuple[FieldError, ...]
    kind: ActivityKind | None  # None: not a kind of activity
    on: date | None  # None: not a date, or in the future
    due_now: date | None  # the next counting activity's date before this one (None: no rule)
    due_after: date | None  # … and after it (None: it does not count, or is not valid)

    @property
    def ok(self) -> bool:
        """Whether it can be committed."""
        return not self.errors

    @property
    def counts(self) -> bool:
        """Whether this kind of activity keeps the line alive (by its rule)."""
        rule = self.line.fields.keep_alive
        return rule is not None and self.kind is not None and self.kind in rule.counts


@dataclass(frozen=True)
class ActivityResult:
    """What logging an activity changed."""

    activity: Activity

    @property
    def changes(self) -> Changes:
        """The line's keep-alive log (and so its next due date)."""
        return Changes.of(Kind.ACTIVITIES, lines=(self.activity.line_id,))


@speaks_storage
class ActivityService:
    """Keep-alive activities over one database."""

    def __init__(self, lines: LineService) -> None:
        self.lines = lines
        self.conn = lines.conn

    def draft(
        self, line_id: int, kind: str, on: str, now: datetime, note: str = ""
    ) -> ActivityDraft:
        """An activity (kind: top_up, call, sms, data) on a date (default: today) as typed."""
        line = self.lines.get(line_id)
        errors: list[FieldError] = []
        activity_kind: ActivityKind | None = None
        try:
            activity_kind = ActivityKind(kind.strip().lower())
        except ValueError:
            choices = ", ".join(k.value for k in ActivityKind)
            errors.append(
                FieldError("kind", ErrorCode.CHOICE_INVALID, {"value": kind, "choices": choices})
            )
        errors.extend(too_long({"note": note}, MAX_STEP_TEXT))
        today = line.local_date(now)
        day: date | None = today
        try:
            day = parse_date(on, "date") if on.strip() else today
        except ValidationError as e:
            errors.extend(e.errors)
            day = None
        if day is not None and day > today:
            errors.append(FieldError("date", ErrorCode.DATE_IN_FUTURE, {"value": day.isoformat()}))
            day = None
        due_now = keep_alive_due(line)
        rule = line.fields.keep_alive
        due_after = None
        if rule is not None and day is not None and activity_kind in rule.counts:
            last = max(d for d in (line.last_activity_on, day) if d is not None)
            due_after = next_due(rule, last, line.local_date(line.created_at))
        return ActivityDraft(line, note, tuple(errors), activity_kind, day, due_now, due_after)

    def commit(self, draft: ActivityDraft, now: datetime) -> ActivityResult:
        """Record the drafted activity and its event in one transaction."""
        if not draft.ok or draft.kind is None or draft.on is None:
            raise ValidationError(list(draft.errors))
        line_id = draft.line.id
        with transaction(self.conn):
            self.lines.get(line_id)  # deleted meanwhile: LineNotFoundError, nothing written
            activity_id = activities.insert(
                self.conn, line_id, draft.kind, draft.on, draft.note.strip(), now
            )
            events.add(
                self.conn,
                line_id,
                now,
                "activity",
                {"kind": draft.kind.value, "on": draft.on.isoformat()},
            )
        stored = next(a for a in activities.for_line(self.conn, line_id) if a.id == activity_id)
        return ActivityResult(stored)

    def log(self, line_id: int, kind: str, on: str, now: datetime, note: str = "") -> Activity:
        """Draft and commit an activity in one call (the command line's path)."""
        return self.commit(self.draft(line_id, kind, on, now, note), now).activity

    def history(self, line_id: int) -> list[Activity]:
        """A line's activities, newest first."""
        self.lines.get(line_id)
        return activities.for_line(self.conn, line_id)

    def next_due(self, line_id: int) -> date | None:
        """When the next counting activity is due, or None if the line has no rule."""
        return keep_alive_due(self.lines.get(line_id))
