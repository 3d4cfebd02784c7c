"""Reminder state and settings (#4): acknowledgements, snoozes, notifications sent, lead times.

Callers own the transaction. Times are stored as ISO 8601 in UTC.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, time

from numberkeeper.core.reminder_settings import (
    DEFAULT_HOUR,
    DEFAULT_LEAD_DAYS,
    ReminderSettings,
    hour_text,
    parse_hour,
)
from numberkeeper.core.reminders import ReminderState, key_line_id
from numberkeeper.store import settings as settings_table

LEAD_DAYS_SETTING = "reminders.lead_days"
HOUR_SETTING = "reminders.hour"  # "09:00" (#17)
ZONE_SETTING = "reminders.zone"  # an IANA name, or absent: the zone the app runs in (#17)
# The interface language the window last ran in ("zh_CN"): the command line words pushes and
# calendar titles in it too, so they read as the window's (#17).
LANGUAGE_SETTING = "reminders.language"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _rows(keys: Iterable[str], moment: datetime) -> list[tuple[str, int, str]]:
    at = _iso(moment)
    return [(key, key_line_id(key), at) for key in dict.fromkeys(keys)]


def load_state(conn: sqlite3.Connection) -> ReminderState:
    """Everything the user did with reminders, as core.reminders needs it."""
    acknowledged = frozenset(r[0] for r in conn.execute("SELECT key FROM reminder_acks"))
    snoozed = {
        r[0]: datetime.fromisoformat(r[1])
        for r in conn.execute("SELECT key, until FROM reminder_snoozes")
    }
    notified = {
        r[0]: datetime.fromisoformat(r[1])
        for r in conn.execute("SELECT key, at FROM reminder_notifications")
    }
    return ReminderState(acknowledged, snoozed, notified)


def acknowledge(conn: sqlite3.Connection, keys: Iterable[str], now: datetime) -> None:
    """Acknowledge reminders for good (the first acknowledgement's time is kept)."""
    rows = _rows(keys, now)
    conn.executemany(
        "INSERT OR IGNORE INTO reminder_acks (key, line_id, at) VALUES (?, ?, ?)", rows
    )
    conn.executemany("DELETE FROM reminder_snoozes WHERE key = ?", [(r[0],) for r in rows])


def snooze(conn: sqlite3.Connection, keys: Iterable[str], until: datetime) -> None:
    """Hide reminders until an instant (a new snooze replaces an earlier one)."""
    conn.executemany(
        "INSERT INTO reminder_snoozes (key, line_id, until) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET until = excluded.until",
        _rows(keys, until),
    )


def mark_notified(conn: sqlite3.Connection, keys: Iterable[str], now: datetime) -> None:
    """Record that reminders were shown outside the window at `now`."""
    conn.executemany(
        "INSERT INTO reminder_notifications (key, line_id, at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET at = excluded.at",
        _rows(keys, now),
    )


def drop_expired_snoozes(conn: sqlite3.Connection, now: datetime) -> None:
    """Forget snoozes that ended before `now` (they no longer hide anything)."""
    conn.execute("DELETE FROM reminder_snoozes WHERE until <= ?", (_iso(now),))


def unknown_line_ids(conn: sqlite3.Connection, line_ids: Iterable[int]) -> list[int]:
    """The ids among `line_ids` that name no line (archived lines count as known)."""
    wanted = sorted(set(line_ids))
    known: set[int] = set()
    for start in range(0, len(wanted), 500):  # stay under SQLite's variable limit
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        known.update(
            r[0] for r in conn.execute(f"SELECT id FROM lines WHERE id IN ({marks})", chunk)
        )
    return [i for i in wanted if i not in known]


def load_settings(conn: sqlite3.Connection) -> ReminderSettings:
    """The global lead times (the default when never set) and the per-line overrides."""
    stored = settings_table.get(conn, LEAD_DAYS_SETTING)
    lead_days = tuple(json.loads(stored)) if stored is not None else DEFAULT_LEAD_DAYS
    per_line = {
        r[0]: tuple(json.loads(r[1]))
        for r in conn.execute("SELECT line_id, lead_days FROM reminder_lead_days")
    }
    hour = settings_table.get(conn, HOUR_SETTING)
    zone = settings_table.get(conn, ZONE_SETTING)
    return ReminderSettings(
        lead_days, per_line, parse_hour(hour) if hour else DEFAULT_HOUR, zone or None
    )


def save_default_lead_days(conn: sqlite3.Connection, lead_days: tuple[int, ...]) -> None:
    """Store the global lead times."""
    settings_table.put(conn, LEAD_DAYS_SETTING, json.dumps(list(lead_days)))


def save_line_lead_days(
    conn: sqlite3.Connection, line_id: int, lead_days: tuple[int, ...] | None
) -> None:
    """Store one line's lead times, or with None make it follow the global default again."""
    if lead_days is None:
        conn.execute("DELETE FROM reminder_lead_days WHERE line_id = ?", (line_id,))
        return
    conn.execute(
        "INSERT INTO reminder_lead_days (line_id, lead_days) VALUES (?, ?) "
        "ON CONFLICT (line_id) DO UPDATE SET lead_days = excluded.lead_days",
        (line_id, json.dumps(list(lead_days))),
    )


def save_hour(conn: sqlite3.Connection, hour: time, zone: str | None) -> None:
    """Store the reminder hour and the pinned zone (None: the zone the app runs in)."""
    settings_table.put(conn, HOUR_SETTING, hour_text(hour))
    if zone is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (ZONE_SETTING,))
    else:
        settings_table.put(conn, ZONE_SETTING, zone)


def save_settings(conn: sqlite3.Connection, settings: ReminderSettings) -> None:
    """Store the global lead times, the hour and zone, and replace every per-line override."""
    save_default_lead_days(conn, settings.lead_days)
    save_hour(conn, settings.hour, settings.zone)
    conn.execute("DELETE FROM reminder_lead_days")
    for line_id, lead_days in settings.per_line.items():
        save_line_lead_days(conn, line_id, lead_days)


def language(conn: sqlite3.Connection) -> str | None:
    """The language reminders are worded in outside the window; None when never said."""
    return settings_table.get(conn, LANGUAGE_SETTING)


def save_language(conn: sqlite3.Connection, code: str) -> None:
    """Store the language reminders are worded in outside the window."""
    settings_table.put(conn, LANGUAGE_SETTING, code)
