"""Push channels and what was sent to each (#17): tables push_channels and push_log.

A channel's URL holds its tokens and lives only in the OS keyring; here are its name and
scheme. The log has one row per reminder occurrence and channel. Callers own the transaction;
times are ISO 8601 in UTC.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from numberkeeper.core.reminders import key_line_id


@dataclass(frozen=True)
class ChannelRow:
    """A channel as stored: its name, its URL's scheme, when it was added."""

    name: str
    scheme: str
    created_at: datetime


@dataclass(frozen=True)
class LogRow:
    """One reminder occurrence and one channel: sent, or failed so far."""

    channel: str
    key: str
    occurrence: datetime
    sent: bool
    attempts: int
    at: datetime
    retry_at: datetime | None
    problem: str | None


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def channels(conn: sqlite3.Connection) -> list[ChannelRow]:
    """Every channel, by name."""
    rows = conn.execute("SELECT name, scheme, created_at FROM push_channels ORDER BY name")
    return [
        ChannelRow(r["name"], r["scheme"], datetime.fromisoformat(r["created_at"])) for r in rows
    ]


def has_channels(conn: sqlite3.Connection) -> bool:
    """Whether any channel is set up (cheap: at start-up)."""
    return conn.execute("SELECT 1 FROM push_channels LIMIT 1").fetchone() is not None


def add_channel(conn: sqlite3.Connection, name: str, scheme: str, now: datetime) -> None:
    """Record a new channel."""
    conn.execute(
        "INSERT INTO push_channels (name, scheme, created_at) VALUES (?, ?, ?)",
        (name, scheme, _iso(now)),
    )


def remove_channel(conn: sqlite3.Connection, name: str) -> bool:
    """Forget a channel and its log; False when there was none."""
    return conn.execute("DELETE FROM push_channels WHERE name = ?", (name,)).rowcount > 0


def log(conn: sqlite3.Connection, channel: str) -> dict[tuple[str, datetime], LogRow]:
    """A channel's log, by (reminder key, occurrence)."""
    rows = conn.execute(
        "SELECT channel, key, occurrence, state, attempts, at, retry_at, problem "
        "FROM push_log WHERE channel = ?",
        (channel,),
    )
    found = {}
    for r in rows:
        row = LogRow(
            r["channel"],
            r["key"],
            datetime.fromisoformat(r["occurrence"]),
            r["state"] == "sent",
            r["attempts"],
            datetime.fromisoformat(r["at"]),
            datetime.fromisoformat(r["retry_at"]) if r["retry_at"] else None,
            r["problem"],
        )
        found[row.key, row.occurrence] = row
    return found


def record(
    conn: sqlite3.Connection,
    channel: str,
    sent: Iterable[tuple[str, datetime]],
    now: datetime,
    problem: str | None = None,
    retry_at: datetime | None = None,
) -> None:
    """Record reminder occurrences (key, occurrence) as sent to a channel at `now`, or, with a
    problem, as failed once more (to be tried again at `retry_at`)."""
    state = "sent" if problem is None else "failed"
    conn.executemany(
        "INSERT INTO push_log (channel, key, occurrence, line_id, state, attempts, at, "
        "retry_at, problem) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) "
        "ON CONFLICT (channel, key, occurrence) DO UPDATE SET state = excluded.state, "
        "attempts = attempts + 1, at = excluded.at, retry_at = excluded.retry_at, "
        "problem = excluded.problem",
        [
            (
                channel,
                key,
                _iso(occurrence),
                key_line_id(key),
                state,
                _iso(now),
                None if retry_at is None else _iso(retry_at),
                problem,
            )
            for key, occurrence in sent
        ],
    )
