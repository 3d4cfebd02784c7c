"""Reading a CSV file someone chose, safely: a regular file of bounded size, in UTF-8, parsed
strictly, so a hostile or damaged file is refused in one sentence naming why (#15).

Used by `services.line_import`: `read_text`, then `SheetRows`. Its refusals are
`ValidationError`s on the field "csv".
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from numberkeeper.core.errors import ErrorCode, ValidationError

MAX_IMPORT_BYTES = 20 * 1024 * 1024
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_text(source: Path) -> str:
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


def delimiter(text: str) -> str:
    """Comma, unless the header line clearly uses semicolons or tabs (Excel in some locales)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


class SheetRows:
    """The rows of a CSV text as a spreadsheet numbers them: the header is row 1.

    The file is read strictly, with the delimiter its header line uses; a quote left open is
    refused (`checked_rows`). Iterating gives the data rows with their row numbers, leaving
    out rows of empty cells (they still count).
    """

    def __init__(self, text: str, source: Path) -> None:
        # A cell may be as long as the file: the csv module's default limit (128 KiB) would
        # stop the whole file at one long note, where the row's own check names the cell (#2).
        csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))
        self._reader = csv.reader(
            io.StringIO(text, newline=""), delimiter=delimiter(text), strict=True
        )
        self._rows = checked_rows(self._reader, source)
        self.header: list[str] = next(self._rows, [])

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        row_number = 1
        previous_line = self._reader.line_num
        for cells in self._rows:
            # The spreadsheet's row: the csv module skips blank lines, which a spreadsheet
            # shows as rows, and a quoted cell may span several lines of the file.
            span = self._reader.line_num - previous_line
            previous_line = self._reader.line_num
            breaks = sum(len(_LINE_BREAK.findall(c)) for c in cells)
            row_number += 1 + max(0, span - 1 - breaks)
            if any(c.strip() for c in cells):
                yield row_number, cells


def checked_rows(reader: Iterator[list[str]], source: Path) -> Iterator[list[str]]:
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
