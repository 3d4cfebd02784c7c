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
        (line_id, at.isoformat(), kind, json.dumps(details, ensure_ascii=False, sort_keys=True)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


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
