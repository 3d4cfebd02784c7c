"""Which secrets exist per line (names only — values live in the OS keyring)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from numberkeeper.core.secrets import SecretKind, SecretRef


def upsert(conn: sqlite3.Connection, ref: SecretRef, now: datetime) -> None:
    """Record that a secret exists (or was replaced) now."""
    conn.execute(
        "INSERT INTO secrets (line_id, kind, name, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (line_id, kind, name) DO UPDATE SET updated_at = excluded.updated_at",
        (ref.line_id, ref.kind.value, ref.name, now.isoformat()),
    )


def remove(conn: sqlite3.Connection, ref: SecretRef) -> None:
    """Forget that a secret exists."""
    conn.execute(
        "DELETE FROM secrets WHERE line_id = ? AND kind = ? AND name = ?",
        (ref.line_id, ref.kind.value, ref.name),
    )


def for_line(conn: sqlite3.Connection, line_id: int) -> list[tuple[SecretRef, datetime]]:
    """A line's secrets with when each was last set."""
    rows = conn.execute(
        "SELECT kind, name, updated_at FROM secrets WHERE line_id = ? ORDER BY kind, name",
        (line_id,),
    )
    return [
        (
            SecretRef(line_id, SecretKind(r["kind"]), r["name"]),
            datetime.fromisoformat(r["updated_at"]),
        )
        for r in rows
    ]
