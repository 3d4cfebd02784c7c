"""The one connection factory: WAL, foreign keys on, files private to the user (0600).

Connections run in autocommit mode (`isolation_level=None`); every write goes through
`transaction()`, which issues BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.
`StoreError`, `StoreProblem` and `transaction` live in store/base.py, which the migrations
import too; they are named here as well, where the rest of the app has always found them.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from numberkeeper.store.base import StoreError as StoreError
from numberkeeper.store.base import StoreProblem as StoreProblem
from numberkeeper.store.base import transaction as transaction
from numberkeeper.store.identity import Kind, identify
from numberkeeper.store.migrations import APPLICATION_ID, check_version, migrate

DATABASE_NAME = "numberkeeper.sqlite3"


def refuse_a_file_as_folder(folder: Path) -> None:
    """StoreError (NOT_A_FOLDER) when the data folder's path names a file."""
    if folder.exists() and not folder.is_dir():
        message = f"{folder} is a file, not a folder for the data."
        raise StoreError(message, StoreProblem.NOT_A_FOLDER, folder)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path`, migrated to the current schema.

    Nothing is written to a file that is not ours (#15): it is identified first
    (store/identity.py), and only a new or empty file is initialised. Raises StoreError for
    another program's file, a database written by a newer version, or a place where no
    database can be opened or created.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The file is created 0600 before SQLite opens it, and SQLite gives its -wal and -shm
        # the database's own permissions (#2). No umask change: other threads may create
        # files now.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        identity = identify(path)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as e:  # the folder is a file, read-only, not allowed …
        refuse_a_file_as_folder(path.parent)
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        message = f"NumberKeeper cannot open {path}: {reason}."
        raise StoreError(message, StoreProblem.CANNOT_OPEN, path, reason) from e
    if not identity.writable:
        conn.close()
        message = f"{path} is not a NumberKeeper database ({identity.detail}); it was not changed."
        raise StoreError(message, StoreProblem.NOT_OURS, path, identity.detail)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Refuse a newer schema before anything writes to the file: even switching the
        # journal mode rewrites its header.
        check_version(conn, path)
        if identity.kind is Kind.NEW:
            # Marked first, before WAL: the mark is then in the main file's header for good.
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, path)
    except sqlite3.DatabaseError as e:
        conn.close()
        message = f"{path} is not a NumberKeeper database ({e})."
        raise StoreError(message, StoreProblem.NOT_OURS, path, str(e)) from e
    except BaseException:
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
