"""The services own their connection and speak one hierarchy of errors (#14): SQLite's and the
file system's errors come out as StorageError, by cause; open, close and restore are theirs."""

from __future__ import annotations

import inspect
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from numberkeeper.core import errors
from numberkeeper.core.errors import (
    NumberKeeperError,
    RefusedError,
    StorageError,
    StorageProblem,
)
from numberkeeper.core.validation import LineInput
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.archives import RestoreRefusedError
from numberkeeper.services.backups import backup_archive
from numberkeeper.services.container import Services

LINE = LineInput(number="+96596661234", expires="2026-12-31", carrier="kw-zain")


@pytest.fixture
def owned(data_dir: Path) -> Iterator[Services]:
    services = Services.open_folder(data_dir, carrier_catalog(), busy_timeout_ms=100)
    yield services
    if not services.closed:
        services.close()


def test_every_error_the_services_raise_is_one_of_the_hierarchy() -> None:
    raised = [
        cls
        for cls in vars(errors).values()
        if isinstance(cls, type)
        and issubclass(cls, Exception)
        and cls.__module__ == errors.__name__
    ]
    assert len(raised) >= 14
    assert all(issubclass(cls, NumberKeeperError) for cls in raised)
    assert issubclass(RestoreRefusedError, RefusedError)


def test_every_public_method_of_every_service_is_behind_the_boundary(owned: Services) -> None:
    built = [
        owned.lines,
        owned.renewals,
        owned.status,
        owned.receipts,
        owned.activities,
        owned.checklists,
        owned.secrets,
        owned.reminders,
    ]
    for service in built:
        for name, member in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_"):
                assert hasattr(member, "__wrapped__"), f"{type(service).__name__}.{name}"


def test_a_database_locked_by_another_program_is_told_as_such_and_quickly(
    owned: Services, now: datetime
) -> None:
    other = sqlite3.connect(owned.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(StorageError) as caught:
            owned.lines.add(LINE, now)
        assert time.monotonic() - started < 1.0  # the timeout asked for, not SQLite's 5 s
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.problem is StorageProblem.LOCKED
    assert caught.value.path == owned.database
    assert owned.lines.list_lines() == []
    owned.lines.add(LINE, now)  # the connection is usable again: nothing was left half-open


def test_the_services_open_close_and_restore_their_own_database(
    owned: Services, data_dir: Path, now: datetime, tmp_path: Path
) -> None:
    line = owned.lines.add(LINE, now).line
    archive = backup_archive(owned, data_dir, tmp_path / "b.zip", now)
    owned.lines.archive(line.id, now)
    receipts = owned.receipts  # built before the restore: must follow it
    report = owned.restore(archive, now)
    assert report.restored.lines == 1
    assert not owned.closed
    assert owned.lines.get(line.id).archived_at is None
    assert receipts.list() == []
    assert receipts.conn is owned.lines.conn
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(RestoreRefusedError):
        owned.restore(bad, now)
    assert not owned.closed  # opened again: the data is as it was
    assert owned.lines.get(line.id).archived_at is None
    owned.close()
    assert owned.closed


def test_writes_of_other_programs_are_noticed_and_its_own_are_not(
    owned: Services, now: datetime
) -> None:
    assert not owned.changed_elsewhere()  # the first look only takes the counter
    owned.lines.add(LINE, now)
    assert not owned.changed_elsewhere()
    with sqlite3.connect(owned.database) as other:
        other.execute("INSERT INTO settings VALUES ('elsewhere', '1')")
    other.close()
    assert owned.changed_elsewhere()
    assert not owned.changed_elsewhere()
