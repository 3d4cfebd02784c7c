"""`numberkeeper-cli`: the scripting face of the same services the window uses.

Bad input prints one line naming the field on stderr and exits with code 2, writing nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from numberkeeper import __version__, paths
from numberkeeper.cli.data import (
    EXPORT_COMMANDS,
    NO_DATABASE_COMMANDS,
    add_export_parsers,
    run_exports,
    run_without_database,
)
from numberkeeper.cli.errands import ERRAND_COMMANDS, add_errand_parsers, run_errand
from numberkeeper.cli.reminders import REMINDER_COMMANDS, add_reminder_parsers, run_reminders
from numberkeeper.cli.secrets import add_secret_parsers, run_secret
from numberkeeper.cli.types import EXIT_BAD_INPUT, OneLineParser, instant, record_id
from numberkeeper.core.countdown import countdown, countdown_english
from numberkeeper.core.errors import ValidationError
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import line_timing
from numberkeeper.core.phones import format_readable
from numberkeeper.core.validation import (
    MAX_GRACE_DAYS,
    MAX_KEEP_ALIVE_DAYS,
    MAX_LABEL,
    MAX_NOTES,
    LineInput,
    input_from_fields,
    line_warnings,
)
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.exports import LINE_COLUMN_FIELDS
from numberkeeper.services.lines import LineNotFoundError, LineStateError
from numberkeeper.services.receipts import ReceiptNotFoundError
from numberkeeper.services.secrets import SecretsUnavailableError
from numberkeeper.store.db import StoreError, connect

EXIT_STORE = 1

# CLI option → LineInput field, for add-line and edit: the lines CSV's columns, two of them
# under shorter option names.
_SHORT_OPTION_NAMES = {"time_zone": "tz", "linked_accounts": "accounts"}
_LINE_OPTIONS: dict[str, str] = {
    _SHORT_OPTION_NAMES.get(column, column): name for column, name in LINE_COLUMN_FIELDS.items()
}

# A refused field is named as the option that was typed (`--balance`, not balance_amount):
# the services name their own fields. The errands add their few differences.
_OPTION_OF_FIELD = {field: option for option, field in _LINE_OPTIONS.items()} | {
    "new_balance": "balance",
    "attachment": "attach",
    "last_four": "confirm",
}
_COMMAND_OPTION_OF_FIELD = {"suspend": {"resume_on": "until"}}


def option_of(command: str, field: str) -> str:
    """The option a refused field came from, as typed: "--balance", "--tz", "--until"."""
    dest = _COMMAND_OPTION_OF_FIELD.get(command, {}).get(field) or _OPTION_OF_FIELD.get(field)
    return "--" + (dest or field).replace("_", "-")


def _add_line_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--number", required=required, help="the number, with country code")
    parser.add_argument("--expires", required=required, help="validity end date, YYYY-MM-DD")
    parser.add_argument(
        "--label", help=f"a name for the line, e.g. Bank OTP (up to {MAX_LABEL} characters)"
    )
    parser.add_argument("--carrier", help="a preset id (kw-zain, om-omantel …) or free text")
    parser.add_argument("--kind", help="sim, esim or virtual")
    parser.add_argument("--plan", help="the carrier's plan name")
    parser.add_argument("--tz", help="IANA time zone (defaults from carrier or country)")
    parser.add_argument(
        "--grace-days", help=f"days the carrier keeps the number after expiry (0–{MAX_GRACE_DAYS})"
    )
    parser.add_argument(
        "--keep-alive-days",
        help=f"a chargeable activity is needed every N days (1–{MAX_KEEP_ALIVE_DAYS})",
    )
    parser.add_argument("--keep-alive-counts", help="comma list of top_up,call,sms,data")
    parser.add_argument("--balance", help="prepaid balance, e.g. 1.250")
    parser.add_argument("--currency", help="ISO 4217 code of the balance, e.g. KWD")
    parser.add_argument("--balance-checked-on", help="YYYY-MM-DD")
    parser.add_argument("--status", help="active, suspended or cancelled")
    parser.add_argument("--resume-on", help="YYYY-MM-DD, for a suspended line")
    parser.add_argument("--accounts", help="linked accounts, comma-separated")
    parser.add_argument("--notes", help=f"free text (up to {MAX_NOTES:,} characters)")
    parser.add_argument("--portal-user", help="the carrier portal's user name (not secret)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and documentation)."""
    parser = OneLineParser(prog="numberkeeper-cli", description="Keep prepaid phone numbers alive.")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--data-dir",
        help="data folder (default: NUMBERKEEPER_DATA_DIR or the platform's user data folder)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    lines = sub.add_parser("lines", help="list lines, most urgent first")
    lines.add_argument("--json", action="store_true", help="machine-readable output")
    lines.add_argument("--all", action="store_true", help="include archived lines")
    lines.add_argument("--at", type=instant, help="evaluate countdowns at this ISO date-time")

    show = sub.add_parser("show", help="one line with its history")
    show.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.add_argument("--at", type=instant, help="evaluate the countdown at this ISO date-time")

    add = sub.add_parser("add-line", help="add a line")
    _add_line_options(add, required=True)

    edit = sub.add_parser("edit", help="change some fields of a line")
    edit.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    _add_line_options(edit, required=False)

    archive = sub.add_parser("archive", help="hide a line from the default view")
    archive.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    add_errand_parsers(sub)
    add_secret_parsers(sub)
    add_reminder_parsers(sub, instant)
    add_export_parsers(sub)
    return parser


def _typed_from_args(args: argparse.Namespace, base: LineInput | None) -> LineInput:
    given = {
        field: getattr(args, option)
        for option, field in _LINE_OPTIONS.items()
        if getattr(args, option, None) is not None
    }
    if "linked_accounts" in given:
        given["linked_accounts"] = given["linked_accounts"].replace(",", "\n")
    if base is None:
        return LineInput(**given)
    return dataclasses.replace(base, **given)


def line_summary(line: Line, now: datetime) -> dict[str, Any]:
    """A line as plain data, for `--json` and the table."""
    f = line.fields
    t = line_timing(line, now)
    return {
        "id": line.id,
        "label": f.label,
        "number": f.number,
        "country": f.country,
        "carrier": f.carrier,
        "kind": f.kind.value,
        "plan": f.plan,
        "time_zone": f.time_zone,
        "expires_on": f.expires_on.isoformat(),
        "expires_at": t.expires_at.isoformat(),
        "grace_days": f.grace_days,
        "grace_ends_at": t.grace_ends_at.isoformat(),
        "phase": t.phase.value,
        "countdown": countdown_english(countdown(t)),
        "keep_alive_days": f.keep_alive.every_days if f.keep_alive else None,
        "keep_alive_due": t.keep_alive_due_on.isoformat() if t.keep_alive_due_on else None,
        "balance": f.balance.amount.amount_text() if f.balance else None,
        "currency": f.balance.amount.currency if f.balance else None,
        "balance_checked_on": (
            f.balance.checked_on.isoformat() if f.balance and f.balance.checked_on else None
        ),
        "status": f.status.value,
        "resume_on": f.resume_on.isoformat() if f.resume_on else None,
        "linked_accounts": list(f.linked_accounts),
        "notes": f.notes,
        "portal_user": f.portal_user,
        "archived": line.archived_at is not None,
    }


def _print_table(lines: list[Line], now: datetime, out: TextIO) -> None:
    catalog = carrier_catalog()
    rows = [("ID", "LABEL", "NUMBER", "CARRIER", "PHASE", "EXPIRES", "COUNTDOWN")]
    for line in sorted(lines, key=lambda ln: line_timing(ln, now).sort_key):
        s = line_summary(line, now)
        rows.append(
            (
                str(line.id),
                s["label"],
                format_readable(s["number"]),
                catalog.display_name(s["carrier"]),
                s["phase"],
                s["expires_on"],
                s["countdown"],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
        out.write("\n")


def _warn(command: str, line: Line) -> None:
    """Say on stderr what was kept but should be checked; the exit code stays 0 (#13)."""
    for warning in line_warnings(line.fields):
        print(
            f"numberkeeper-cli: warning: {option_of(command, warning.field)}: {warning.message}",
            file=sys.stderr,
        )


def run(args: argparse.Namespace, conn: sqlite3.Connection, data_dir: Path, out: TextIO) -> int:
    """Execute one parsed command against an open database."""
    services = Services.open(conn, data_dir, carrier_catalog())
    service = services.lines
    now = getattr(args, "at", None) or datetime.now(UTC)
    if args.command in ERRAND_COMMANDS:
        return run_errand(args, services, now, out)
    if args.command == "secret":
        return run_secret(args, services, now, out)
    if args.command in REMINDER_COMMANDS:
        return run_reminders(args, services, now, out)
    if args.command in EXPORT_COMMANDS:
        return run_exports(args, services, now, out)
    if args.command == "lines":
        lines = service.list_lines(include_archived=args.all)
        if args.json:
            ordered = sorted(lines, key=lambda ln: line_timing(ln, now).sort_key)
            json.dump([line_summary(ln, now) for ln in ordered], out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            _print_table(lines, now, out)
    elif args.command == "show":
        line = service.get(args.id)
        summary = line_summary(line, now)
        summary["history"] = [
            {"at": e.at.isoformat(), "kind": e.kind, "details": e.details}
            for e in service.history(args.id)
        ]
        if args.json:
            json.dump(summary, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for key, value in summary.items():
                if key != "history":
                    out.write(f"{key}: {value}\n")
            for e in summary["history"]:
                out.write(f"  {e['at']}  {e['kind']}\n")
    elif args.command == "add-line":
        line = service.add(_typed_from_args(args, None), now)
        out.write(f"added line {line.id}: {line.readable_number}\n")
        _warn(args.command, line)
    elif args.command == "edit":
        current = service.get(args.id)
        typed = _typed_from_args(args, input_from_fields(current.fields))
        line = service.edit(args.id, typed, now, read=current.fields)
        out.write(f"updated line {line.id}\n")
        if line.fields.number != current.fields.number:
            _warn(args.command, line)
    elif args.command == "archive":
        service.archive(args.id, now)
        out.write(f"archived line {args.id}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `numberkeeper-cli`; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None and not args.data_dir.strip():
        # Likely an unset shell variable: never fall back to the user's real data.
        parser.error("--data-dir: the folder name is empty")
    data_dir = paths.data_dir(args.data_dir)
    if args.command in NO_DATABASE_COMMANDS:  # check/restore: no connection may be open (#5)
        return run_without_database(args, data_dir, sys.stdout)
    try:
        conn = connect(paths.database_path(data_dir))
    except StoreError as e:
        print(f"numberkeeper-cli: {e}", file=sys.stderr)
        return EXIT_STORE
    try:
        return run(args, conn, data_dir, sys.stdout)
    except ValidationError as e:
        first = e.errors[0]
        print(
            f"numberkeeper-cli: {option_of(args.command, first.field)}: {first.message}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except (LineNotFoundError, ReceiptNotFoundError) as e:
        print(f"numberkeeper-cli: id: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SecretsUnavailableError as e:
        print(
            f"numberkeeper-cli: keyring unavailable ({e.reason.value}): {e.detail}", file=sys.stderr
        )
        return EXIT_STORE
    except LineStateError as e:
        print(f"numberkeeper-cli: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
