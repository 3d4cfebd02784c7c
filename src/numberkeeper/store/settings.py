"""Small application settings: the `settings` table of key → text (JSON where structured)."""

from __future__ import annotations

import sqlite3


def get(conn: sqlite3.Connection, key: str) -> str | None:
    """The value stored under `key`; None when it was never set."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def put(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Store `value` under `key`, replacing any earlier one. The caller owns the transaction."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
