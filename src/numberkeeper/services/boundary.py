"""The services' boundary: where SQLite's and the file system's errors become StorageError.

Every public method of a service class (`@speaks_storage`) and every public service function
(`@storage_errors`) passes through `_translated`, so the GUI and the CLI only ever see the
hierarchy of core/errors.py (#14) — a full disk, a read-only folder or a locked database is a
sentence there, never a traceback (#15). What the services raise themselves passes unchanged.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from numberkeeper.store.failures import database_file, storage_error

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound=type)


def _connection_of(owner: object) -> sqlite3.Connection | None:
    """The connection a service, the Services container, or a call's argument works on."""
    for candidate in (owner, getattr(owner, "conn", None)):
        if isinstance(candidate, sqlite3.Connection):
            return candidate
    lines = getattr(owner, "lines", None)
    conn = getattr(lines, "conn", None)
    return conn if isinstance(conn, sqlite3.Connection) else None


def _database(args: tuple[Any, ...]) -> Path | None:
    for arg in args:
        conn = _connection_of(arg)
        if conn is not None:
            return database_file(conn)
    return None


def _iterate(items: Iterator[R], args: tuple[Any, ...]) -> Iterator[R]:
    """Rows read lazily fail while they are read: translated there too."""
    try:
        yield from items
    except (sqlite3.Error, OSError) as e:
        raise storage_error(e, _database(args)) from e


def storage_errors(function: Callable[P, R]) -> Callable[P, R]:
    """A service function whose SQLite and file errors come out as StorageError."""

    @functools.wraps(function)
    def translated(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            result = function(*args, **kwargs)
        except (sqlite3.Error, OSError) as e:
            raise storage_error(e, _database(args)) from e
        if inspect.isgenerator(result):
            return _iterate(result, args)  # type: ignore[return-value]
        return result

    return translated


def speaks_storage(cls: C) -> C:
    """A service class whose public methods all go through `storage_errors`."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, storage_errors(member))
    return cls
