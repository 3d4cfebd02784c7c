"""The SQLite side of backups: consistent copies and read-only health checks (#5).

A copy goes through `sqlite3.Connection.backup`, which copies the last committed state even
while another connection holds an open write transaction. A check opens the file read-only
(`store.identity.read_only_uri`), so a damaged database is never written to, not even its
header, and no -wal or -shm is left beside a file that is not ours (#15).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.store.db import own_reader
from numberkeeper.store.failures import storage_error
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
    # Why it cannot be used, when not ok or not ours: DAMAGED only for real damage (#15); a
    # place it cannot be read from (no permission, a full disk for the -shm) is told as such.
    cause: StorageError | None = None

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
def open_read_only(path: Path, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection that cannot change the file or create files beside it.

    `immutable`: read the main file without locks even if a -wal is there; only right where
    nobody can be writing (a read-only disk).
    """
    uri = read_only_uri(path)
    if immutable and "immutable=1" not in uri:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def write_lock(path: Path, timeout_ms: int = 5000) -> Iterator[None]:
    """Hold the write lock of the database at `path` for the block, when it has one to take:
    no other connection commits meanwhile. A file that is missing, damaged or not ours is
    left alone (it is not opened at all), and the block runs anyway."""
    if not inspect_header_ours(path):
        yield
        return
    conn = sqlite3.connect(path, isolation_level=None, timeout=timeout_ms / 1000)
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as e:
            if e.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise  # another program holds it longer than `timeout_ms`: LOCKED, say so
        yield
    finally:
        # Closed at once, before anyone opens what replaced the file: closing the last
        # connection may remove the -wal at the path.
        conn.close()


def inspect_header_ours(path: Path) -> bool:
    """Whether the file at `path` is our database, by its header alone (store/identity.py)."""
    try:
        return identify(path).kind in (Kind.OURS, Kind.LEGACY)
    except OSError:
        return False


def inspect(path: Path) -> DatabaseFacts:
    """Run `PRAGMA integrity_check` and count lines and receipts, read-only.

    A file that is not a database, or is damaged, gives ok=False with SQLite's reason and
    cause DAMAGED; another program's database is ok but not `ours` (cause NOT_OURS). A place
    that can be read but not written to (a read-only disk) does not make a database damaged.
    """
    path = Path(path)
    if not path.is_file():
        return DatabaseFacts(False, f"{path} does not exist", 0, 0, 0)
    try:
        identity = identify(path)
    except OSError as e:
        cause = storage_error(e, path)
        return DatabaseFacts(False, cause.detail, 0, 0, 0, cause=cause)
    if identity.kind is Kind.NOT_SQLITE:
        damaged = StorageError(StorageProblem.DAMAGED, path, identity.detail)
        return DatabaseFacts(False, identity.detail, 0, 0, 0, identity.kind, damaged)
    try:
        facts = _integrity(path, identity.kind, immutable=False)
    except sqlite3.DatabaseError as e:
        cause = storage_error(e, path)
        if cause.problem is not StorageProblem.READ_ONLY:
            return DatabaseFacts(False, str(e), 0, 0, 0, identity.kind, cause)
        # A -wal or -shm it cannot open on a read-only disk: nobody can write there, so the
        # main file alone is the database.
        try:
            facts = _integrity(path, identity.kind, immutable=True)
        except sqlite3.DatabaseError as again:
            return DatabaseFacts(False, str(again), 0, 0, 0, identity.kind, cause)
    if facts.ok and identity.kind is Kind.FOREIGN:
        foreign = StorageError(StorageProblem.NOT_OURS, path, identity.detail)
        return dataclasses.replace(facts, cause=foreign)
    return facts


def _integrity(path: Path, kind: Kind, immutable: bool) -> DatabaseFacts:
    with open_read_only(path, immutable) as conn:
        results = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if results != ["ok"]:
            problem = "; ".join(results)
            damaged = StorageError(StorageProblem.DAMAGED, path, problem)
            return DatabaseFacts(False, problem, version, 0, 0, kind, damaged)
        lines, receipts = _count(conn, "lines"), _count(conn, "receipts")
        return DatabaseFacts(True, "", version, lines, receipts, kind)


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
