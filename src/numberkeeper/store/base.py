"""What the connection factory (db.py) and the migrations both build on: the error a database
cannot be used with, and the transaction every write goes through.

A module of its own so that db.py, which runs the migrations, and migrations.py, which raise
the store's error inside transactions, do not import each other (#14).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path


class StoreProblem(StrEnum):
    """Why a database cannot be used: the window words each one in the user's language."""

    NOT_A_FOLDER = "not_a_folder"  # the data folder's path is a file
    CANNOT_OPEN = "cannot_open"  # no permission, a read-only disk, …
    NOT_OURS = "not_ours"  # not a database, damaged, or another program's
    TOO_NEW = "too_new"  # written by a newer NumberKeeper


class StoreError(Exception):
    """The database cannot be used as it is. The message says why, in English (the command
    line, logs); `problem`, `path` and `detail` let a face word it in the user's language."""

    def __init__(self, message: str, problem: StoreProblem, path: Path, detail: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.detail = detail


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing: BEGIN IMMEDIATE, then COMMIT, or ROLLBACK if anything raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
