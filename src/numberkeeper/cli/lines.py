"""The line commands of `numberkeeper-cli`: lines, show, add-line, edit, archive."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.types import LINE_OPTIONS, instant, option_of, record_id, say
from numberkeeper.core.countdown import countdown, countdown_english
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


def add_line_parsers(sub: Any) -> None:
    """Register `lines`, `show`, `add-line`, `edit` and `archive`."""
    lines = sub.add_parser("lines", help="list lines, most urgent first")
    lines.add_argument("--json", action="store_true", help="machine-readable output")
    lines.add_argument("--all", action="store_true", help="include archived lines")
    lines.add_argument("--at", type=instant, help="evaluate countdowns at this ISO date-time")
    lines.set_defaults(func=run_lines)

    show = sub.add_parser("show", help="one line with its history")
    show.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.add_argument("--at", type=instant, help="evaluate the countdown at this ISO date-time")
    show.set_defaults(func=run_show)

    add = sub.add_parser("add-line", help="add a line")
    _add_line_options(add, required=True)
    add.set_defaults(func=run_add)

    edit = sub.add_parser("edit", help="change some fields of a line")
    edit.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    _add_line_options(edit, required=False)
    edit.set_defaults(func=run_edit)

    archive = sub.add_parser("archive", help="hide a line from the default view")
    archive.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    archive.set_defaults(func=run_archive)


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


def _typed_from_args(args: argparse.Namespace, base: LineInput | None) -> LineInput:
    given = {
        field: getattr(args, option)
        for option, field in LINE_OPTIONS.items()
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
        say(f"warning: {option_of(command, warning.field)}: {warning.message}")


def run_lines(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`lines`: every line, most urgent first, as a table or JSON."""
    lines = services.lines.list_lines(include_archived=args.all)
    if args.json:
        ordered = sorted(lines, key=lambda ln: line_timing(ln, now).sort_key)
        json.dump([line_summary(ln, now) for ln in ordered], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print_table(lines, now, out)
    return 0


def run_show(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`show`: one line with its history."""
    service = services.lines
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
    return 0


def run_add(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`add-line`."""
    line = services.lines.add(_typed_from_args(args, None), now).line
    out.write(f"added line {line.id}: {line.readable_number}\n")
    _warn(args.command, line)
    return 0


def run_edit(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`edit`: only the options given change."""
    service = services.lines
    current = service.get(args.id)
    typed = _typed_from_args(args, input_from_fields(current.fields))
    line = service.edit(args.id, typed, now, read=current.fields).line
    out.write(f"updated line {line.id}\n")
    if line.fields.number != current.fields.number:
        _warn(args.command, line)
    return 0


def run_archive(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`archive`."""
    services.lines.archive(args.id, now)
    out.write(f"archived line {args.id}\n")
    return 0
