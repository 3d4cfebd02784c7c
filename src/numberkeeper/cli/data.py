"""`numberkeeper-cli` exports, import, backups and restore (#5).

`export receipts|lines|calendar`, `import lines`, `backup` run on the open database.
`restore` and `check` run before any connection is opened (`without_database`): `check`
must not touch a damaged file, and `restore` swaps the file itself.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from numberkeeper.cli.receipts import receipt_filter
from numberkeeper.cli.types import EXIT_BAD_INPUT, EXIT_PROBLEM, record_id, say
from numberkeeper.core.errors import ImportRefusedError, StorageError, StorageProblem, byte_size
from numberkeeper.local_zone import local_zone
from numberkeeper.paths import database_path
from numberkeeper.services.archives import RestoreRefusedError
from numberkeeper.services.backups import backup_archive, daily_backup, restore_archive
from numberkeeper.services.container import Services
from numberkeeper.services.database_health import check_database
from numberkeeper.services.exports import export_lines_csv, export_receipts_csv
from numberkeeper.services.line_import import (
    DuplicatePolicy,
    import_lines,
    preview_lines_csv,
)

Command = Callable[[argparse.Namespace, Services, datetime, TextIO], int]


def add_data_parsers(sub: Any) -> None:
    """Register `export`, `import`, `backup`, `restore` and `check`."""
    export = sub.add_parser("export", help="write receipts, lines or a calendar to a file")
    what = export.add_subparsers(dest="export_what", required=True)
    receipts = what.add_parser(
        "receipts", help="receipts as CSV (UTF-8 with BOM) or as a typed workbook (.xlsx)"
    )
    _file_options(receipts)
    receipts.add_argument("--line", type=record_id)
    receipts.add_argument("--from", dest="date_from", default="", help="YYYY-MM-DD")
    receipts.add_argument("--to", dest="date_to", default="", help="YYYY-MM-DD")
    receipts.add_argument("--no-bom", action="store_true", help="plain UTF-8, for scripts (--csv)")
    receipts.set_defaults(func=run_export_receipts)
    lines = what.add_parser(
        "lines", help="every line as CSV (the columns `import lines` reads) or as .xlsx"
    )
    _file_options(lines)
    lines.add_argument("--no-bom", action="store_true", help="plain UTF-8, for scripts (--csv)")
    lines.set_defaults(func=run_export_lines)
    calendar = what.add_parser("calendar", help="deadlines as an iCalendar (.ics) file")
    calendar.add_argument("--ics", required=True, metavar="FILE")
    calendar.set_defaults(func=run_export_calendar)

    import_ = sub.add_parser("import", help="import lines from a CSV")
    import_what = import_.add_subparsers(dest="import_what", required=True)
    import_lines_ = import_what.add_parser("lines", help="lines from a CSV, all or nothing")
    import_lines_.add_argument("--csv", required=True, metavar="FILE")
    import_lines_.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    import_lines_.add_argument(
        "--duplicates",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="a number already kept: skip the row, or merge its non-empty cells into the line",
    )
    import_lines_.set_defaults(func=run_import_lines)

    backup = sub.add_parser("backup", help="back up the database (and attachments with --to)")
    backup.add_argument(
        "--to", metavar="FILE", help="one .zip with database, attachments and manifest"
    )
    backup.set_defaults(func=run_backup)
    restore = sub.add_parser("restore", help="restore a backup archive (keeps a safety copy)")
    restore.add_argument("archive", metavar="FILE")
    restore.set_defaults(func=run_restore, without_database=True)
    check = sub.add_parser("check", help="check the database's integrity (read-only)")
    check.set_defaults(func=run_check, without_database=True)


def _file_options(parser: argparse.ArgumentParser) -> None:
    """--csv FILE or --xlsx FILE (#18): one of them."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--csv", metavar="FILE", help="CSV for programs and re-import")
    where.add_argument(
        "--xlsx",
        metavar="FILE",
        help="a workbook for spreadsheets: numbers as text, amounts and dates typed",
    )


def file_reason(error: StorageError) -> str:
    """Why the user's own file could not be written, in a few words after its name."""
    if error.problem is StorageProblem.DISK_FULL:
        return f"the disk is full ({byte_size(error.free)} free, {byte_size(error.needed)} needed)"
    return error.detail or error.problem.value


_FILE_OPTIONS = ("ics", "csv", "xlsx", "to")


def _bad(field: str, message: str) -> int:
    say(f"{field}: {message}")
    return EXIT_BAD_INPUT


def _file_errors(run: Command) -> Command:
    """`run`, with its file named as typed when it is empty or cannot be written."""

    @functools.wraps(run)
    def guarded(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
        for option in _FILE_OPTIONS:
            value = getattr(args, option, None)
            if value is not None and not value.strip():  # e.g. an unset shell variable
                return _bad(f"--{option}", "the file name is empty")
        try:
            return run(args, services, now, out)
        except StorageError as e:
            if e.path.is_relative_to(services.data_dir):
                raise  # the database or its folder: told as such, not as the user's file
            # Named as typed: the option, and the user's path (not the temporary file beside it).
            option = next((o for o in _FILE_OPTIONS if getattr(args, o, None) is not None), "")
            target = getattr(args, option) if option else str(e.path)
            return _bad(f"--{option}" if option else "backup", f"{target}: {file_reason(e)}")

    return guarded


@_file_errors
def run_backup(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`backup`: one archive at --to, or today's automatic copy made now."""
    if args.to:
        path = backup_archive(services, services.data_dir, Path(args.to), now)
        out.write(f"backed up to {path}\n")
    else:
        made = daily_backup(services, services.data_dir, now, force=True)
        out.write(f"backed up to {made}\n")
    return 0


@_file_errors
def run_export_receipts(
    args: argparse.Namespace, services: Services, now: datetime, out: TextIO
) -> int:
    """`export receipts`: the receipts the filter asks for, as CSV or as a workbook."""
    flt = receipt_filter(args, services)
    if args.xlsx is not None:
        from numberkeeper.services.workbook_exports import export_receipts_xlsx  # XlsxWriter

        count = export_receipts_xlsx(services, Path(args.xlsx), flt)
    else:
        count = export_receipts_csv(services, Path(args.csv), flt, bom=not args.no_bom)
    out.write(f"exported {count} receipts to {args.xlsx or args.csv}\n")
    return 0


@_file_errors
def run_export_lines(
    args: argparse.Namespace, services: Services, now: datetime, out: TextIO
) -> int:
    """`export lines`: every line as CSV (the columns `import lines` reads) or a workbook."""
    if args.xlsx is not None:
        from numberkeeper.services.workbook_exports import export_lines_xlsx  # XlsxWriter

        count = export_lines_xlsx(services, Path(args.xlsx))
    else:
        count = export_lines_csv(services, Path(args.csv), bom=not args.no_bom)
    out.write(f"exported {count} lines to {args.xlsx or args.csv}\n")
    return 0


@_file_errors
def run_export_calendar(
    args: argparse.Namespace, services: Services, now: datetime, out: TextIO
) -> int:
    """`export calendar`: the deadlines as an .ics file."""
    from numberkeeper.services.calendar_export import export_calendar  # icalendar: ~65 ms

    count = export_calendar(services, Path(args.ics), now, local_zone())
    out.write(f"exported {count} events to {args.ics}\n")
    return 0


@_file_errors
def run_import_lines(
    args: argparse.Namespace, services: Services, now: datetime, out: TextIO
) -> int:
    """`import lines`: all rows or none; --dry-run checks only."""
    preview = preview_lines_csv(services, Path(args.csv))
    for column in preview.unknown_columns:
        out.write(f"ignored column: {column}\n")
    if not preview.ok:
        for problem in preview.problems():
            say(str(problem))
        say("nothing was imported")
        return EXIT_BAD_INPUT
    for warning in preview.warnings:  # kept, but the user should look again (#13)
        say(f"warning: {warning}")
    new = sum(1 for r in preview.rows if r.duplicate_of is None)
    for row in preview.duplicates:
        out.write(f"row {row.row}: {row.typed.number.strip()} is already line {row.duplicate_of}\n")
    if args.dry_run:
        out.write(
            f"{len(preview.rows)} rows checked, no errors: {new} new, "
            f"{len(preview.duplicates)} already kept ({args.duplicates}); nothing written\n"
        )
        return 0
    try:
        result = import_lines(services, preview, DuplicatePolicy(args.duplicates), now)
    except ImportRefusedError as e:
        for problem in e.problems:
            say(str(problem))
        return EXIT_BAD_INPUT
    out.write(f"imported: {result.added} added, {result.merged} merged, {result.skipped} skipped\n")
    return 0


def _no_folder_problem(data_dir: Path) -> bool:
    """False, said on stderr, when the data folder is a file: neither command can run then."""
    if data_dir.exists() and not data_dir.is_dir():
        say(str(StorageError(StorageProblem.NOT_A_FOLDER, data_dir)))
        return False
    return True


def run_check(args: argparse.Namespace, data_dir: Path, out: TextIO) -> int:
    """`check`: SQLite's integrity check, read-only, on a file no connection has opened."""
    if not _no_folder_problem(data_dir):
        return EXIT_PROBLEM
    path = database_path(data_dir)
    if not path.exists():  # a first start has not made it yet: nothing to check
        out.write(f"{path}: no database yet\n")
        return 0
    health = check_database(path)
    if health.ok:
        # Sound, even where nothing can be saved (#15: a read-only disk was "damaged").
        note = (
            f" ({health.read_only.detail}: nothing can be saved there)" if health.read_only else ""
        )
        out.write(f"{path}: ok{note}\n")
        return 0
    if not health.damaged and health.cause is not None:
        say(str(health.cause))
        return EXIT_PROBLEM
    say(f"database: {health.problem}")
    if health.latest_backup is not None:
        say(f"latest good backup: {health.latest_backup}")
    return EXIT_PROBLEM


def run_restore(args: argparse.Namespace, data_dir: Path, out: TextIO) -> int:
    """`restore`: the archive checked first, the current data kept as a safety copy."""
    now = datetime.now(UTC)
    if not _no_folder_problem(data_dir):
        return EXIT_PROBLEM
    archive = Path(args.archive)
    if not archive.is_file():
        return _bad("archive", f"{archive} does not exist")
    try:
        report = restore_archive(archive, data_dir, now)
    except RestoreRefusedError as e:
        for problem in e.problems:
            say(f"archive: {problem}")
        return EXIT_BAD_INPUT
    r = report.restored
    out.write(
        f"restored {r.lines} lines, {r.receipts} receipts and {r.attachments} attachments "
        f"from the backup made {r.created_at or 'at an unknown time'}\n"
        f"the previous data is kept in {report.safety_copy}\n"
    )
    return 0
