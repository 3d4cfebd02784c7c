"""What the connection factory (db.py) and the migrations both build on: the connection,
which knows the file it opened, and the transaction every write goes through.

A module of its own so that db.py, which runs the migrations, and migrations.py, which write
inside transactions, do not import each other (#14).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from numberkeeper.core.errors import ChangedElsewhereError

FileId = tuple[int, int]  # (device, inode)


def file_id(path: Path) -> FileId | None:
    """Which file is at `path` now (None: none)."""
    try:
        facts = os.stat(path)
    except OSError:
        return None
    return facts.st_dev, facts.st_ino


class Connection(sqlite3.Connection):
    """A connection that remembers which file it opened: a restore by another program puts
    another file at the same path, and the connection would go on writing into the old one,
    where every write is lost (#15)."""

    path: Path | None = None
    opened: FileId | None = None

    def remember_file(self, path: Path) -> None:
        """Note the file at `path` as the one this connection works on."""
        self.path, self.opened = path, file_id(path)

    def replaced(self) -> bool:
        """Whether the file at its path is no longer the one it opened."""
        return self.path is not None and file_id(self.path) != self.opened


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing: BEGIN IMMEDIATE, then COMMIT, or ROLLBACK if anything raises.

    A failed COMMIT (a full disk) is rolled back too. SQLite may have rolled back by itself
    already (a full disk, an I/O error): then there is nothing to roll back, and the error that
    caused it is the one raised, not "no transaction is active" (#15).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Under the write lock: a restore swaps the file only while holding it (#15).
        if isinstance(conn, Connection) and conn.replaced():
            raise ChangedElsewhereError(f"{conn.path} was replaced (restored from a backup)")
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
