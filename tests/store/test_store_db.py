"""The store: connection factory, migrations, refusal of newer or foreign files."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from numberkeeper.core.lines import LineFields
from numberkeeper.paths import database_path
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import StoreError, connect, transaction
from numberkeeper.store.migrations import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    SchemaTooNewError,
    user_version,
)


def test_new_database_is_migrated_private_and_in_wal(data_dir: Path) -> None:
    conn = connect(database_path(data_dir))
    assert user_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"lines", "events"} <= tables
    conn.execute("CREATE TABLE scratch (x)")  # forces the -wal file into existence
    for path in data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    conn.close()


def test_reopening_does_not_migrate_again(data_dir: Path) -> None:
    connect(database_path(data_dir)).close()
    conn = connect(database_path(data_dir))
    assert user_version(conn) == SCHEMA_VERSION
    conn.close()


def test_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = database_path(data_dir)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute("PRAGMA user_version = 999")
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer NumberKeeper's
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of NumberKeeper"):
        connect(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a NumberKeeper database"):
        connect(path)
    assert path.read_bytes() == before


def test_transaction_rolls_back_everything_on_error(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (2)")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1


def test_foreign_keys_are_enforced(conn: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO events (line_id, at, kind) VALUES (42, '2026-01-01T00:00:00+00:00', 'x')"
        )


def test_lines_written_before_version_5_get_their_readable_number(data_dir: Path) -> None:
    """Migration 5 stores each existing line's readable number; new writes store it too."""
    path = database_path(data_dir)
    raw = sqlite3.connect(path)
    for version, steps in enumerate(MIGRATIONS[:4], start=1):
        for step in steps:
            assert isinstance(step, str)
            raw.execute(step)
        raw.execute(f"PRAGMA user_version = {version}")
    raw.execute(
        "INSERT INTO lines (number, country, kind, time_zone, expires_on, grace_days, status, "
        "created_at, updated_at) VALUES ('+96596661234', 'KW', 'sim', 'Asia/Kuwait', "
        "'2026-12-01', 30, 'active', '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')"
    )
    raw.commit()
    raw.close()
    conn = connect(path)
    try:
        (line,) = line_store.list_lines(conn)
        assert line.number_readable == "+965 9666 1234"
        assert line.readable_number == "+965 9666 1234"
    finally:
        conn.close()


def test_a_line_without_a_stored_readable_number_formats_it(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO lines (number, country, kind, time_zone, expires_on, grace_days, status, "
        "created_at, updated_at) VALUES ('+96890123456', 'OM', 'sim', 'Asia/Muscat', "
        "'2026-12-01', 30, 'active', '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')"
    )
    (line,) = line_store.list_lines(conn)
    assert line.number_readable == ""
    assert line.readable_number == "+968 9012 3456"


def test_a_migration_another_process_applied_meanwhile_is_not_run_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI and a CLI opening an old database together: the second sees it done."""
    path = database_path(data_dir)
    connect(path).close()  # migrated to the newest version by "the other process"
    from numberkeeper.store import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    # As if this process had read the version just before the other one migrated.
    monkeypatch.setattr(migrations, "check_version", lambda _conn, _path: SCHEMA_VERSION - 1)
    try:
        migrations.migrate(conn, path)  # would fail on a duplicate column
        assert user_version(conn) == SCHEMA_VERSION
    finally:
        conn.close()


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
