"""The one connection factory: WAL, foreign keys on, files private to the user (0600).

Connections run in autocommit mode (`isolation_level=None`); every write goes through
`transaction()`, which issues BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception. It lives
in store/base.py, which the migrations import too, and is named here as well, where the rest
of the app has always found it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.store.base import Connection
from numberkeeper.store.base import transaction as transaction
from numberkeeper.store.failures import storage_error
from numberkeeper.store.identity import Kind, identify
from numberkeeper.store.migrations import APPLICATION_ID, check_version, migrate

DATABASE_NAME = "numberkeeper.sqlite3"
# How long a write waits for another program's write to end before it is refused as LOCKED.
# The command line waits long; the window passes less (gui/app), so it never freezes (#15).
BUSY_TIMEOUT_MS = 5000


def refuse_a_file_as_folder(folder: Path) -> None:
    """StorageError (NOT_A_FOLDER) when the data folder's path names a file."""
    if folder.exists() and not folder.is_dir():
        raise StorageError(StorageProblem.NOT_A_FOLDER, folder)


def connect(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path`, migrated to the current schema.

    Nothing is written to a file that is not ours (#15): it is identified first
    (store/identity.py), and only a new or empty file is initialised. Raises StorageError,
    its problem telling why: another program's file (NOT_OURS), a damaged one, a database
    written by a newer version, a read-only place, a full disk, a database locked by another
    program for longer than `busy_timeout_ms` …
    """
    refuse_a_file_as_folder(path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The file is created 0600 before SQLite opens it, and SQLite gives its -wal and -shm
        # the database's own permissions (#2). No umask change: other threads may create
        # files now.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        identity = identify(path)
    except OSError as e:  # the folder is a file, read-only, not allowed, the disk full …
        raise storage_error(e, path) from e
    if identity.kind is Kind.NOT_SQLITE:
        raise StorageError(StorageProblem.DAMAGED, path, identity.detail)
    if not identity.writable:
        raise StorageError(StorageProblem.NOT_OURS, path, identity.detail)
    conn: Connection | None = None
    try:
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, factory=Connection
        )
        conn.remember_file(path)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # Refuse a newer schema before anything writes to the file: even switching the
        # journal mode rewrites its header.
        check_version(conn, path)
        if identity.kind is Kind.NEW:
            # Marked first, before WAL: the mark is then in the main file's header for good.
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, path)
    except (sqlite3.Error, OSError) as e:
        if conn is not None:
            conn.close()
        raise storage_error(e, path) from e
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return conn


@contextlib.contextmanager
def own_reader(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A separate read-only connection to `conn`'s database file, closed afterwards.

    Long reads that run on a worker thread (exports, backups) use one, so they never share a
    connection — and its transaction state — with the GUI thread's writes. WAL lets the reader
    see the last committed state while writers go on. An in-memory database has no file to
    open again: then `conn` itself is yielded.
    """
    row = conn.execute("PRAGMA database_list").fetchone()
    path = row[2] if row is not None else ""
    if not path:
        yield conn
        return
    reader = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    try:
        reader.execute("PRAGMA busy_timeout = 5000")
        yield reader
    finally:
        reader.close()
