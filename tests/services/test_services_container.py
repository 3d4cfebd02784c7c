"""The Services container: lines up front, every other service on first use, one connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.receipts import ReceiptService
from numberkeeper.store.db import connect


def test_services_are_built_on_first_use_and_kept(conn: sqlite3.Connection, data_dir: Path):
    services = Services.open(conn, data_dir, carrier_catalog())
    assert "receipts" not in vars(services)
    receipts = services.receipts
    assert isinstance(receipts, ReceiptService)
    assert services.receipts is receipts
    assert receipts.lines is services.lines
    assert receipts.conn is conn


def test_rebind_points_built_and_later_services_at_the_new_connection(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    services = Services.open(conn, data_dir, carrier_catalog())
    built = services.renewals
    reopened = connect(database_path(data_dir))
    try:
        services.rebind(reopened)
        assert services.lines.conn is reopened
        assert built.conn is reopened
        assert services.status.conn is reopened  # built after the rebind
    finally:
        reopened.close()
