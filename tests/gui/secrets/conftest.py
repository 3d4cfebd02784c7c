"""The secrets tests' fixtures: an in-memory keyring, the services over it, and one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from numberkeeper.core.lines import Line
from numberkeeper.core.validation import LineInput
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.secrets import KeyringVault


@pytest.fixture
def backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path, backend: MemoryKeyring) -> Services:
    return Services.open(conn, data_dir, carrier_catalog(), KeyringVault(backend))


@pytest.fixture
def line(services: Services, clock: FixedClock) -> Line:
    return services.lines.add(
        LineInput(number="+96596661234", expires="2027-01-01", time_zone="Asia/Kuwait"), clock()
    ).line
