"""Saved checklist progress, so a half-finished errand survives a restart."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from numberkeeper.core.checklists import Action


@dataclass(frozen=True)
class ChecklistRun:
    """One errand in progress (or done) on a line."""

    id: int
    line_id: int
    action: Action
    step: str
    answers: dict[str, Any]
    state: str
    started_at: datetime
    updated_at: datetime


def _run(row: sqlite3.Row) -> ChecklistRun:
    return ChecklistRun(
        id=row["id"],
        line_id=row["line_id"],
        action=Action(row["action"]),
        step=row["step"],
        answers=json.loads(row["answers"]),
        state=row["state"],
        started_at=datetime.fromisoformat(row["started_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def open_run(conn: sqlite3.Connection, line_id: int, action: Action) -> ChecklistRun | None:
    """The unfinished run of this errand on this line, if any."""
    row = conn.execute(
        "SELECT * FROM checklist_runs WHERE line_id = ? AND action = ? AND state = 'open'",
        (line_id, action.value),
    ).fetchone()
    return _run(row) if row else None


def save(
    conn: sqlite3.Connection,
    line_id: int,
    action: Action,
    step: str,
    answers: dict[str, Any],
    now: datetime,
) -> None:
    """Create or update the open run of this errand."""
    text = json.dumps(answers, ensure_ascii=False, sort_keys=True)
    cur = conn.execute(
        "UPDATE checklist_runs SET step = ?, answers = ?, updated_at = ? "
        "WHERE line_id = ? AND action = ? AND state = 'open'",
        (step, text, now.isoformat(), line_id, action.value),
    )
    if cur.rowcount == 0:
        conn.execute(
            "INSERT INTO checklist_runs (line_id, action, step, answers, state, started_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?)",
            (line_id, action.value, step, text, now.isoformat(), now.isoformat()),
        )


def close(
    conn: sqlite3.Connection, line_id: int, action: Action, state: str, now: datetime
) -> None:
    """Mark the open run finished or abandoned."""
    conn.execute(
        "UPDATE checklist_runs SET state = ?, updated_at = ? "
        "WHERE line_id = ? AND action = ? AND state = 'open'",
        (state, now.isoformat(), line_id, action.value),
    )
