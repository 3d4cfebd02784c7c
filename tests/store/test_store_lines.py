"""The lines' repository (store.lines): readable numbers, and ids by number."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from numberkeeper.core.lines import LineFields
from numberkeeper.store import lines as line_store


def test_a_line_without_a_stored_readable_number_formats_it(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO lines (number, country, kind, time_zone, expires_on, grace_days, status, "
        "created_at, updated_at) VALUES ('+96890123456', 'OM', 'sim', 'Asia/Muscat', "
        "'2026-12-01', 30, 'active', '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')"
    )
    (line,) = line_store.list_lines(conn)
    assert line.number_readable == ""
    assert line.readable_number == "+968 9012 3456"


def test_ids_by_number_lists_every_line_archived_or_not(conn: sqlite3.Connection) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    kuwaiti = line_store.insert(
        conn, LineFields("+96550001234", "KW", date(2026, 12, 1), "Asia/Kuwait"), now
    )
    omani = line_store.insert(
        conn, LineFields("+96890123456", "OM", date(2026, 12, 1), "Asia/Muscat"), now
    )
    line_store.set_archived(conn, omani, now)
    assert line_store.ids_by_number(conn) == {"+96550001234": kuwaiti, "+96890123456": omani}
