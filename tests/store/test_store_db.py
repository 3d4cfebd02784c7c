"""The store's connection factory: a private WAL database, transactions, foreign keys,
and refusal of a file that is not ours."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.paths import database_path
from numberkeeper.store.db import connect, transaction
from numberkeeper.store.migrations import (
    SCHEMA_VERSION,
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


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="damaged") as caught:
        connect(path)
    assert caught.value.problem is StorageProblem.DAMAGED  # named so: it has our name
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
