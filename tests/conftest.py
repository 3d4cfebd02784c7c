"""Shared fixtures: a fixed clock, a temporary data folder and an open database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.lines import LineService
from numberkeeper.store.db import connect

FIXED_NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    """The instant every unit test lives at, unless it says otherwise."""
    return FIXED_NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """An open, migrated database in the temporary data folder."""
    connection = connect(database_path(data_dir))
    yield connection
    connection.close()


@pytest.fixture
def service(conn: sqlite3.Connection) -> LineService:
    """The line use cases over the temporary database, with the shipped carrier presets."""
    return LineService(conn, carrier_catalog())
