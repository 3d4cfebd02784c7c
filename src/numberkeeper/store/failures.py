"""SQLite's and the file system's errors, told by their real cause (#15).

`storage_error` turns one into a `StorageError`: read-only, disk full, locked, damaged … A
healthy database on a read-only mount or a full disk must never be called damaged, and SQLite's
code alone does not always say which it is (a read-only mount gives "unable to open database
file"), so the place itself is looked at: its mount flags, its free space, its permissions.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from numberkeeper.core.errors import NO_PERMISSION, READ_ONLY_MOUNT, StorageError, StorageProblem

# The free space asked for when a change's size is unknown: a few pages of a write-ahead log
# and their index are far less; a MiB leaves room for the next few changes too.
ENOUGH_ROOM = 1 << 20

_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
# SQLite codes that a read-only place or a full disk also give: the place is looked at.
_ASK_THE_PLACE = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
}
_NO_PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM}


def _existing(path: Path) -> Path | None:
    """`path`, or its nearest ancestor that exists (where a new file would be created)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def free_space(path: Path) -> int:
    """Bytes free for this user on the disk that holds `path` (0 if that cannot be told)."""
    place = _existing(Path(path))
    try:
        return shutil.disk_usage(place).free if place is not None else 0
    except OSError:
        return 0


def disk_full(path: Path, needed: int = 0) -> StorageError:
    """DISK_FULL at `path`, with the free space now and at least ENOUGH_ROOM asked for."""
    return StorageError(
        StorageProblem.DISK_FULL,
        path,
        "no space left on the disk",
        free=free_space(path),
        needed=max(needed, ENOUGH_ROOM),
    )


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def unwritable(path: Path) -> StorageError | None:
    """READ_ONLY or DISK_FULL if that is why nothing can be written at `path` (a file, or a
    folder to create it in); None when the place looks writable."""
    place = _existing(path)
    if place is None:
        return None
    targets = [place] if place.is_dir() else [place, place.parent]
    for target in targets:  # a file bind-mounted read-only sits in a writable folder
        if _read_only_mount(target):
            return StorageError(StorageProblem.READ_ONLY, target, READ_ONLY_MOUNT)
    if free_space(place) < ENOUGH_ROOM // 4:
        return disk_full(place)
    for target in targets:
        if not os.access(target, os.W_OK):
            return StorageError(StorageProblem.READ_ONLY, target, NO_PERMISSION)
    return None


def os_storage_error(error: OSError, path: Path | None = None, needed: int = 0) -> StorageError:
    """A file system error as a StorageError; `path` where the error does not name one."""
    named = error.filename if isinstance(error.filename, str) and error.filename else None
    where = Path(named) if named else path or Path(".")
    detail = error.strerror or str(error)
    if error.errno in _DISK_FULL_ERRNOS:
        return disk_full(where, needed)
    if error.errno == errno.EROFS:
        return StorageError(StorageProblem.READ_ONLY, where, READ_ONLY_MOUNT)
    if error.errno in _NO_PERMISSION_ERRNOS:
        return StorageError(StorageProblem.READ_ONLY, where, NO_PERMISSION)
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        for folder in where.parents:
            if folder.exists() and not folder.is_dir():
                return StorageError(StorageProblem.NOT_A_FOLDER, folder)
    return unwritable(where) or StorageError(StorageProblem.FAILED, where, detail)


def sqlite_storage_error(error: sqlite3.Error, path: Path | None) -> StorageError:
    """An SQLite error on the database at `path` as a StorageError, by its real cause."""
    where = path or Path("the database")
    # The primary result code (https://sqlite.org/rescode.html), without the extended bits.
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    detail = str(error)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StorageError(StorageProblem.LOCKED, where, detail)
    if code == sqlite3.SQLITE_FULL:
        return disk_full(where)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return StorageError(StorageProblem.DAMAGED, where, detail)
    if code in _ASK_THE_PLACE and path is not None:
        told = unwritable(path)
        if told is not None:
            return told
    if code == sqlite3.SQLITE_CANTOPEN:
        return StorageError(StorageProblem.CANNOT_OPEN, where, detail)
    return StorageError(StorageProblem.FAILED, where, detail)


def storage_error(
    error: sqlite3.Error | OSError, path: Path | None = None, needed: int = 0
) -> StorageError:
    """The one translation of SQLite's and the file system's errors (services/boundary.py).

    `path` is the database (for SQLite's errors) or the file meant (when an OSError names
    none); `needed`, the bytes a write needed, when known.
    """
    if isinstance(error, OSError):
        return os_storage_error(error, path, needed)
    return sqlite_storage_error(error, path)


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file a connection's main database lives in (None: in memory, or closed)."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]) if row is not None and row[2] else None
