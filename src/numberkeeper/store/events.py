"""The events table: a dated history of every change to a line."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Event:
    """One entry of a line's history."""

    id: int
    line_id: int
    at: datetime
    kind: str
    details: dict[str, Any]


def add(
    conn: sqlite3.Connection, line_id: int, at: datetime, kind: str, details: dict[str, Any]
) -> int:
    """Record an event; the caller's transaction makes it atomic with the change it describes."""
    cur = conn.execute(
        "INSERT INTO events (line_id, at, kind, details) VALUES (?, ?, ?, ?)",
        (line_id, at.isoformat(), kind, serialised(details)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def serialised(details: dict[str, Any]) -> str:
    """An event's details as stored (`add_many` takes them so, worked out before the lock)."""
    return json.dumps(details, ensure_ascii=False, sort_keys=True)


def add_many(conn: sqlite3.Connection, events: list[tuple[int, str, str, str]]) -> None:
    """Record many events at once — (line id, ISO time, kind, `serialised` details) — e.g. a
    large import's, so that it holds the write lock briefly (#15)."""
    conn.executemany("INSERT INTO events (line_id, at, kind, details) VALUES (?, ?, ?, ?)", events)


def for_line(conn: sqlite3.Connection, line_id: int) -> list[Event]:
    """A line's history, oldest first."""
    rows = conn.execute(
        "SELECT * FROM events WHERE line_id = ? ORDER BY at, id", (line_id,)
    ).fetchall()
    return [
        Event(
            r["id"],
            r["line_id"],
            datetime.fromisoformat(r["at"]),
            r["kind"],
            json.loads(r["details"]),
        )
        for r in rows
    ]
