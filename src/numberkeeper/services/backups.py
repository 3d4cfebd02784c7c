"""Backups and restore (#5): daily copies, one-file archives, checks, and safe swaps.

- `daily_backup`: once a day a consistent copy (SQLite backup API) into `backups/` of the
  data folder, keeping the last 7 daily copies and the newest copy of each of the 4 ISO weeks
  before those.
- `backup_archive`: one .zip with the database, the attachments and a manifest (versions,
  creation time, every file's SHA-256). Keyring secrets are never in it: they live only in the
  OS keyring, and the database holds only which secrets exist.
- `restore_archive`: check everything first (services/archives.py), keep a safety copy of
  the current data, then swap.
- `restore_daily_backup`: at start-up (services/database_health.py checks), a damaged
  database is never overwritten; it is renamed aside when the user picks a backup instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from numberkeeper import __version__
from numberkeeper.services.archives import (
    ARCHIVE_FORMAT,
    MANIFEST,
    BackupProblem,
    BackupProblemKind,
    RestoreRefusedError,
    RestoreReport,
    extract_checked,
    sha256_of,
)
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.database_health import backups_dir, daily_backups, daily_path
from numberkeeper.services.lines import LineService
from numberkeeper.store import backups as store
from numberkeeper.store.attachment_files import ATTACHMENTS_DIR, attachments_dir
from numberkeeper.store.db import DATABASE_NAME

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_SIDECARS = ("-wal", "-shm", "-journal")


class HasLines(Protocol):
    """The services container, as far as backups need it (importing it would be a cycle)."""

    lines: LineService


Source = HasLines | sqlite3.Connection


def _conn_of(source: Source) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.lines.conn


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _private_dir(path: Path) -> Path:
    # mkdir(parents=True) gives the folders above `path` the umask's mode (0755): the
    # backups folder came out readable by all (#15). Each missing level is made 0700.
    if not path.exists():
        _private_dir(path.parent)
        path.mkdir(mode=0o700, exist_ok=True)
    return path


@storage_errors
def daily_backup(
    source: Source, data_dir: Path, now: datetime, *, force: bool = False
) -> Path | None:
    """Today's backup, made if it does not exist yet (or `force`, replacing it); old ones pruned.

    "Today" is the date of `now` as given (pass a local time for local days). Returns the new
    file, or None when today's backup already existed.
    """
    target = daily_path(data_dir, now.date())
    if target.exists() and not force:
        return None
    folder = _private_dir(backups_dir(data_dir))
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".daily-", suffix=".part")
    os.close(fd)
    try:
        os.unlink(tmp_name)  # sqlite3 creates it afresh (an empty file is a valid database)
        store.copy_database(_conn_of(source), Path(tmp_name))
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    prune_daily_backups(data_dir)
    return target


@storage_errors
def prune_daily_backups(data_dir: Path) -> list[Path]:
    """Keep the last 7 daily backups, plus the newest backup of each of the 4 ISO weeks
    before those; delete the rest. Returns the deleted files."""
    backups = daily_backups(data_dir)
    daily = backups[:KEEP_DAILY]
    keep = {path for _, path in daily}
    covered = {day.isocalendar()[:2] for day, _ in daily}
    weeks: dict[tuple[int, int], Path] = {}
    for day, path in backups[KEEP_DAILY:]:  # newest first: the first seen of a week is newest
        week = day.isocalendar()[:2]
        if week not in covered and week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks[week] = path
    keep |= set(weeks.values())
    deleted = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def _attachment_files(data_dir: Path) -> list[Path]:
    folder = attachments_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


@contextlib.contextmanager
def _atomic_binary(target: Path) -> Iterator[Path]:
    """A temporary path next to `target`, renamed over it if the block completes.

    mkstemp creates it 0600 whatever the umask: an archive holds the whole database.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(fd)
    try:
        yield Path(tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


@storage_errors
def backup_archive(source: Source, data_dir: Path, target: Path, now: datetime) -> Path:
    """Write one .zip (database, attachments, manifest.json) to `target`, atomically.

    The database is a backup-API copy (the last committed state, even mid-write). The
    manifest names the app and schema versions, the creation time, and each file's size and
    SHA-256. Returns `target`.
    """
    conn = _conn_of(source)
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="numberkeeper-backup-") as tmp:
        db_copy = Path(tmp) / DATABASE_NAME
        store.copy_database(conn, db_copy)
        facts = store.inspect(db_copy)
        members: list[tuple[str, Path]] = [(DATABASE_NAME, db_copy)]
        members += [(f"{ATTACHMENTS_DIR}/{p.name}", p) for p in _attachment_files(data_dir)]
        files = [{"name": n, "size": p.stat().st_size, "sha256": sha256_of(p)} for n, p in members]
        manifest = {
            "format": ARCHIVE_FORMAT,
            "app": "NumberKeeper",
            "app_version": __version__,
            "schema_version": facts.schema_version,
            "created_at": now.astimezone(UTC).isoformat(),
            "lines": facts.lines,
            "receipts": facts.receipts,
            "files": files,
        }
        with _atomic_binary(target) as tmp_zip:
            with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
                for name, path in members:
                    zf.write(path, name)
            with tmp_zip.open("rb+") as f:
                os.fsync(f.fileno())
    return target


def _safety_copy(data_dir: Path, now: datetime) -> Path:
    """Copy the current database (with its -wal) and attachments aside; return the folder."""
    base = backups_dir(data_dir) / f"before-restore-{_stamp(now)}"
    folder = base
    n = 1
    while folder.exists():
        n += 1
        folder = base.with_name(f"{base.name}-{n}")
    _private_dir(folder)
    db = data_dir / DATABASE_NAME
    for suffix in ("", *_SIDECARS):
        src = db.with_name(db.name + suffix)
        if src.exists():
            shutil.copy2(src, folder / src.name)
    if attachments_dir(data_dir).is_dir():
        shutil.copytree(attachments_dir(data_dir), folder / ATTACHMENTS_DIR)
    return folder


@storage_errors
def restore_archive(archive: Path, data_dir: Path, now: datetime) -> RestoreReport:
    """Replace the data folder's database and attachments with the archive's.

    Refuses (RestoreRefusedError, nothing changed) if the archive fails its checks
    (services/archives.py). The swap holds the current database's write lock (#15): another
    program's write in progress ends first, and every later write of a connection still open
    on the old file is refused, not lost (store.base.transaction). Before swapping, the
    current database and attachments are copied to `backups/before-restore-<time>/`.
    """
    data_dir = Path(data_dir)
    _private_dir(data_dir)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=data_dir) as tmp:
        staged = Path(tmp)
        check = extract_checked(Path(archive), staged)
        if not check.ok:
            raise RestoreRefusedError(check.problems)
        db = data_dir / DATABASE_NAME
        with store.write_lock(db):
            safety = _safety_copy(data_dir, now)
            # The old -wal/-shm belong to the old database; left in place they would be
            # replayed into the restored one. They are in the safety copy.
            for suffix in _SIDECARS:
                db.with_name(db.name + suffix).unlink(missing_ok=True)
            os.chmod(staged / DATABASE_NAME, 0o600)
            os.replace(staged / DATABASE_NAME, db)
        current = attachments_dir(data_dir)
        new = staged / ATTACHMENTS_DIR
        if current.exists():
            shutil.rmtree(current)
        if new.is_dir():
            os.chmod(new, 0o700)
            os.replace(new, current)
        else:
            _private_dir(current)
    return RestoreReport(safety, check)


@storage_errors
def restore_daily_backup(backup: Path, data_dir: Path, now: datetime) -> Path:
    """Put a daily backup in place of the database; returns where the old file was kept.

    The current database (and its -wal/-shm) is renamed aside as
    `numberkeeper.sqlite3.broken-<time>` — never overwritten, never deleted. The caller must
    have no connection open.
    """
    backup = Path(backup)
    facts = store.inspect(backup)
    if not facts.ok:
        problem = BackupProblem(
            BackupProblemKind.DATABASE_DAMAGED, {"name": backup.name, "reason": facts.problem}
        )
        raise RestoreRefusedError((problem,))
    if not facts.ours:
        raise RestoreRefusedError((BackupProblem(BackupProblemKind.DATABASE_NOT_OURS),))
    db = Path(data_dir) / DATABASE_NAME
    aside = db.with_name(f"{db.name}.broken-{_stamp(now)}")
    n = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *_SIDECARS)):
        n += 1
        aside = db.with_name(f"{db.name}.broken-{_stamp(now)}-{n}")
    fd, tmp_name = tempfile.mkstemp(dir=db.parent, prefix=".restoring-")
    os.close(fd)
    try:
        shutil.copyfile(backup, tmp_name)
        if db.exists():
            os.rename(db, aside)
        for suffix in _SIDECARS:
            side = db.with_name(db.name + suffix)
            if side.exists():
                os.rename(side, aside.with_name(aside.name + suffix))
        os.replace(tmp_name, db)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return aside
