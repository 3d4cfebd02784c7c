"""Backups and restore (#5): daily copies, one-file archives, checks, and safe swaps.

- `daily_backup`: once a day a consistent copy (SQLite backup API) into `backups/` of the
  data folder, keeping the last 7 daily copies and the newest copy of each of the 4 ISO weeks
  before those.
- `backup_archive`: one .zip with the database, the attachments and a manifest (versions,
  creation time, every file's SHA-256). Keyring secrets are never in it: they live only in the
  OS keyring, and the database holds only which secrets exist.
- `check_archive` / `restore_archive`: check everything first, keep a safety copy of the
  current data, then swap.
- `restore_daily_backup`: at start-up (services/database_health.py checks), a damaged
  database is never overwritten; it is renamed aside when the user picks a backup instead.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Protocol

from numberkeeper import __version__
from numberkeeper.core.errors import RefusedError
from numberkeeper.core.receipts import Attachment
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.database_health import backups_dir, daily_backups, daily_path
from numberkeeper.services.lines import LineService
from numberkeeper.store import backups as store
from numberkeeper.store.attachment_files import ATTACHMENTS_DIR, attachments_dir
from numberkeeper.store.db import DATABASE_NAME
from numberkeeper.store.migrations import SCHEMA_VERSION

KEEP_DAILY = 7
KEEP_WEEKLY = 4
MANIFEST = "manifest.json"
ARCHIVE_FORMAT = 1
_SIDECARS = ("-wal", "-shm", "-journal")


class BackupProblemKind(StrEnum):
    """What is wrong with a backup. Each kind has one English template below; the window
    words it in the user's language."""

    NOT_A_BACKUP = "not_a_backup"
    MANIFEST_UNREADABLE = "manifest_unreadable"
    UNEXPECTED_FILE = "unexpected_file"
    FILE_UNREADABLE = "file_unreadable"
    FILE_DAMAGED = "file_damaged"
    FILE_MISSING = "file_missing"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_TOO_NEW = "database_too_new"
    DATABASE_NOT_OURS = "database_not_ours"
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_DAMAGED = "attachment_damaged"


ENGLISH_PROBLEMS: dict[BackupProblemKind, str] = {
    BackupProblemKind.NOT_A_BACKUP: "{name} is not a NumberKeeper backup ({reason})",
    BackupProblemKind.MANIFEST_UNREADABLE: "the manifest cannot be read ({reason})",
    BackupProblemKind.UNEXPECTED_FILE: "unexpected file in the archive: {name}",
    BackupProblemKind.FILE_UNREADABLE: "{name} cannot be read from the archive ({reason})",
    BackupProblemKind.FILE_DAMAGED: "{name} is damaged (its SHA-256 does not match the manifest)",
    BackupProblemKind.FILE_MISSING: "{name} is listed in the manifest but missing",
    BackupProblemKind.DATABASE_DAMAGED: "{name} fails its integrity check ({reason})",
    BackupProblemKind.DATABASE_TOO_NEW: "the database was written by a newer NumberKeeper "
    "(schema {version}; this version knows up to {known})",
    BackupProblemKind.DATABASE_NOT_OURS: "the database is not a NumberKeeper database",
    BackupProblemKind.ATTACHMENT_MISSING: "attachment {name} is missing",
    BackupProblemKind.ATTACHMENT_DAMAGED: "attachment {name} is damaged",
}


@dataclass(frozen=True)
class BackupProblem:
    """One thing wrong with a backup: its kind, and the values its sentence needs."""

    kind: BackupProblemKind
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return ENGLISH_PROBLEMS[self.kind].format(**self.params)


def _problem(kind: BackupProblemKind, **params: object) -> BackupProblem:
    return BackupProblem(kind, {key: str(value) for key, value in params.items()})


class RestoreRefusedError(RefusedError):
    """The archive failed its checks; nothing was changed."""

    def __init__(self, problems: tuple[BackupProblem, ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class RestoreCheck:
    """What checking an archive found, and what it holds."""

    ok: bool
    problems: tuple[BackupProblem, ...]
    schema_version: int
    lines: int
    receipts: int
    attachments: int
    created_at: str


@dataclass(frozen=True)
class RestoreReport:
    """Where the previous data was kept, and what was restored."""

    safety_copy: Path
    restored: RestoreCheck


class HasLines(Protocol):
    """The services container, as far as backups need it (importing it would be a cycle)."""

    lines: LineService


Source = HasLines | sqlite3.Connection


def _conn_of(source: Source) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.lines.conn


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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
        files = [{"name": n, "size": p.stat().st_size, "sha256": _sha256(p)} for n, p in members]
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


def _safe_member(name: str) -> bool:
    pure = PurePosixPath(name)
    return not pure.is_absolute() and ".." not in pure.parts and "\\" not in name


def _check_extracted(archive: Path, folder: Path) -> RestoreCheck:
    """Check `archive`, extracting its database and attachments into `folder`."""
    problems: list[BackupProblem] = []
    manifest: dict[str, object] = {}
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as e:
        return RestoreCheck(
            False,
            (_problem(BackupProblemKind.NOT_A_BACKUP, name=archive, reason=e),),
            0,
            0,
            0,
            0,
            "",
        )
    with zf:
        names = set(zf.namelist())
        if MANIFEST not in names or DATABASE_NAME not in names:
            return RestoreCheck(
                False,
                (
                    _problem(
                        BackupProblemKind.NOT_A_BACKUP,
                        name=archive,
                        reason="no manifest or database",
                    ),
                ),
                0,
                0,
                0,
                0,
                "",
            )
        try:
            loaded = json.loads(zf.read(MANIFEST))
            manifest = loaded if isinstance(loaded, dict) else {}
        except (ValueError, zipfile.BadZipFile) as e:
            problems.append(_problem(BackupProblemKind.MANIFEST_UNREADABLE, reason=e))
        listed = manifest.get("files")
        expected = {
            str(f["name"]): str(f["sha256"])
            for f in (listed if isinstance(listed, list) else [])
            if isinstance(f, dict) and "name" in f and "sha256" in f
        }
        for name in sorted(names - {MANIFEST}):
            if not _safe_member(name) or not (
                name == DATABASE_NAME or name.startswith(f"{ATTACHMENTS_DIR}/")
            ):
                problems.append(_problem(BackupProblemKind.UNEXPECTED_FILE, name=name))
                continue
            out = folder / name
            out.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(name) as src, out.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            except (zipfile.BadZipFile, OSError) as e:
                problems.append(_problem(BackupProblemKind.FILE_UNREADABLE, name=name, reason=e))
                continue
            if name in expected and _sha256(out) != expected[name]:
                problems.append(_problem(BackupProblemKind.FILE_DAMAGED, name=name))
        for name in sorted(set(expected) - names):
            problems.append(_problem(BackupProblemKind.FILE_MISSING, name=name))
    db = folder / DATABASE_NAME
    facts = store.inspect(db) if db.exists() else store.DatabaseFacts(False, "missing", 0, 0, 0)
    if not facts.ok:
        problems.append(
            _problem(BackupProblemKind.DATABASE_DAMAGED, name=DATABASE_NAME, reason=facts.problem)
        )
    if facts.ok and not facts.ours:  # another program's database: never put in place (#15)
        problems.append(_problem(BackupProblemKind.DATABASE_NOT_OURS))
    elif facts.schema_version > SCHEMA_VERSION:
        problems.append(
            _problem(
                BackupProblemKind.DATABASE_TOO_NEW,
                version=facts.schema_version,
                known=SCHEMA_VERSION,
            )
        )
    referenced: list[tuple[str, str]] = []
    if facts.ok and facts.ours:
        try:
            referenced = store.referenced_attachments(db)
        except sqlite3.Error:  # unreadable tables: the integrity check did not see it
            problems.append(_problem(BackupProblemKind.DATABASE_NOT_OURS))
    attachments = 0
    if facts.ok:
        for sha256, original in referenced:
            stored = Attachment(sha256, original, 0).stored_name
            path = folder / ATTACHMENTS_DIR / stored
            if not path.is_file():
                problems.append(
                    _problem(BackupProblemKind.ATTACHMENT_MISSING, name=original or stored)
                )
            elif _sha256(path) != sha256:
                problems.append(
                    _problem(BackupProblemKind.ATTACHMENT_DAMAGED, name=original or stored)
                )
        attachments = len(list((folder / ATTACHMENTS_DIR).glob("*")))
    return RestoreCheck(
        ok=not problems,
        problems=tuple(problems),
        schema_version=facts.schema_version,
        lines=facts.lines,
        receipts=facts.receipts,
        attachments=attachments,
        created_at=str(manifest.get("created_at", "")),
    )


@storage_errors
def check_archive(archive: Path) -> RestoreCheck:
    """Check an archive without restoring it: readable, manifest hashes right, database
    intact and not newer than this version, every referenced attachment present and right."""
    with tempfile.TemporaryDirectory(prefix="numberkeeper-check-") as tmp:
        return _check_extracted(Path(archive), Path(tmp))


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

    The caller must have closed its connection. Refuses (RestoreRefusedError, nothing
    changed) if the archive fails `check_archive`. Before swapping, the current database and
    attachments are copied to `backups/before-restore-<time>/`.
    """
    data_dir = Path(data_dir)
    _private_dir(data_dir)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=data_dir) as tmp:
        staged = Path(tmp)
        check = _check_extracted(Path(archive), staged)
        if not check.ok:
            raise RestoreRefusedError(check.problems)
        safety = _safety_copy(data_dir, now)
        db = data_dir / DATABASE_NAME
        # The old -wal/-shm belong to the old database; left in place they would be replayed
        # into the restored one. They are in the safety copy.
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
        problem = _problem(
            BackupProblemKind.DATABASE_DAMAGED, name=backup.name, reason=facts.problem
        )
        raise RestoreRefusedError((problem,))
    if not facts.ours:
        raise RestoreRefusedError((_problem(BackupProblemKind.DATABASE_NOT_OURS),))
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
