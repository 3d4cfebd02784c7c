"""Is a database file ours? Decided before anything writes to it (#15).

NumberKeeper marks every database it creates with `PRAGMA application_id` (APPLICATION_ID),
set while the file is still empty and before WAL is switched on, so the mark is in the main
file's own header from the first write on. Only these files are written to:

- no file, or an empty one (0 bytes, or an SQLite file holding nothing at all): ours to
  initialise;
- a file carrying the mark;
- a database written by NumberKeeper before the mark existed (schema versions 1–5, no
  application id): recognised by its exact schema, then marked by a migration.

Anything else — another program's database, whatever its `user_version`, or a file that is not
SQLite at all — is refused with its bytes unchanged. Reading the header needs no SQLite; the
legacy check reads through `read_only_uri`, which creates nothing beside the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from numberkeeper.store.migrations import APPLICATION_ID, MARKED_FROM, MIGRATIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_USER_VERSION_AT = 60
_APPLICATION_ID_AT = 68

SchemaObject = tuple[str, str, str, str]


class Kind(StrEnum):
    """What a file at the database's path is."""

    NEW = "new"  # no file, or an empty one: ours to initialise
    OURS = "ours"  # carries our application id
    LEGACY = "legacy"  # NumberKeeper's, from before the mark: its exact schema of a version
    FOREIGN = "foreign"  # another program's SQLite database
    NOT_SQLITE = "not_sqlite"  # not an SQLite file: damaged, or never a database


@dataclass(frozen=True)
class Identity:
    """What `identify` found, with the schema version it read (0 when it read none)."""

    kind: Kind
    version: int = 0
    detail: str = ""

    @property
    def writable(self) -> bool:
        """Whether NumberKeeper may write to this file."""
        return self.kind in (Kind.NEW, Kind.OURS, Kind.LEGACY)


def _be32(header: bytes, at: int) -> int:
    return int.from_bytes(header[at : at + 4], "big", signed=True)


def _sidecar_has_content(path: Path, suffix: str) -> bool:
    side = path.with_name(path.name + suffix)
    try:
        return side.stat().st_size > 0
    except OSError:
        return False


def identify(path: Path) -> Identity:
    """Tell our database from anything else, without writing to the file.

    OSError if the file cannot be read at all (no permission, an I/O error).
    """
    path = Path(path)
    if not path.exists():
        return Identity(Kind.NEW)
    with path.open("rb") as f:
        header = f.read(_HEADER_SIZE)
    if not header:
        if _sidecar_has_content(path, "-wal"):  # SQLite never leaves this: not ours to reset
            return Identity(Kind.NOT_SQLITE, detail="an empty file beside a write-ahead log")
        return Identity(Kind.NEW)
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return Identity(Kind.NOT_SQLITE, detail="not an SQLite database file")
    application_id = _be32(header, _APPLICATION_ID_AT)
    if application_id == APPLICATION_ID:
        return Identity(Kind.OURS, _be32(header, _USER_VERSION_AT))
    if application_id != 0:
        return Identity(Kind.FOREIGN, detail=f"application id {application_id:#x}")
    return _unmarked(path)


def _unmarked(path: Path) -> Identity:
    """A database without any application id: NumberKeeper's from before the mark, empty,
    or another program's."""
    try:
        version, schema = read_schema(path)
    except sqlite3.DatabaseError as e:  # a damaged page, or not really a database
        return Identity(Kind.NOT_SQLITE, detail=str(e))
    if version == 0 and not schema:
        return Identity(Kind.NEW)  # an SQLite file that holds nothing at all
    if 1 <= version < MARKED_FROM and schema == legacy_schema(version):
        return Identity(Kind.LEGACY, version)
    return Identity(Kind.FOREIGN, version, f"user_version {version}")


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` for reading and cannot write to it or create files beside it.

    A read-only connection to a database in WAL mode creates its -wal and -shm, and leaves them
    (it may not delete them): so while neither exists — no connection is open anywhere — the
    file is read `immutable`, the main file only, without locks. Otherwise some connection may
    be writing, and only a WAL-aware reader sees its newest pages.
    """
    path = Path(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    if not any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm")):
        uri += "&immutable=1"
    return uri


def read_schema(path: Path) -> tuple[int, frozenset[SchemaObject]]:
    """(user_version, every schema object) of a database file, read without writing."""
    uri = read_only_uri(path)
    with contextlib.closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return version, schema_of(conn)


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every table, index, view and trigger, its SQL with whitespace runs made one space."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), " ".join(str(sql or "").split()))
        for kind, name, table, sql in rows
    )


@cache
def legacy_schema(version: int) -> frozenset[SchemaObject]:
    """The exact schema NumberKeeper's migrations 1…`version` build (replayed in memory).

    Steps that are functions only fill in data, so they are skipped.
    """
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        for steps in MIGRATIONS[:version]:
            for step in steps:
                if isinstance(step, str):
                    conn.execute(step)
        return schema_of(conn)
