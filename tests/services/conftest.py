"""Fixtures of the service tests: every service over the test database, one line, and (#17)
the services with an in-memory keyring the test can look into."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from numberkeeper.core.validation import LineInput
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.secrets import KeyringVault


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    """Every service over the test database, with the shipped carrier presets."""
    return Services.open(conn, data_dir, carrier_catalog())


@pytest.fixture
def line_id(services: Services, now: datetime) -> int:
    """A Zain Kuwait line expiring 2026-11-25 (three days after `now`)."""
    typed = LineInput(number="+96596661234", expires="2026-11-25", carrier="kw-zain")
    return services.lines.add(typed, now).line.id


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    """The keyring the `reaching` services keep passwords and channel URLs in."""
    return MemoryKeyring()


@pytest.fixture
def reaching(conn: sqlite3.Connection, data_dir: Path, keyring_backend: MemoryKeyring) -> Services:
    """The services over the test database, with `keyring_backend` as the OS keyring."""
    return Services.open(conn, data_dir, carrier_catalog(), KeyringVault(keyring_backend))
