"""CSV exports: the receipts (what the receipts window's filter shows) and the lines (#5).

Both write RFC 4180 CSV (the csv module, CRLF line ends), UTF-8 with a byte-order mark by
default so Excel and LibreOffice read Chinese and Arabic correctly (`bom=False` for scripts).
The file is written under a temporary name in the target's folder and renamed into place, so a
cancelled or failed export never leaves a half-written file under the chosen name.

Cells are faithful for programs: ISO dates, E.164 numbers, amounts as plain decimals with the
currency's own precision (`10.000` for KWD). Free-text cells that a spreadsheet would run as a
formula are neutralised (see `neutralise`).
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from numberkeeper.core.errors import ExportCancelledError
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.core.validation import input_from_fields
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.container import Services
from numberkeeper.store import exports as export_store
from numberkeeper.store.db import own_reader
from numberkeeper.store.exports import ESCAPED_PREFIXES

RECEIPT_COLUMNS: tuple[str, ...] = (
    "date",
    "line_label",
    "number",
    "carrier",
    "country",
    "kind",
    "amount",
    "currency",
    "channel",
    "payment_method",
    "reference",
    "new_expiry",
    "note",
    "attachment",
)
"""The receipts CSV's header, in its fixed, documented order."""

# The lines CSV's columns, in order, each with the LineInput field it carries: the export
# writes them from a line's LineInput and services.line_import reads them back into one.
LINE_COLUMN_FIELDS: dict[str, str] = {
    "number": "number",
    "expires": "expires",
    "label": "label",
    "carrier": "carrier",
    "kind": "kind",
    "plan": "plan",
    "time_zone": "time_zone",
    "grace_days": "grace_days",
    "keep_alive_days": "keep_alive_days",
    "keep_alive_counts": "keep_alive_counts",
    "balance": "balance_amount",
    "currency": "balance_currency",
    "balance_checked_on": "balance_checked_on",
    "status": "status",
    "resume_on": "resume_on",
    "linked_accounts": "linked_accounts",
    "notes": "notes",
    "portal_user": "portal_user",
}

LINE_COLUMNS: tuple[str, ...] = tuple(LINE_COLUMN_FIELDS)
"""The lines CSV's header; services.line_import reads the same columns, in any order."""

# Free-text columns of the lines CSV (neutralised on export, un-neutralised on import).
LINE_TEXT_COLUMNS = frozenset(
    ("label", "carrier", "plan", "linked_accounts", "notes", "portal_user")
)

# How often (in rows) the progress callback is asked whether to go on.
PROGRESS_EVERY = 2000
_ENCODING = {True: "utf-8-sig", False: "utf-8"}


@dataclass(frozen=True)
class ExportProgress:
    """How far an export is: `done` of `total` rows written."""

    done: int
    total: int


def neutralise(text: str) -> str:
    """A free-text cell made safe to open in a spreadsheet.

    A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
    formula (or hide one); it gets a leading apostrophe, which spreadsheets show as text. A
    cell that already starts with an apostrophe gets one more, so the rule is reversible:
    removing one leading apostrophe from any cell starting with one gives back the original
    (`unneutralise`). Other cells are returned unchanged.
    """
    return "'" + text if text[:1] in _ESCAPED else text


def unneutralise(text: str) -> str:
    """The original text of a cell `neutralise` produced."""
    return text[1:] if text[:1] == "'" else text


_ESCAPED = frozenset(ESCAPED_PREFIXES)


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[tuple[int, str]]:
    """A new file that appears under `target` only if the block completes: (descriptor, path).

    Created under a temporary name in the target's folder (same file system, so the rename
    is atomic) and renamed over the target at the end; removed on any exception. The block
    writes through the descriptor, or closes it and writes by the path (the workbook, #18);
    either way it syncs what it wrote. The file is created with mode 0644 less the umask, as
    any file the user saves: the kernel applies the umask, so the process umask is never
    changed (other threads create files meanwhile).
    """
    target = Path(target)
    fd, tmp_name = _create_exclusive(target.parent, f".{target.name}.", ".part")
    try:
        yield fd, tmp_name
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


@contextlib.contextmanager
def atomic_text(target: Path, bom: bool) -> Iterator[TextIO]:
    """A text file that appears under `target` only if the block completes (`atomic_file`)."""
    with (
        atomic_file(target) as (fd, _name),
        open(fd, "w", encoding=_ENCODING[bom], newline="", buffering=1 << 16) as out,
    ):
        yield out
        out.flush()
        os.fsync(out.fileno())


def _create_exclusive(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """A new file with a fresh name in `folder`, opened for writing: (descriptor, path)."""
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{secrets.token_hex(6)}{suffix}")
        try:
            # O_BINARY (Windows): the csv module writes its own line ends; text mode would
            # turn each \r\n into \r\r\n.
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(name, flags, 0o644), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


@storage_errors
def export_receipts_csv(
    services: Services,
    target: Path,
    flt: ReceiptFilter = ReceiptFilter(),  # noqa: B008 - frozen, so a shared default is safe
    *,
    bom: bool = True,
    progress: Callable[[ExportProgress], bool] | None = None,
) -> int:
    """Write the receipts `flt` matches (newest first, as the window shows them) to `target`.

    Returns the number of rows written. Streams: memory stays flat however many receipts
    there are. `progress` is called every few thousand rows and at the end; returning False
    cancels: ExportCancelledError is raised, the temporary file removed, `target` left untouched.
    """
    catalog = services.lines.catalog
    carrier_names = {c.id: c.name("en") for c in catalog.carriers}
    # Its own connection: the GUI runs this on a worker thread while it keeps writing.
    with own_reader(services.lines.conn) as conn, atomic_text(target, bom) as out:
        total = export_store.count_receipts(conn, flt) if progress is not None else 0
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(RECEIPT_COLUMNS)
        cursor = export_store.receipt_rows(conn, flt, carrier_names)
        return write_batches(cursor, writer.writerows, total, progress)


def write_batches(
    cursor: sqlite3.Cursor,
    write: Callable[[list[Any]], object],
    total: int,
    progress: Callable[[ExportProgress], bool] | None,
) -> int:
    """Hand the cursor's rows to `write` a batch at a time; the number of rows written.

    `progress` is asked before the first batch and after each: False cancels (raises
    ExportCancelledError). The cursor is closed in any case.
    """
    done = 0
    try:
        if progress is not None and not progress(ExportProgress(0, total)):
            raise ExportCancelledError
        while rows := cursor.fetchmany(PROGRESS_EVERY):
            write(rows)
            done += len(rows)
            if progress is not None and not progress(ExportProgress(done, max(total, done))):
                raise ExportCancelledError
    finally:
        cursor.close()
    return done


@storage_errors
def line_fields(services: Services, include_archived: bool = True) -> Iterator[list[str]]:
    """Every line's fields as typed (LINE_COLUMNS order): the rows of both lines exports."""
    for line in services.lines.list_lines(include_archived=include_archived):
        typed = input_from_fields(line.fields)
        yield [getattr(typed, name) for name in LINE_COLUMN_FIELDS.values()]


def line_cells(services: Services, include_archived: bool = True) -> Iterator[list[str]]:
    """The lines CSV's rows (LINE_COLUMNS order), free-text cells neutralised."""
    for cells in line_fields(services, include_archived):
        yield [
            neutralise(cell) if column in LINE_TEXT_COLUMNS else cell
            for column, cell in zip(LINE_COLUMNS, cells, strict=True)
        ]


@storage_errors
def export_lines_csv(
    services: Services, target: Path, *, bom: bool = True, include_archived: bool = True
) -> int:
    """Write every line (archived ones too, unless told otherwise) to `target`; rows written.

    The columns are LINE_COLUMNS, the ones `services.line_import` reads back: exporting and
    importing into an empty data folder gives the same lines. Linked accounts are one per
    line inside their cell; the carrier is the preset id (or the free text typed).
    """
    count = 0
    with atomic_text(target, bom) as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(LINE_COLUMNS)
        for row in line_cells(services, include_archived):
            writer.writerow(row)
            count += 1
    return count
