"""The SQLite side of backups: consistent copies and read-only health checks (#5).

A copy goes through `sqlite3.Connection.backup`, which copies the last committed state even
while another connection holds an open write transaction. A check opens the file read-only
(`store.identity.read_only_uri`), so a damaged database is never written to, not even its
header, and no -wal or -shm is left beside a file that is not ours (#15).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from numberkeeper.store.db import own_reader
from numberkeeper.store.identity import Kind, identify, read_only_uri


@dataclass(frozen=True)
class DatabaseFacts:
    """What a read-only look at a database file found."""

    ok: bool
    problem: str  # empty when ok
    schema_version: int
    lines: int
    receipts: int
    kind: Kind = Kind.NOT_SQLITE  # whose file it is (store/identity.py)

    @property
    def ours(self) -> bool:
        """NumberKeeper's database, marked or from before the mark (#15)."""
        return self.kind in (Kind.OURS, Kind.LEGACY)


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of `conn`'s main database at `target` (created 0600, overwritten)."""
    old_umask = os.umask(0o077)
    try:
        # Read through its own connection: backups run on a worker thread while the GUI
        # thread keeps using `conn`.
        with (
            own_reader(conn) as source,
            contextlib.closing(sqlite3.connect(target, isolation_level=None)) as dest,
        ):
            source.backup(dest)
            # A single self-contained file: no -wal companion to forget when moving it.
            dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        os.umask(old_umask)


@contextlib.contextmanager
def open_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that cannot change the file or create files beside it."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def inspect(path: Path) -> DatabaseFacts:
    """Run `PRAGMA integrity_check` and count lines and receipts, read-only.

    A file that is not a database, or is damaged, gives ok=False with SQLite's reason.
    """
    if not Path(path).is_file():
        return DatabaseFacts(False, f"{path} does not exist", 0, 0, 0)
    try:
        kind = identify(path).kind
        with open_read_only(path) as conn:
            results = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if results != ["ok"]:
                return DatabaseFacts(False, "; ".join(results), version, 0, 0, kind)
            lines, receipts = _count(conn, "lines"), _count(conn, "receipts")
            return DatabaseFacts(True, "", version, lines, receipts, kind)
    except (sqlite3.DatabaseError, OSError) as e:
        return DatabaseFacts(False, str(e), 0, 0, 0)


def _count(conn: sqlite3.Connection, table: str) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if not exists:
        return 0
    # The table name is one of ours ("lines", "receipts"), never user input.
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def referenced_attachments(path: Path) -> list[tuple[str, str]]:
    """(sha256, original name) of every attachment the receipts of a database refer to."""
    with open_read_only(path) as conn:
        return [
            (str(r[0]), str(r[1] or ""))
            for r in conn.execute(
                "SELECT DISTINCT attachment_sha256, attachment_name FROM receipts "
                "WHERE attachment_sha256 IS NOT NULL"
            )
        ]
