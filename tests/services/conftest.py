"""Fixtures of the service tests that reach outside (#17): the services over the test database
with an in-memory keyring the test can look into."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.secrets import KeyringVault


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    """The keyring the `reaching` services keep passwords and channel URLs in."""
    return MemoryKeyring()


@pytest.fixture
def reaching(conn: sqlite3.Connection, data_dir: Path, keyring_backend: MemoryKeyring) -> Services:
    """The services over the test database, with `keyring_backend` as the OS keyring."""
    return Services.open(conn, data_dir, carrier_catalog(), KeyringVault(keyring_backend))
