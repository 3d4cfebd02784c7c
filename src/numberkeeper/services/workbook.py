"""Streaming .xlsx tables for the workbook exports (#18), written with XlsxWriter.

XlsxWriter's constant-memory mode keeps one row in memory: rows go to a temporary file as they
are written, in order, and it cannot autofit the columns afterwards. So a `SheetTable` measures
what it writes (CJK characters count double) and sets the widths when it is finished; starts a
next sheet when one is full (1,048,575 rows below the header); freezes the header row; and
writes every text with write_string, so "=Line 1" or "+96550001234" stays text, never a formula
or a number. `atomic_workbook` gives the file the temporary-name-and-rename of the CSV export,
and removes every temporary file XlsxWriter made, whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook  # type: ignore[import-untyped]
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]

from numberkeeper.services.exports import atomic_file

SHEET_ROWS = 1_048_575
"""Rows a sheet holds below its header row (1,048,576 in all)."""

# Columns wider than this would push the rest off the screen: long notes are cut in view.
MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"  # ISO: the same in every interface language
_EPOCH = date(1899, 12, 30).toordinal()
_BAD_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")


class Kind(Enum):
    """What a column's cells are."""

    TEXT = "text"
    DATE = "date"  # a spreadsheet serial number (int), shown as yyyy-mm-dd
    INTEGER = "integer"
    AMOUNT = "amount"  # a float in major units, shown with its row's currency decimals


@dataclass(frozen=True)
class Column:
    """A column: its header (in the interface language) and its kind."""

    header: str
    kind: Kind


def date_serial(day: date) -> int:
    """A date's spreadsheet serial number (store.exports.date_serial_sql does the same in SQL).

    Spreadsheets count 1900-02-29, which never was: dates before 1900-03-01 are one less.
    """
    return day.toordinal() - _EPOCH - (day < date(1900, 3, 1))


@lru_cache(maxsize=1024)
def display_width(text: str) -> int:
    """How many character widths the text's longest line takes: wide (CJK) characters two."""
    if text.isascii() and "\n" not in text:
        return len(text)
    return max(
        sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        for line in text.split("\n")
    )


def amount_format(digits: int) -> str:
    """The number format of an amount with `digits` decimals: #,##0.000 for KWD."""
    return "#,##0." + "0" * digits if digits else "#,##0"


def sheet_name(name: str, number: int = 1) -> str:
    """A valid sheet name: `name`, then "name (2)"…; no []:*?/\\, at most 31 characters."""
    clean = _BAD_SHEET_CHARACTERS.sub(" ", name).strip("' ") or "Sheet"
    suffix = f" ({number})" if number > 1 else ""
    return clean[: 31 - len(suffix)] + suffix


class SheetTable:
    """One table of rows written over as many sheets as it needs.

    A row is a sequence with one value per column: a str for TEXT (empty: no cell), an int
    serial for DATE, an int for INTEGER, a float for AMOUNT (None: no cell); when the table
    has an AMOUNT column, the value after the last column is the row's currency decimals.
    """

    def __init__(
        self,
        book: Any,
        name: str,
        columns: Sequence[Column],
        *,
        right_to_left: bool = False,
        rows_per_sheet: int = SHEET_ROWS,
    ) -> None:
        self._book = book
        self._name = name
        self._columns = tuple(columns)
        self._right_to_left = right_to_left
        self._limit = rows_per_sheet
        self._header_format = book.add_format({"bold": True})
        self._date_format = book.add_format({"num_format": DATE_FORMAT})
        self._amount_formats: dict[int, Any] = {}
        self._text = [i for i, c in enumerate(columns) if c.kind is Kind.TEXT]
        self._numbers = [i for i, c in enumerate(columns) if c.kind is Kind.INTEGER]
        self._dates = [i for i, c in enumerate(columns) if c.kind is Kind.DATE]
        amounts = [i for i, c in enumerate(columns) if c.kind is Kind.AMOUNT]
        if len(amounts) > 1:
            raise ValueError("a table has at most one amount column")
        self._amount = amounts[0] if amounts else -1
        self._widths = [display_width(c.header) for c in columns]
        self._largest = 0.0  # the largest amount or integer, for those columns' widths
        self.sheets: list[Any] = []
        self._sheet = self._new_sheet()
        self._row = 0

    def _new_sheet(self) -> Any:
        sheet = self._book.add_worksheet(sheet_name(self._name, len(self.sheets) + 1))
        if self._right_to_left:
            sheet.right_to_left()
        sheet.freeze_panes(1, 0)
        for col, column in enumerate(self._columns):
            write_text(sheet, 0, col, column.header, self._header_format)
        self.sheets.append(sheet)
        return sheet

    def write(self, rows: Iterable[Sequence[Any]]) -> int:
        """Write the rows below those already written; how many were written."""
        count = 0
        sheet, row, limit = self._sheet, self._row, self._limit
        for values in rows:
            if row == limit:
                sheet, row = self._new_sheet(), 0
            row += 1
            self._text_cells(sheet, row, values)
            self._number_cells(sheet, row, values)
            count += 1
        self._sheet, self._row = sheet, row
        return count

    def _text_cells(self, sheet: Any, row: int, values: Sequence[Any]) -> None:
        widths = self._widths
        for col in self._text:
            text = values[col]
            if text:
                write_text(sheet, row, col, text)
                # Measured only when it could widen the column: a text is at most twice as
                # wide as it is long, and at most (length + UTF-8 bytes) / 2 (ASCII one
                # byte, one wide; CJK three bytes, two wide): exact for ASCII and CJK.
                n, width = len(text), widths[col]
                if 2 * n > width and width < MAX_WIDTH and n + len(text.encode()) > 2 * width:
                    widths[col] = max(width, display_width(text))

    def _number_cells(self, sheet: Any, row: int, values: Sequence[Any]) -> None:
        for col in self._dates:
            serial = values[col]
            if serial is not None:
                sheet.write_number(row, col, serial, self._date_format)
        for col in self._numbers:
            number = values[col]
            if number is not None:
                sheet.write_number(row, col, number)
                self._largest = max(self._largest, abs(number))
        col = self._amount
        if col >= 0 and values[col] is not None:
            amount = values[col]
            digits = values[len(self._columns)]
            cell_format = self._amount_formats.get(digits)
            if cell_format is None:
                cell_format = self._book.add_format({"num_format": amount_format(digits)})
                self._amount_formats[digits] = cell_format
            sheet.write_number(row, col, amount, cell_format)
            self._largest = max(self._largest, abs(amount))

    def finish(self) -> None:
        """Set every sheet's column widths from what was written (call once, at the end)."""
        decimals = max(self._amount_formats, default=0)
        numbers = len(f"{self._largest:,.{decimals}f}") + 1  # a minus sign
        for col, column in enumerate(self._columns):
            width = self._widths[col]
            if column.kind is Kind.DATE:
                width = max(width, len("2026-11-01"))
            elif column.kind in (Kind.AMOUNT, Kind.INTEGER):
                width = max(width, numbers)
            for sheet in self.sheets:
                # One character of room for the cell's own margins.
                sheet.set_column(col, col, min(width, MAX_WIDTH) + 1)


def write_text(sheet: Any, row: int, col: int, text: str, cell_format: Any = None) -> None:
    """Write `text` as a text cell, exactly.

    In constant-memory mode XlsxWriter copies a string that starts with "<r>" and ends with
    "</r>" into the file unescaped, as if it were rich-text XML it made itself: a note typed
    that way would damage the file. Such a text is written as three plain rich-text runs.
    """
    if text.startswith("<r>") and text.endswith("</r>"):
        runs = ["<", "r", text[2:]]
        sheet.write_rich_string(row, col, *runs, *([cell_format] if cell_format else []))
    else:
        sheet.write_string(row, col, text, cell_format)


@contextlib.contextmanager
def atomic_workbook(target: Path) -> Iterator[Any]:
    """A constant-memory XlsxWriter Workbook that appears under `target` only if the block
    completes; nothing is left behind otherwise (`services.exports.atomic_file`).

    XlsxWriter keeps each sheet's rows in a temporary file of its own until it zips the
    workbook: those live in a private temporary folder, removed whatever happens.
    """
    with (
        atomic_file(target) as (fd, tmp_name),
        tempfile.TemporaryDirectory(prefix="numberkeeper-xlsx-") as work,
    ):
        os.close(fd)  # XlsxWriter opens the file by its name when it zips the workbook
        book = Workbook(tmp_name, {"constant_memory": True, "tmpdir": work})
        try:
            yield book
        except BaseException:
            _abandon(book)
            raise
        try:
            book.close()
        except FileCreateError as e:  # it wraps the OSError that says why (a full disk…)
            cause = e.args[0] if e.args else None
            if isinstance(cause, OSError):
                raise cause from e
            raise
        with open(tmp_name, "rb") as written:
            os.fsync(written.fileno())


def _abandon(book: Any) -> None:
    """Close the sheets' open temporary files, so their folder can be removed (Windows)."""
    for sheet in book.worksheets():
        with contextlib.suppress(Exception):
            sheet._opt_close()
    book.fileclosed = True  # nothing to write: no warning from its destructor either
