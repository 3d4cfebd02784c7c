"""The keep-alive activity log. Callers own the transaction."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from numberkeeper.core.keepalive import Activity
from numberkeeper.core.lines import ActivityKind


def insert(
    conn: sqlite3.Connection,
    line_id: int,
    kind: ActivityKind,
    on: date,
    note: str,
    now: datetime,
) -> int:
    """Log one activity; return its id."""
    cur = conn.execute(
        "INSERT INTO activities (line_id, kind, on_date, note, created_at) VALUES (?, ?, ?, ?, ?)",
        (line_id, kind.value, on.isoformat(), note, now.isoformat()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def for_line(conn: sqlite3.Connection, line_id: int) -> list[Activity]:
    """A line's activities, newest first."""
    rows = conn.execute(
        "SELECT * FROM activities WHERE line_id = ? ORDER BY on_date DESC, id DESC", (line_id,)
    )
    return [
        Activity(
            r["id"],
            r["line_id"],
            ActivityKind(r["kind"]),
            date.fromisoformat(r["on_date"]),
            r["note"],
            datetime.fromisoformat(r["created_at"]),
        )
        for r in rows
    ]


def latest_by_kind(
    conn: sqlite3.Connection, line_id: int | None = None
) -> dict[int, dict[ActivityKind, date]]:
    """Per line, the latest date of each activity kind (one query; one line or all)."""
    result: dict[int, dict[ActivityKind, date]] = {}
    where = "" if line_id is None else "WHERE line_id = ?"
    rows = conn.execute(
        f"SELECT line_id, kind, max(on_date) AS last FROM activities {where} "
        "GROUP BY line_id, kind",
        () if line_id is None else (line_id,),
    )
    for r in rows:
        result.setdefault(r["line_id"], {})[ActivityKind(r["kind"])] = date.fromisoformat(r["last"])
    return result
