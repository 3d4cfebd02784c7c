"""Restoring only what is ours (#15): archives whose database is not NumberKeeper's are refused,
and backups made before the mark existed still restore."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from export_support import add_line, open_services
from mounts import need_mounts, small_disk

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.services.archives import (
    BackupProblemKind,
    RestoreRefusedError,
    check_archive,
    extract_checked,
)
from numberkeeper.services.backups import backup_archive, restore_archive
from numberkeeper.services.renewals import RenewalInput
from numberkeeper.store.db import connect
from numberkeeper.store.migrations import APPLICATION_ID, MARKED_FROM, MIGRATIONS


def _archive(tmp_path: Path, db: Path, name: str = "b.zip") -> Path:
    data = db.read_bytes()
    manifest = {
        "format": 1,
        "app": "NumberKeeper",
        "schema_version": MARKED_FROM - 1,
        "created_at": "2026-11-01T00:00:00+00:00",
        "files": [
            {
                "name": "numberkeeper.sqlite3",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        ],
    }
    archive = tmp_path / name
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("numberkeeper.sqlite3", data)
    return archive


def _schema(db: Path, version: int, extra: str = "") -> Path:
    with sqlite3.connect(db) as raw:
        for steps in MIGRATIONS[:version]:
            for step in steps:
                if isinstance(step, str):
                    raw.execute(step)
        if extra:
            raw.execute(extra)
        raw.execute(f"PRAGMA user_version = {version}")
    raw.close()
    return db


def test_a_backup_made_before_the_mark_restores_and_is_marked(
    tmp_path: Path, data_dir: Path, now: datetime
) -> None:
    archive = _archive(tmp_path, _schema(tmp_path / "old.sqlite3", MARKED_FROM - 1))
    assert check_archive(archive).ok
    restore_archive(archive, data_dir, now)
    conn = connect(data_dir / "numberkeeper.sqlite3")
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_a_foreign_database_shaped_like_ours_is_not_restored(
    tmp_path: Path, data_dir: Path
) -> None:
    """Its user_version and tables pass for ours; one table of its own gives it away."""
    db = _schema(tmp_path / "theirs.sqlite3", 3, "CREATE TABLE their_own (x)")
    check = check_archive(_archive(tmp_path, db))
    assert not check.ok
    assert [p.kind.value for p in check.problems] == ["database_not_ours"]


def _zip(tmp_path: Path, db: Path, entries: list[tuple[zipfile.ZipInfo, bytes]], listed=()) -> Path:
    """An archive with our database, the given extra entries, and a manifest listing the
    database and the names in `listed` (with the sizes and hashes of their data)."""
    data = db.read_bytes()
    files = [{"name": "numberkeeper.sqlite3", "size": len(data), "sha256": _sha(data)}]
    files += [
        {"name": info.filename, "size": len(content), "sha256": _sha(content)}
        for info, content in entries
        if info.filename in listed
    ]
    archive = tmp_path / "crafted.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps({"format": 1, "files": files}))
        z.writestr("numberkeeper.sqlite3", data)
        for info, content in entries:
            z.writestr(info, content)
    return archive


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _symlink(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix: the mode below is read
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


@pytest.mark.parametrize("listed", [(), ("attachments/slip.pdf",)])
def test_a_symbolic_link_is_refused_listed_or_not(
    tmp_path: Path, data_dir: Path, now: datetime, listed: tuple[str, ...]
) -> None:
    """It was restored as a file, exit 0."""
    db = _schema(tmp_path / "ours.sqlite3", MARKED_FROM - 1)
    archive = _zip(tmp_path, db, [_symlink("attachments/slip.pdf", "/etc/shadow")], listed)
    check = check_archive(archive)
    assert not check.ok
    assert [p.kind for p in check.problems] == [BackupProblemKind.NOT_A_FILE]
    with pytest.raises(RestoreRefusedError):
        restore_archive(archive, data_dir, now)
    assert list(data_dir.iterdir()) == []  # nothing restored, no safety copy needed


def test_an_entry_the_manifest_does_not_list_is_refused(tmp_path: Path) -> None:
    db = _schema(tmp_path / "ours.sqlite3", MARKED_FROM - 1)
    extra = (zipfile.ZipInfo("attachments/extra.pdf"), b"%PDF-1.4")
    check = check_archive(_zip(tmp_path, db, [extra]))
    assert [p.kind for p in check.problems] == [BackupProblemKind.NOT_LISTED]


def test_a_zip_bomb_is_refused_before_anything_is_extracted(tmp_path: Path) -> None:
    """Its sizes are read from the archive's directory; nothing is written out first."""
    db = _schema(tmp_path / "ours.sqlite3", MARKED_FROM - 1)
    bomb = (zipfile.ZipInfo("attachments/bomb.pdf"), bytes(64 << 20))  # 64 KiB packed
    bomb[0].compress_type = zipfile.ZIP_DEFLATED
    archive = _zip(tmp_path, db, [bomb], listed=("attachments/bomb.pdf",))
    assert archive.stat().st_size < 1 << 20
    folder = tmp_path / "staged"
    folder.mkdir()
    check = extract_checked(archive, folder)
    assert [p.kind for p in check.problems] == [BackupProblemKind.TOO_LARGE]
    assert list(folder.rglob("*")) == []


def test_an_entry_larger_than_its_manifest_says_is_refused(tmp_path: Path) -> None:
    db = _schema(tmp_path / "ours.sqlite3", MARKED_FROM - 1)
    archive = _zip(tmp_path, db, [(zipfile.ZipInfo("attachments/a.pdf"), b"x" * 5000)], ["x"])
    with zipfile.ZipFile(archive) as z:  # list it, with a smaller size than it unpacks to
        manifest = json.loads(z.read("manifest.json"))
        items = {i.filename: z.read(i) for i in z.infolist()}
    manifest["files"].append({"name": "attachments/a.pdf", "size": 10, "sha256": "0" * 64})
    items["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(archive, "w") as z:
        for name, data in items.items():
            z.writestr(name, data)
    folder = tmp_path / "staged"
    folder.mkdir()
    check = extract_checked(archive, folder)
    assert [p.kind for p in check.problems] == [BackupProblemKind.TOO_LARGE]
    assert list(folder.rglob("*")) == []


def test_an_archive_larger_than_the_disk_is_told_as_a_full_disk(tmp_path: Path) -> None:
    need_mounts(tmp_path)
    db = _schema(tmp_path / "ours.sqlite3", MARKED_FROM - 1)
    big = (zipfile.ZipInfo("attachments/big.pdf"), bytes(3 << 20))
    big[0].compress_type = zipfile.ZIP_DEFLATED
    archive = _zip(tmp_path, db, [big], listed=("attachments/big.pdf",))
    with small_disk(tmp_path / "disk", 2048) as disk:
        with pytest.raises(StorageError) as caught:
            extract_checked(archive, disk)
        assert caught.value.problem is StorageProblem.DISK_FULL
        assert caught.value.needed > 3 << 20
        assert list(disk.rglob("*")) == []


def test_the_restored_data_stays_private(
    tmp_path: Path, data_dir: Path, now: datetime, conn: sqlite3.Connection
) -> None:
    """Restored attachments came back 0644 where the originals were 0600."""
    services = open_services(conn, data_dir)
    line = add_line(services, now)
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(b"%PDF-1.4 kiosk slip")
    typed = RenewalInput(
        amount="5", currency="KWD", channel="kiosk", extend="1m", attachment=str(slip)
    )
    services.renewals.renew(line, typed, now)
    archive = backup_archive(services, data_dir, tmp_path / "b.zip", now)
    services.close()
    old = os.umask(0o022)  # a usual umask: files would come out 0644
    try:
        restore_archive(archive, data_dir, now)
    finally:
        os.umask(old)
    for path in [data_dir / "attachments", *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path, oct(mode))
