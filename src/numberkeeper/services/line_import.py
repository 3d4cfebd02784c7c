"""Importing lines from a CSV: a preview with every row checked, then one transaction (#5).

The columns are services.exports.LINE_COLUMNS in any order, header names case-insensitive
(with a few aliases such as `expires_on`); only `number` and `expires` are required, so a
hand-kept sheet `number,carrier,expires,label` imports. Nothing is written until
`import_lines`, which refuses the whole file if any row has an error.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from numberkeeper.core.errors import ErrorCode, FieldError, ImportRefusedError, ValidationError
from numberkeeper.core.lines import LineFields
from numberkeeper.core.validation import (
    LineInput,
    input_from_fields,
    line_warnings,
    validate_line,
)
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.container import Services
from numberkeeper.services.exports import (
    LINE_COLUMN_FIELDS,
    LINE_COLUMNS,
    LINE_TEXT_COLUMNS,
    unneutralise,
)
from numberkeeper.services.lines import changed_fields, fields_details
from numberkeeper.store import events as event_store
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import transaction

REQUIRED_COLUMNS: tuple[str, ...] = ("number", "expires")

# LineInput field → CSV column, to name the column of a field's error.
_COLUMN_OF_FIELD = {field: column for column, field in LINE_COLUMN_FIELDS.items()}

# Other spellings people use in hand-kept sheets (after lower-casing, spaces → underscores).
ALIASES: dict[str, str] = {
    "expires_on": "expires",
    "expiry": "expires",
    "expiry_date": "expires",
    "expiration": "expires",
    "valid_until": "expires",
    "phone": "number",
    "phone_number": "number",
    "msisdn": "number",
    "name": "label",
    "operator": "carrier",
    "type": "kind",
    "tz": "time_zone",
    "timezone": "time_zone",
    "balance_amount": "balance",
    "balance_currency": "currency",
    "accounts": "linked_accounts",
    "note": "notes",
}

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# The cells that may hold line breaks; in any other, a line break means a quote left open.
MULTILINE_COLUMNS = frozenset(("notes", "linked_accounts"))
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class CellError:
    """One refused cell. `row` is the spreadsheet row: the header is row 1, data starts at 2."""

    row: int
    column: str
    message: str
    # The core's error, so a face can word it in the user's language (#5).
    error: FieldError | None = dataclasses.field(default=None, compare=False)

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}"


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file: as typed, as validated (None if refused), and its errors.

    `duplicate_of` is the id of an existing line with the same number. `given` names the
    LineInput fields that had a non-empty cell (what a merge overwrites).
    """

    row: int
    typed: LineInput
    fields: LineFields | None
    errors: tuple[CellError, ...]
    duplicate_of: int | None
    given: frozenset[str] = frozenset()
    # What is imported but worth a second look (a number the metadata does not know, #13).
    warnings: tuple[CellError, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    """Every row of the file checked, plus the header's unknown and missing columns."""

    rows: tuple[ImportRow, ...]
    unknown_columns: tuple[str, ...]
    missing_required: tuple[str, ...]

    @property
    def errors(self) -> tuple[CellError, ...]:
        """Every cell error, in row order."""
        return tuple(e for r in self.rows for e in r.errors)

    @property
    def warnings(self) -> tuple[CellError, ...]:
        """Every cell warning, in row order: imported, but to be checked (#13)."""
        return tuple(w for r in self.rows for w in r.warnings)

    @property
    def ok(self) -> bool:
        """True when the file can be imported as it is."""
        return not self.missing_required and not self.errors

    def problems(self) -> list[str]:
        """What stops the import, one sentence each (missing columns first)."""
        found = [f"the {c} column is required" for c in self.missing_required]
        return found + [str(e) for e in self.errors]

    @property
    def duplicates(self) -> tuple[ImportRow, ...]:
        """Rows whose number is already kept."""
        return tuple(r for r in self.rows if r.duplicate_of is not None)


class DuplicatePolicy(StrEnum):
    """What to do with a row whose number is already kept."""

    SKIP = "skip"
    MERGE = "merge"  # update the existing line with the row's non-empty cells


@dataclass(frozen=True)
class ImportResult:
    """How many rows were added as new lines, merged into existing ones, or skipped."""

    added: int
    merged: int
    skipped: int


def canonical_column(header: str) -> str:
    """A header cell as a column name: case-insensitive, spaces and hyphens as underscores."""
    name = "_".join(header.strip().lstrip("\ufeff").lower().replace("-", " ").split())
    return ALIASES.get(name, name)


def _read_text(source: Path) -> str:
    """The file's text: a regular file of at most MAX_IMPORT_BYTES, in UTF-8.

    Opened without blocking and checked before reading (#15): a FIFO hung the import, and
    /dev/zero (size 0 to stat) was read until memory ran out.
    """
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise _unreadable(source, e) from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValidationError.single("csv", ErrorCode.FILE_NOT_REGULAR, value=str(source))
        try:
            data = f.read(MAX_IMPORT_BYTES + 1)
        except OSError as e:
            raise _unreadable(source, e) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError.single(
            "csv",
            ErrorCode.FILE_TOO_LARGE,
            value=str(source),
            limit=str(MAX_IMPORT_BYTES // (1024 * 1024)),
        )
    # UTF-16 without a byte-order mark decodes as UTF-8 with a NUL after every letter, and
    # every row was then "number: is required" (#15). Text has no NUL.
    nul = data.find(b"\0")
    if nul >= 0:
        raise ValidationError.single(
            "csv", ErrorCode.FILE_NOT_UTF8, value=str(source), byte=str(nul)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValidationError.single(
            "csv", ErrorCode.FILE_NOT_UTF8, value=str(source), byte=str(e.start)
        ) from None


def _unreadable(source: Path, error: OSError) -> ValidationError:
    return ValidationError.single(
        "csv", ErrorCode.FILE_UNREADABLE, value=str(source), reason=error.strerror or str(error)
    )


def _delimiter(text: str) -> str:
    """Comma, unless the header line clearly uses semicolons or tabs (Excel in some locales)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _checked_rows(reader: Iterator[list[str]], source: Path) -> Iterator[list[str]]:
    """The reader's rows; a file the csv module cannot parse is refused on the field "csv".

    The reader is strict (#15): a quote left open swallowed the rows after it into one cell,
    and the import said "1 added". The error names the row (the file's line) it began on.
    """
    began = 1
    try:
        for row in reader:
            yield row
            began = reader.line_num + 1  # type: ignore[attr-defined]
    except csv.Error:
        raise ValidationError.single(
            "csv", ErrorCode.CSV_QUOTE_UNCLOSED, value=str(source), row=str(began)
        ) from None


@storage_errors
def preview_lines_csv(services: Services, source: Path) -> ImportPreview:
    """Read and check every row of a lines CSV; write nothing.

    An unreadable or non-UTF-8 file raises ValidationError on the field "csv".
    """
    text = _read_text(Path(source))
    # A cell may be as long as the file: the csv module's default limit (128 KiB) would stop
    # the whole file at one long note, where the row's own check names the cell (#2).
    csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows_in = _checked_rows(reader, Path(source))
    header = next(rows_in, None) or []
    known = set(LINE_COLUMNS)
    index_of: dict[str, int] = {}
    spelled: dict[str, str] = {}
    unknown: list[str] = []
    for i, cell in enumerate(header):
        column = canonical_column(cell)
        if column in known and column not in index_of:
            index_of[column] = i
            spelled[column] = cell.strip().lstrip("\ufeff") or column
        elif cell.strip():
            unknown.append(cell.strip())
    missing = tuple(c for c in REQUIRED_COLUMNS if c not in index_of)

    catalog = services.lines.catalog
    kept_ids = line_store.ids_by_number(services.lines.conn)  # one query, not one per row
    rows: list[ImportRow] = []
    first_row_of: dict[str, int] = {}
    row_number = 1
    previous_line = reader.line_num
    for cells in rows_in:
        # The spreadsheet's row: the csv module skips blank lines, which a spreadsheet shows
        # as rows, and a quoted cell may span several lines of the file.
        span = reader.line_num - previous_line
        previous_line = reader.line_num
        breaks = sum(len(_LINE_BREAK.findall(c)) for c in cells)
        row_number += 1 + max(0, span - 1 - breaks)
        if not any(c.strip() for c in cells):
            continue  # a row of empty cells
        given: dict[str, str] = {}
        broken: list[str] = []
        for column, i in index_of.items():
            value = cells[i] if i < len(cells) else ""
            if column in LINE_TEXT_COLUMNS:
                value = unneutralise(value)
            if column not in MULTILINE_COLUMNS and ("\n" in value or "\r" in value):
                broken.append(column)  # a quote left open took the next rows into it (#15)
            if value.strip():
                given[LINE_COLUMN_FIELDS[column]] = value
        typed = LineInput(number=given.get("number", ""), expires=given.get("expires", ""))
        typed = dataclasses.replace(typed, **given)
        errors: list[CellError] = []
        warnings: tuple[CellError, ...] = ()
        fields = None
        duplicate_of = None

        def cell_of(fe: FieldError, row: int = row_number) -> CellError:
            column = _COLUMN_OF_FIELD.get(fe.field, fe.field)
            return CellError(row, spelled.get(column, column), fe.message, fe)

        errors += [
            cell_of(FieldError(LINE_COLUMN_FIELDS[c], ErrorCode.CELL_LINE_BREAK)) for c in broken
        ]
        try:
            fields = validate_line(typed, catalog)
            warnings = tuple(cell_of(w) for w in line_warnings(fields))
        except ValidationError as e:
            errors += [cell_of(fe) for fe in e.errors]
        if fields is not None:
            first = first_row_of.setdefault(fields.number, row_number)
            if first != row_number:
                repeated = FieldError(
                    "number", ErrorCode.NUMBER_REPEATED, {"value": fields.number, "row": str(first)}
                )
                errors.append(cell_of(repeated))
            duplicate_of = kept_ids.get(fields.number)
        rows.append(
            ImportRow(
                row_number, typed, fields, tuple(errors), duplicate_of, frozenset(given), warnings
            )
        )
    return ImportPreview(tuple(rows), tuple(unknown), missing)


@storage_errors
def import_lines(
    services: Services, preview: ImportPreview, policy: DuplicatePolicy, now: datetime
) -> ImportResult:
    """Import a checked preview in ONE transaction: all rows or none.

    Refuses (ImportRefusedError, nothing written) when the preview has any error or a
    required column is missing. A row whose number is already kept — checked again now, in
    the transaction — is skipped or merged (its non-empty cells overwrite the line's) per
    `policy`; new lines get a `created` event, merged ones an `edited` event.
    """
    policy = DuplicatePolicy(policy)
    if not preview.ok:
        raise ImportRefusedError(preview.problems())
    catalog = services.lines.catalog
    conn = services.lines.conn
    # Everything that needs no lock is worked out first, so other programs wait for the
    # import only while its rows are written (#15: 250,000 rows held the lock for 23 s, and
    # writers beside it failed after their 5 s). All or nothing still: one transaction.
    at = now.isoformat()
    prepared = []
    for row in preview.rows:
        assert row.fields is not None  # preview.ok
        details = {**fields_details(row.fields), "imported_from_row": row.row}
        prepared.append((row, line_store.row_of(row.fields, now), event_store.serialised(details)))
    merged = skipped = 0
    with transaction(conn):
        kept = line_store.ids_by_number(conn)  # again, under the lock
        new = [p for p in prepared if p[0].fields and p[0].fields.number not in kept]
        first_id = line_store.insert_rows(conn, [values for _row, values, _details in new])
        event_store.add_many(
            conn,
            [(first_id + i, at, "created", details) for i, (_r, _v, details) in enumerate(new)],
        )
        for row, _values, _details in prepared:
            if row.fields is None or row.fields.number not in kept:
                continue
            if policy is DuplicatePolicy.SKIP:
                skipped += 1
                continue
            existing = line_store.find_by_number(conn, row.fields.number)
            assert existing is not None
            overrides = {name: getattr(row.typed, name) for name in row.given}
            merged_input = dataclasses.replace(input_from_fields(existing.fields), **overrides)
            try:
                fields = validate_line(merged_input, catalog)
            except ValidationError as e:
                raise ImportRefusedError(
                    [f"row {row.row}, {fe.field}: {fe.message} (merging)" for fe in e.errors]
                ) from None
            changes = changed_fields(existing.fields, fields)
            if changes:
                line_store.update(conn, existing.id, fields, now)
                event_store.add(
                    conn, existing.id, now, "edited", {"changed": changes, "imported": True}
                )
            merged += 1
    added = len(new)
    return ImportResult(added, merged, skipped)
