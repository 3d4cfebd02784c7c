"""Our mark on the database (#15): nothing that is not ours is written, byte for byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.paths import database_path
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import connect
from numberkeeper.store.identity import Identity, Kind, identify, legacy_schema
from numberkeeper.store.migrations import (
    APPLICATION_ID,
    MARKED_FROM,
    MIGRATIONS,
    SCHEMA_VERSION,
    user_version,
)


def _foreign(path: Path, version: int, *, wal: bool = False, app_id: int = 0) -> None:
    """Another program's database: its own tables, and the given user_version."""
    raw = sqlite3.connect(path)
    if wal:
        raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    raw.execute("INSERT INTO contacts (name) VALUES ('Fatima')")
    raw.execute(f"PRAGMA user_version = {version}")
    raw.execute(f"PRAGMA application_id = {app_id}")
    raw.commit()
    raw.close()


def _legacy(path: Path, version: int) -> None:
    """A database as NumberKeeper wrote it before the mark: migrations 1…version, in WAL."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    for number, steps in enumerate(MIGRATIONS[:version], start=1):
        for step in steps:
            if isinstance(step, str):
                raw.execute(step)
        raw.execute(f"PRAGMA user_version = {number}")
    raw.execute(
        "INSERT INTO lines (number, country, kind, time_zone, expires_on, grace_days, status, "
        "created_at, updated_at) VALUES ('+96596661234', 'KW', 'sim', 'Asia/Kuwait', "
        "'2026-12-01', 30, 'active', '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')"
    )
    raw.close()


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("version", [0, 3, 5, 999])
@pytest.mark.parametrize("wal", [False, True])
def test_another_programs_database_is_refused_unchanged(
    data_dir: Path, version: int, wal: bool
) -> None:
    """user_version 0 was adopted (12 tables added, WAL on); 3 got migration 4 committed."""
    path = database_path(data_dir)
    _foreign(path, version, wal=wal)
    before = _folder_state(data_dir)
    with pytest.raises(StorageError, match="not a NumberKeeper database") as caught:
        connect(path)
    assert caught.value.problem is StorageProblem.NOT_OURS
    assert _folder_state(data_dir) == before  # the file's bytes, and no -wal/-shm beside it


def test_a_database_with_another_application_id_is_refused_unchanged(data_dir: Path) -> None:
    path = database_path(data_dir)
    _foreign(path, 1, app_id=0x47504B47)  # a GeoPackage says "GPKG"
    before = path.read_bytes()
    with pytest.raises(StorageError, match="application id 0x47504b47"):
        connect(path)
    assert path.read_bytes() == before


def test_a_foreign_database_shaped_almost_like_ours_is_refused(data_dir: Path) -> None:
    path = database_path(data_dir)
    _legacy(path, 3)
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE their_own (x)")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a NumberKeeper database"):
        connect(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", range(1, MARKED_FROM))
def test_a_database_from_before_the_mark_is_recognised_and_marked(
    data_dir: Path, version: int
) -> None:
    path = database_path(data_dir)
    _legacy(path, version)
    assert identify(path).kind is Kind.LEGACY
    conn = connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert user_version(conn) == SCHEMA_VERSION
        assert [line.fields.number for line in line_store.list_lines(conn)] == ["+96596661234"]
    finally:
        conn.close()
    assert identify(path).kind is Kind.OURS


def test_a_database_from_before_the_mark_is_read_through_its_write_ahead_log(
    data_dir: Path,
) -> None:
    """An old NumberKeeper still running: its latest migration is only in the -wal."""
    path = database_path(data_dir)
    _legacy(path, 4)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        for step in MIGRATIONS[4]:
            if isinstance(step, str):
                holder.execute(step)
        holder.execute("PRAGMA user_version = 5")
        assert identify(path) == Identity(Kind.LEGACY, 5)
    finally:
        holder.close()


def test_a_new_database_carries_the_mark_in_its_main_file_from_the_start(data_dir: Path) -> None:
    path = database_path(data_dir)
    conn = connect(path)
    try:
        conn.execute("INSERT INTO settings VALUES ('k', 'v')")  # in the -wal, not the file
        header = path.read_bytes()[:100]
        assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    finally:
        conn.close()


@pytest.mark.parametrize("content", ["empty file", "empty database"])
def test_an_empty_file_is_ours_to_initialise(data_dir: Path, content: str) -> None:
    path = database_path(data_dir)
    if content == "empty file":
        path.touch()
    else:
        sqlite3.connect(path).execute("VACUUM").connection.close()  # a valid, empty database
    conn = connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert user_version(conn) == SCHEMA_VERSION
    finally:
        conn.close()


def test_the_legacy_schemas_are_distinct_versions() -> None:
    schemas = [legacy_schema(v) for v in range(1, MARKED_FROM)]
    assert len(set(schemas)) == len(schemas)
    assert all(schemas)
