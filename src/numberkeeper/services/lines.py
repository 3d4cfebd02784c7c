"""Adding, editing, archiving and listing lines.

Every write validates first, then changes the line and records an event in one transaction,
and returns a `LineResult`: the line as stored, and what changed (`Changes`, #14) for the
window's one change signal.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ErrorCode,
    LineNotFoundError,
    ValidationError,
)
from numberkeeper.core.lines import Line, LineFields
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.store import events as event_store
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import transaction

if TYPE_CHECKING:
    from numberkeeper.core.validation import LineInput


@dataclass(frozen=True)
class LineResult:
    """What a line's write changed: the line as stored afterwards (a new one's id is
    `line.id`), and `changes` — none for an edit that changed no field."""

    line: Line
    changes: Changes

    @classmethod
    def written(cls, line: Line) -> LineResult:
        """The line's own fields changed."""
        return cls(line, Changes.of(Kind.LINES, lines=(line.id,)))


@speaks_storage
class LineService:
    """The line use cases over one open database."""

    def __init__(self, conn: sqlite3.Connection, catalog: CarrierCatalog | None = None) -> None:
        self.conn = conn
        self.catalog = catalog or CarrierCatalog(())

    def list_lines(self, include_archived: bool = False) -> list[Line]:
        """All lines (archived ones only when asked), in id order."""
        return line_store.list_lines(self.conn, include_archived)

    def get(self, line_id: int) -> Line:
        """One line, or LineNotFoundError."""
        line = line_store.get(self.conn, line_id)
        if line is None:
            raise LineNotFoundError(line_id)
        return line

    def refresh_readable_numbers(self) -> int:
        """Re-format the stored readable numbers after the phone-number library changed.

        They are written with each line, so after an upgrade whose formatting rules differ
        they would keep the old look. Returns how many lines changed (0: nothing to do).
        """
        from numberkeeper.core.phones import formatting_version

        version = formatting_version()
        if line_store.readable_numbers_version(self.conn) == version:
            return 0
        with transaction(self.conn):
            return line_store.rewrite_readable_numbers(self.conn, version)

    def history(self, line_id: int) -> list[event_store.Event]:
        """The line's events, oldest first."""
        self.get(line_id)
        return event_store.for_line(self.conn, line_id)

    def add(self, typed: LineInput, now: datetime) -> LineResult:
        """Validate and store a new line, with a `created` event."""
        from numberkeeper.core.validation import validate_line  # writes only, not start-up

        fields = validate_line(typed, self.catalog)
        with transaction(self.conn):
            self._refuse_duplicate(fields.number, None)
            line_id = line_store.insert(self.conn, fields, now)
            event_store.add(self.conn, line_id, now, "created", fields_details(fields))
        return LineResult.written(self.get(line_id))

    def edit(
        self, line_id: int, typed: LineInput, now: datetime, read: LineFields | None = None
    ) -> LineResult:
        """Validate and overwrite a line's fields; the event lists what changed (old, new).

        `read` is the line's fields as the caller read them, before the person changed them:
        if the stored line differs by now, ChangedElsewhereError, and nothing is written.
        """
        from numberkeeper.core.validation import validate_line  # writes only, not start-up

        fields = validate_line(typed, self.catalog)
        with transaction(self.conn):
            before = self.get(line_id)
            if read is not None and before.fields != read:
                raise ChangedElsewhereError(f"line {line_id} was changed since it was read")
            self._refuse_duplicate(fields.number, line_id)
            changes = changed_fields(before.fields, fields)
            if not changes:
                return LineResult(before, Changes())
            line_store.update(self.conn, line_id, fields, now)
            event_store.add(self.conn, line_id, now, "edited", {"changed": changes})
        return LineResult.written(self.get(line_id))

    def archive(self, line_id: int, now: datetime) -> LineResult:
        """Hide a line from the default view; its history is kept."""
        with transaction(self.conn):
            self.get(line_id)
            line_store.set_archived(self.conn, line_id, now)
            event_store.add(self.conn, line_id, now, "archived", {})
        return LineResult.written(self.get(line_id))

    def unarchive(self, line_id: int, now: datetime) -> LineResult:
        """Bring an archived line back into the default view."""
        with transaction(self.conn):
            self.get(line_id)
            line_store.set_archived(self.conn, line_id, None)
            event_store.add(self.conn, line_id, now, "unarchived", {})
        return LineResult.written(self.get(line_id))

    def _refuse_duplicate(self, e164: str, own_id: int | None) -> None:
        existing = line_store.find_by_number(self.conn, e164)
        if existing is not None and existing.id != own_id:
            raise ValidationError.single(
                "number", ErrorCode.NUMBER_DUPLICATE, value=e164, line_id=str(existing.id)
            )


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a field value for event details."""
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(_plain(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return str(value)


def fields_details(fields: LineFields) -> dict[str, Any]:
    """A line's fields as plain JSON values, for the details of its `created` event."""
    return {f.name: _plain(getattr(fields, f.name)) for f in dataclasses.fields(fields)}


def changed_fields(before: LineFields, after: LineFields) -> dict[str, list[Any]]:
    """{field: [before, after]} for what an edit changed, for its `edited` event."""
    old, new = fields_details(before), fields_details(after)
    return {k: [old[k], new[k]] for k in new if old[k] != new[k]}
