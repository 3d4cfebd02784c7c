"""Where the daily backups live, and the start-up check of the database (#5).

Kept apart from services/backups.py (archives, zip files, hashing), because every start runs
the check before the window opens, and needs none of that (#2).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.services.boundary import storage_errors
from numberkeeper.store import backups as store
from numberkeeper.store.failures import unwritable

BACKUPS_DIR = "backups"
DAILY_PREFIX = "numberkeeper-"
DAILY_SUFFIX = ".sqlite3"
_DAILY_RE = re.compile(r"^numberkeeper-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class DatabaseHealth:
    """The start-up check of the database file."""

    ok: bool
    problem: str
    latest_backup: Path | None  # the newest daily backup that passes its own check
    # Why it cannot be used (None when ok): only DAMAGED offers a backup (#15).
    cause: StorageError | None = None
    # Why nothing could be saved there although it reads fine (a read-only disk), if so.
    read_only: StorageError | None = None

    @property
    def damaged(self) -> bool:
        """Really damaged: the one case in which restoring a backup is the advice."""
        return self.cause is not None and self.cause.problem is StorageProblem.DAMAGED


def backups_dir(data_dir: Path) -> Path:
    """The folder of daily backups and pre-restore safety copies."""
    return data_dir / BACKUPS_DIR


def daily_path(data_dir: Path, day: date) -> Path:
    """Where the daily backup of `day` lives."""
    return backups_dir(data_dir) / f"{DAILY_PREFIX}{day.isoformat()}{DAILY_SUFFIX}"


@storage_errors
def daily_backups(data_dir: Path) -> list[tuple[date, Path]]:
    """The daily backups present, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _DAILY_RE.match(path.name)
        if match and path.is_file():
            with contextlib.suppress(ValueError):
                found.append((date.fromisoformat(match.group(1)), path))
    return sorted(found, reverse=True)


@storage_errors
def check_database(path: Path) -> DatabaseHealth:
    """The start-up check: is the database intact? Read-only; the file is never modified.

    A missing file is fine (a first start). Otherwise `PRAGMA integrity_check` must say ok and
    the file must be ours; `cause` says why not. Only when it is damaged, `latest_backup` is
    the newest daily backup that passes the same check.
    """
    path = Path(path)
    if not path.exists():
        return DatabaseHealth(True, "", None)
    facts = store.inspect(path)
    if facts.ok and facts.cause is None:
        return DatabaseHealth(True, "", None, read_only=unwritable(path))
    cause = facts.cause or StorageError(StorageProblem.DAMAGED, path, facts.problem)
    damaged = cause.problem is StorageProblem.DAMAGED
    latest = latest_good_backup(path.parent) if damaged else None
    return DatabaseHealth(False, facts.problem or cause.detail, latest, cause)


@storage_errors
def latest_good_backup(data_dir: Path) -> Path | None:
    """The newest daily backup whose integrity check passes, if any."""
    for _, backup in daily_backups(data_dir):
        facts = store.inspect(backup)
        if facts.ok and facts.ours:
            return backup
    return None
