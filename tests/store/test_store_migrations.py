"""The store's migrations (PRAGMA user_version): once each, never on a newer file, never twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.paths import database_path
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import connect
from numberkeeper.store.migrations import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    user_version,
)


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
    with pytest.raises(StorageError, match="newer version of NumberKeeper") as caught:
        connect(path)
    assert caught.value.problem is StorageProblem.TOO_NEW
    assert path.read_bytes() == before


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
