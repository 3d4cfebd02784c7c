"""Importing lines from a CSV: a preview with every row checked, then one transaction (#5).

The columns are services.exports.LINE_COLUMNS in any order, header names case-insensitive
(with a few aliases such as `expires_on`); only `number` and `expires` are required, so a
hand-kept sheet `number,carrier,expires,label` imports. Nothing is written until
`import_lines`, which refuses the whole file if any row has an error.
"""

from __future__ import annotations

import dataclasses
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
from numberkeeper.services.csv_file import SheetRows, read_text
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

# The cells that may hold line breaks; in any other, a line break means a quote left open.
MULTILINE_COLUMNS = frozenset(("notes", "linked_accounts"))


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


@dataclass(frozen=True)
class _Header:
    """The file's header: where each known column is, as the file spells it, what it lacks."""

    index_of: dict[str, int]
    spelled: dict[str, str]
    unknown: tuple[str, ...]
    missing: tuple[str, ...]

    @classmethod
    def read(cls, cells: list[str]) -> _Header:
        """The header row's columns: the first of each known one counts, others are unknown."""
        known = set(LINE_COLUMNS)
        index_of: dict[str, int] = {}
        spelled: dict[str, str] = {}
        unknown: list[str] = []
        for i, cell in enumerate(cells):
            column = canonical_column(cell)
            if column in known and column not in index_of:
                index_of[column] = i
                spelled[column] = cell.strip().lstrip("\ufeff") or column
            elif cell.strip():
                unknown.append(cell.strip())
        missing = tuple(c for c in REQUIRED_COLUMNS if c not in index_of)
        return cls(index_of, spelled, tuple(unknown), missing)

    def typed_cells(self, cells: list[str]) -> tuple[dict[str, str], list[str]]:
        """A data row's non-empty cells by LineInput field, and the columns whose cell has a
        line break where none belongs."""
        given: dict[str, str] = {}
        broken: list[str] = []
        for column, i in self.index_of.items():
            value = cells[i] if i < len(cells) else ""
            if column in LINE_TEXT_COLUMNS:
                value = unneutralise(value)
            if column not in MULTILINE_COLUMNS and ("\n" in value or "\r" in value):
                broken.append(column)  # a quote left open took the next rows into it (#15)
            if value.strip():
                given[LINE_COLUMN_FIELDS[column]] = value
        return given, broken

    def cell_error(self, row: int, error: FieldError) -> CellError:
        """A field's error as the cell of this row and the column the file spells."""
        column = _COLUMN_OF_FIELD.get(error.field, error.field)
        return CellError(row, self.spelled.get(column, column), error.message, error)


class _RowChecker:
    """Checks the data rows of one file, against the lines kept and against each other."""

    def __init__(self, services: Services, header: _Header) -> None:
        self.header = header
        self.catalog = services.lines.catalog
        self.kept_ids = line_store.ids_by_number(services.lines.conn)  # one query, not per row
        self.first_row_of: dict[str, int] = {}

    def check(self, row: int, cells: list[str]) -> ImportRow:
        """One data row, typed, validated and compared with the kept lines and earlier rows."""
        given, broken = self.header.typed_cells(cells)
        typed = LineInput(number=given.get("number", ""), expires=given.get("expires", ""))
        typed = dataclasses.replace(typed, **given)
        errors = [
            self.header.cell_error(
                row, FieldError(LINE_COLUMN_FIELDS[c], ErrorCode.CELL_LINE_BREAK)
            )
            for c in broken
        ]
        try:
            fields = validate_line(typed, self.catalog)
        except ValidationError as e:
            errors += [self.header.cell_error(row, fe) for fe in e.errors]
            return ImportRow(row, typed, None, tuple(errors), None, frozenset(given))
        warnings = tuple(self.header.cell_error(row, w) for w in line_warnings(fields))
        first = self.first_row_of.setdefault(fields.number, row)
        if first != row:
            repeated = FieldError(
                "number", ErrorCode.NUMBER_REPEATED, {"value": fields.number, "row": str(first)}
            )
            errors.append(self.header.cell_error(row, repeated))
        duplicate_of = self.kept_ids.get(fields.number)
        return ImportRow(
            row, typed, fields, tuple(errors), duplicate_of, frozenset(given), warnings
        )


@storage_errors
def preview_lines_csv(services: Services, source: Path) -> ImportPreview:
    """Read and check every row of a lines CSV; write nothing.

    An unreadable or non-UTF-8 file raises ValidationError on the field "csv".
    """
    sheet = SheetRows(read_text(Path(source)), Path(source))
    header = _Header.read(sheet.header)
    checker = _RowChecker(services, header)
    rows = tuple(checker.check(row, cells) for row, cells in sheet)
    return ImportPreview(rows, header.unknown, header.missing)


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
