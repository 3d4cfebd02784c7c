"""Reminders (#4): what is due, when to look again, and what the user did about it.

The rules are core.reminders (pure); this service feeds them the stored lines, state and
settings, and writes acknowledgements, snoozes, notifications and lead times — each write in
one transaction. The GUI's scheduler and the CLI's `due` both call it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, tzinfo

from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError
from numberkeeper.core.lines import Line
from numberkeeper.core.reminder_settings import parse_hour
from numberkeeper.core.reminders import (
    Reminder,
    ReminderSettings,
    ReminderState,
    SnoozeOption,
    due_reminders,
    key_line_id,
    next_check,
    scan_reminders,
    snooze_until,
    validate_lead_days,
)
from numberkeeper.core.time_zones import check_time_zone
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.lines import LineService
from numberkeeper.store import events
from numberkeeper.store import reminders as store
from numberkeeper.store.db import transaction


@dataclass(frozen=True)
class ReminderCheck:
    """The outcome of `ReminderService.check`."""

    due: list[Reminder]
    next_check: datetime | None
    state: ReminderState


@speaks_storage
class ReminderService:
    """The reminder use cases over one database."""

    def __init__(self, lines: LineService) -> None:
        self.lines = lines
        self.conn = lines.conn

    def state(self) -> ReminderState:
        """Acknowledgements, snoozes and notification times as stored."""
        return store.load_state(self.conn)

    def settings(self) -> ReminderSettings:
        """The lead times: global default and per-line overrides."""
        return store.load_settings(self.conn)

    # `user_zone` below is the zone the app runs in: a reminder falls due at the reminder hour
    # of the user's day there, unless the settings pin another zone (#17).

    def due(self, now: datetime, user_zone: tzinfo) -> list[Reminder]:
        """The reminders due at `now`, most urgent first (see core.reminders.due_reminders)."""
        lines = self.lines.list_lines()
        return due_reminders(lines, self.state(), now, user_zone, self.settings())

    def due_with_lines(self, now: datetime, user_zone: tzinfo) -> list[tuple[Reminder, Line]]:
        """`due`, each reminder with its line (for wording it)."""
        lines = self.lines.list_lines()
        by_id = {line.id: line for line in lines}
        due = due_reminders(lines, self.state(), now, user_zone, self.settings())
        return [(r, by_id[r.line_id]) for r in due]

    def check(self, now: datetime, user_zone: tzinfo) -> ReminderCheck:
        """What is due, when to look again, and the state — from one read of lines, state and
        settings and one pass over the lines (a scheduler's wake)."""
        state = self.state()
        lines = self.lines.list_lines()
        result = scan_reminders(lines, state, now, user_zone, self.settings())
        return ReminderCheck(result.due, result.next_check, state)

    def next_check(self, now: datetime, user_zone: tzinfo) -> datetime | None:
        """The next instant after `now` at which `due` can change; None if never."""
        lines = self.lines.list_lines()
        return next_check(lines, self.state(), now, user_zone, self.settings())

    def acknowledge(self, keys: Sequence[str], now: datetime) -> None:
        """Acknowledge reminders: they are never shown again (a new deadline makes new keys)."""
        keys = self._checked(keys)
        with transaction(self.conn):
            store.acknowledge(self.conn, keys, now)

    def snooze(
        self, keys: Sequence[str], option: SnoozeOption, now: datetime, user_zone: tzinfo
    ) -> datetime:
        """Hide reminders for a while; returns when they come back (UTC)."""
        keys = self._checked(keys)
        until = snooze_until(SnoozeOption(option), now, user_zone)
        with transaction(self.conn):
            store.drop_expired_snoozes(self.conn, now)
            store.snooze(self.conn, keys, until)
        return until

    def mark_notified(self, keys: Sequence[str], now: datetime) -> None:
        """Record that reminders were shown outside the window at `now`."""
        keys = self._checked(keys)
        with transaction(self.conn):
            store.mark_notified(self.conn, keys, now)

    def set_default_lead_days(self, days: Iterable[object]) -> ReminderSettings:
        """Set the global lead times (whole days, 0..365); returns the new settings."""
        lead_days = validate_lead_days(days)
        with transaction(self.conn):
            store.save_default_lead_days(self.conn, lead_days)
        return self.settings()

    def set_hour(self, hour: time | str, zone: str | None = None) -> ReminderSettings:
        """Set the hour of the user's day at which reminders fall due ("09:00"), and pin the
        user's zone (an IANA name; None or "": the zone the app runs in). Returns the settings.

        The desktop, the pushes and the calendar's alarms all follow it (#17 §1b).
        """
        errors: list[FieldError] = []
        try:
            parsed = parse_hour(hour) if isinstance(hour, str) else hour
        except ValidationError as e:
            errors += e.errors
        pinned = (zone or "").strip() or None
        if pinned is not None:
            try:
                check_time_zone(pinned, "zone")
            except ValidationError as e:
                errors += e.errors
        if errors:
            raise ValidationError(errors)
        with transaction(self.conn):
            store.save_hour(self.conn, parsed, pinned)
        return self.settings()

    def language(self) -> str | None:
        """The interface language the window last ran in, for words sent outside it (pushes,
        calendar titles) by the command line; None when the window never said."""
        return store.language(self.conn)

    def set_language(self, code: str) -> None:
        """Remember the window's interface language ("zh_CN", "en"); written only on change."""
        if code and store.language(self.conn) != code:
            with transaction(self.conn):
                store.save_language(self.conn, code[:16])

    def set_line_lead_days(
        self, line_id: int, days: Iterable[object] | None, now: datetime | None = None
    ) -> ReminderSettings:
        """Set one line's lead times, or with None make it follow the global default.

        With `now`, the change is recorded in the line's history.
        """
        lead_days = None if days is None else validate_lead_days(days)
        with transaction(self.conn):
            self.lines.get(line_id)
            store.save_line_lead_days(self.conn, line_id, lead_days)
            if now is not None:
                events.add(
                    self.conn,
                    line_id,
                    now,
                    "reminder_lead_days",
                    {"lead_days": None if lead_days is None else list(lead_days)},
                )
        return self.settings()

    def _checked(self, keys: Sequence[str]) -> list[str]:
        """The keys, refused (as ValidationError) unless each names an existing line."""
        if isinstance(keys, str):  # a lone key would otherwise be read letter by letter
            keys = [keys]
        line_ids: dict[int, str] = {}
        for key in keys:
            try:
                line_ids.setdefault(key_line_id(key), key)
            except ValueError:
                raise _bad_key(key) from None
        for line_id in store.unknown_line_ids(self.conn, line_ids):
            raise _bad_key(line_ids[line_id])
        return list(keys)


def _bad_key(key: str) -> ValidationError:
    return ValidationError.single(
        "key", ErrorCode.CHOICE_INVALID, value=key, choices="the keys of due reminders"
    )
