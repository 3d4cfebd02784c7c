"""Backups and restore (#5): daily copies and pruning, archives, checks, a backup made
mid-write, a corrupted database at start-up, and no keyring secret in any archive."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from export_support import add_line
from memory_keyring import MemoryKeyring

from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.archives import RestoreRefusedError, check_archive
from numberkeeper.services.backups import (
    backup_archive,
    daily_backup,
    restore_archive,
    restore_daily_backup,
)
from numberkeeper.services.container import Services
from numberkeeper.services.database_health import check_database, daily_backups
from numberkeeper.services.secrets import KeyringVault
from numberkeeper.store.db import connect, transaction
from numberkeeper.store.migrations import SCHEMA_VERSION


@pytest.fixture
def backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path, backend: MemoryKeyring) -> Services:
    return Services.open(conn, data_dir, carrier_catalog(), KeyringVault(backend))


def with_attachment(services: Services, now: datetime, tmp_path: Path) -> int:
    line = add_line(services, now)
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(b"%PDF-1.4 kiosk slip OAB123")
    from numberkeeper.core.money import Money
    from numberkeeper.core.receipts import ReceiptFields, ReceiptKind

    services.receipts.add(
        ReceiptFields(line, date(2026, 11, 1), ReceiptKind.VOUCHER, Money(5000, "KWD")),
        now,
        attach=slip,
    )
    return line


def test_daily_backup_once_a_day_and_pruned(
    services: Services, data_dir: Path, now: datetime
) -> None:
    add_line(services, now)
    made = daily_backup(services, data_dir, now)
    assert made is not None
    assert made.name == f"numberkeeper-{now.date().isoformat()}.sqlite3"
    assert daily_backup(services, data_dir, now + timedelta(hours=3)) is None
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*) FROM lines").fetchone()[0] == 1
    assert made.stat().st_mode & 0o077 == 0
    # Sixty days of backups: the last 7 days, plus the newest of each of 4 earlier ISO weeks.
    for days in range(1, 61):
        daily_backup(services.lines.conn, data_dir, now + timedelta(days=days))
    kept = [day for day, _ in daily_backups(data_dir)]
    last = (now + timedelta(days=60)).date()
    assert kept[:7] == [last - timedelta(days=i) for i in range(7)]
    weekly = kept[7:]
    assert len(weekly) == 4
    assert all(d.isoweekday() == 7 for d in weekly)  # the newest day of each ISO week
    assert len({d.isocalendar()[:2] for d in weekly}) == 4


def test_archive_round_trip(
    services: Services, data_dir: Path, now: datetime, tmp_path: Path
) -> None:
    with_attachment(services, now, tmp_path)
    archive = backup_archive(services, data_dir, tmp_path / "backup.zip", now)
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["app_version"]
    assert {f["name"] for f in manifest["files"]} == names - {"manifest.json"}
    check = check_archive(archive)
    assert check.ok, check.problems
    assert (check.lines, check.receipts, check.attachments) == (1, 1, 1)
    assert check.created_at == now.isoformat()

    # Change the data, then restore: the archive's state comes back, the old one is kept.
    add_line(services, now, number="+96596661299")
    services.lines.conn.close()
    report = restore_archive(archive, data_dir, now + timedelta(minutes=5))
    assert report.restored.lines == 1
    assert (report.safety_copy / "numberkeeper.sqlite3").exists()
    assert report.safety_copy.parent == data_dir / "backups"
    assert report.safety_copy.name.startswith("before-restore-")
    with sqlite3.connect(report.safety_copy / "numberkeeper.sqlite3") as old:
        assert old.execute("SELECT count(*) FROM lines").fetchone()[0] == 2
    reopened = connect(database_path(data_dir))
    try:
        assert reopened.execute("SELECT count(*) FROM lines").fetchone()[0] == 1
    finally:
        reopened.close()
    assert len(list((data_dir / "attachments").iterdir())) == 1


def test_backup_made_mid_write_has_the_last_committed_state(
    services: Services, data_dir: Path, now: datetime, tmp_path: Path
) -> None:
    add_line(services, now)
    writer = sqlite3.connect(database_path(data_dir), isolation_level=None)
    try:
        with pytest.raises(RuntimeError), transaction(writer):
            writer.execute("UPDATE lines SET label = 'uncommitted'")
            writer.execute(
                "INSERT INTO lines (number, country, kind, time_zone, expires_on, "
                "grace_days, status, created_at, updated_at) VALUES ('+96596669999', 'KW', "
                "'sim', 'Asia/Kuwait', '2027-01-01', 30, 'active', 'x', 'x')"
            )
            # The write transaction is open while the archive is made.
            archive = backup_archive(services, data_dir, tmp_path / "mid.zip", now)
            raise RuntimeError("roll back")
    finally:
        writer.close()
    check = check_archive(archive)
    assert check.ok, check.problems
    assert check.lines == 1
    services.lines.conn.close()
    restore_archive(archive, data_dir, now)
    restored = connect(database_path(data_dir))
    try:
        assert restored.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in restored.execute("SELECT label FROM lines")] == [""]
    finally:
        restored.close()


def test_no_keyring_secret_in_the_archive(
    services: Services, data_dir: Path, now: datetime, tmp_path: Path, backend: MemoryKeyring
) -> None:
    line = with_attachment(services, now, tmp_path)
    secret = "Zain-portal-pw-7f3a9c"
    services.secrets.set(line, "password", secret, now)
    assert secret in backend.store.values()
    archive = backup_archive(services, data_dir, tmp_path / "b.zip", now)
    raw = archive.read_bytes()
    assert secret.encode() not in raw
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            content = zf.read(name)
            assert secret.encode() not in content
            assert secret.encode("utf-16-le") not in content


def test_damaged_archives_are_refused(
    services: Services, data_dir: Path, now: datetime, tmp_path: Path
) -> None:
    with_attachment(services, now, tmp_path)
    good = backup_archive(services, data_dir, tmp_path / "good.zip", now)
    no_attachment = tmp_path / "no-attachment.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(no_attachment, "w") as dst:
        for item in src.infolist():
            if not item.filename.startswith("attachments/"):
                dst.writestr(item, src.read(item))
    check = check_archive(no_attachment)
    assert not check.ok
    assert any("missing" in str(p) for p in check.problems)
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"hello")
    assert not check_archive(not_zip).ok
    services.lines.conn.close()
    before = database_path(data_dir).read_bytes()
    with pytest.raises(RestoreRefusedError):
        restore_archive(no_attachment, data_dir, now)
    assert database_path(data_dir).read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_newer_schema_is_refused(
    services: Services, data_dir: Path, now: datetime, tmp_path: Path
) -> None:
    archive = backup_archive(services, data_dir, tmp_path / "b.zip", now)
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(archive) as src:
        items = {item.filename: src.read(item) for item in src.infolist()}
    db = tmp_path / "db"
    db.write_bytes(items["numberkeeper.sqlite3"])
    with sqlite3.connect(db) as c:
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    items["numberkeeper.sqlite3"] = db.read_bytes()
    manifest = json.loads(items["manifest.json"])
    for listed in manifest["files"]:  # an honest archive of a newer database
        data = items[listed["name"]]
        listed.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    items["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(newer, "w") as dst:
        for name, data in items.items():
            dst.writestr(name, data)
    check = check_archive(newer)
    assert not check.ok
    assert any("newer" in str(p) for p in check.problems)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "numberkeeper.sqlite3"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE lines (x)")
    archive = tmp_path / "foreign.zip"
    data = foreign.read_bytes()
    listed = {"name": foreign.name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", json.dumps({"files": [listed]}))
        z.write(foreign, "numberkeeper.sqlite3")
    check = check_archive(archive)
    assert not check.ok
    assert [str(p) for p in check.problems] == ["the database is not a NumberKeeper database"]


@pytest.mark.parametrize("where", ["header", "page"])
def test_corrupted_database_at_start_up(
    services: Services, data_dir: Path, now: datetime, where: str
) -> None:
    for i in range(50):
        add_line(services, now, number=f"+9659666{i:04d}", notes="x" * 500)
    older = daily_backup(services, data_dir, now - timedelta(days=2))
    latest = daily_backup(services, data_dir, now - timedelta(days=1))
    assert older
    assert latest
    services.lines.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.lines.conn.close()
    path = database_path(data_dir)
    raw = bytearray(path.read_bytes())
    if where == "header":
        raw[0:16] = b"garbage garbage!"
    else:
        page_size = int.from_bytes(raw[16:18], "big")
        raw[page_size * 2 : page_size * 2 + 64] = b"\xff" * 64  # an interior page of lines
    path.write_bytes(bytes(raw))
    damaged = path.read_bytes()

    health = check_database(path)
    assert not health.ok
    assert health.problem
    assert health.latest_backup == latest
    assert path.read_bytes() == damaged  # never written to, not even its header

    aside = restore_daily_backup(latest, data_dir, now)
    assert aside.read_bytes() == damaged
    assert check_database(path).ok
    reopened = connect(path)
    try:
        assert reopened.execute("SELECT count(*) FROM lines").fetchone()[0] == 50
    finally:
        reopened.close()


def test_missing_database_is_a_first_start(data_dir: Path) -> None:
    health = check_database(data_dir / "nothing.sqlite3")
    assert health.ok
    assert health.latest_backup is None
