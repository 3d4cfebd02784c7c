"""What the connection factory (db.py) and the migrations both build on: the transaction
every write goes through.

A module of its own so that db.py, which runs the migrations, and migrations.py, which write
inside transactions, do not import each other (#14).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing: BEGIN IMMEDIATE, then COMMIT, or ROLLBACK if anything raises.

    A failed COMMIT (a full disk) is rolled back too. SQLite may have rolled back by itself
    already (a full disk, an I/O error): then there is nothing to roll back, and the error that
    caused it is the one raised, not "no transaction is active" (#15).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
