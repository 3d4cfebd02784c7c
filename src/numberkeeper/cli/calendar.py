"""`numberkeeper-cli calendar …` (#17): the deadlines kept in the user's own calendar over
CalDAV — `connect` (the password read from standard input, never an argument), `sync`,
`status`, `disconnect`.

A sync that fails prints its reason on one line and exits 1; the failure is recorded, and the
next sync (the window's, a timer's, or this command again) goes on from where it stopped.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.types import EXIT_PROBLEM, read_secret, say
from numberkeeper.cli.wording import words
from numberkeeper.core.lines import Line
from numberkeeper.core.reach import ReachError, ReachProblem
from numberkeeper.local_zone import local_zone
from numberkeeper.services.calendar_sync import SyncReport, SyncStatus
from numberkeeper.services.container import Services

# What each problem means, for a terminal (the window words them in the user's language).
PROBLEM_ENGLISH = {
    ReachProblem.UNREACHABLE: "the server cannot be reached",
    ReachProblem.TIMEOUT: "the server did not answer in time",
    ReachProblem.TLS: "the server's certificate is not trusted",
    ReachProblem.AUTH: "the user name or password was refused",
    ReachProblem.NOT_CALDAV: "no CalDAV server answers at that address",
    ReachProblem.NOT_A_CALENDAR: "that is not a calendar",
    ReachProblem.CALENDAR_GONE: "the calendar is gone from the server",
    ReachProblem.SERVER_ERROR: "the server failed",
    ReachProblem.REFUSED: "the server refused an event",
    ReachProblem.NO_PASSWORD: "the keyring holds no password for it",
    ReachProblem.KEYRING: "the keyring cannot be used",
    ReachProblem.SEND_FAILED: "the message did not go",
}


def add_calendar_parsers(sub: Any) -> None:
    """Register `calendar connect|sync|status|disconnect`."""
    calendar = sub.add_parser("calendar", help="keep the deadlines in your calendar (CalDAV)")
    verbs = calendar.add_subparsers(dest="calendar_command", required=True)
    connect = verbs.add_parser(
        "connect", help="connect a CalDAV account (password on standard input), then sync"
    )
    connect.add_argument("--url", required=True, help="the server, e.g. https://caldav.icloud.com")
    connect.add_argument("--user", required=True, help="the account's user name")
    connect.add_argument(
        "--calendar", help="a calendar's name (made when missing; default NumberKeeper) or address"
    )
    connect.set_defaults(func=run_connect)
    verbs.add_parser("sync", help="sync now").set_defaults(func=run_sync)
    status = verbs.add_parser("status", help="the account and how its syncs went")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=run_status)
    verbs.add_parser(
        "disconnect", help="forget the account and its password (the server's events stay)"
    ).set_defaults(func=run_disconnect)


def reach_failure(what: str, e: ReachError) -> str:
    """One line for a failed sync or send: what, why, and the server's own words."""
    detail = f": {e.detail}" if e.detail else ""
    return f"{what} failed ({PROBLEM_ENGLISH[e.problem]}){detail}"


def _titles(services: Services) -> Callable[[Line, str], str]:
    """The events' titles in the window's language."""
    return words(services.reminders.language(), local_zone()).calendar_title


def _synced(report: SyncReport, out: TextIO) -> None:
    out.write(
        f"synced: {report.written} written, {report.deleted} deleted, "
        f"{report.unchanged} unchanged\n"
    )


def run_connect(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`calendar connect`: log in, choose the calendar, then a first sync (the window's
    Connect does the same: CalendarSyncService.connect_and_sync)."""
    password = read_secret("CalDAV password (not shown): ")
    sync = services.calendar_sync
    try:
        done = sync.connect_and_sync(
            args.url, args.user, password, args.calendar, now, local_zone(), _titles(services)
        )
    except ReachError as e:
        say(reach_failure("connecting", e))
        return EXIT_PROBLEM
    account = done.account
    out.write(f"connected to “{account.calendar_name or account.calendar_url}” as {args.user}\n")
    if done.report is not None:
        _synced(done.report, out)
        return 0
    if isinstance(done.error, ReachError):
        say(reach_failure("calendar sync", done.error))
        return EXIT_PROBLEM
    raise done.error or AssertionError("a first sync without a report or an error")


def run_sync(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`calendar sync`: exit 1 when it failed (recorded, retried by the next sync)."""
    try:
        report = services.calendar_sync.sync(now, local_zone(), _titles(services))
    except ReachError as e:
        say(reach_failure("calendar sync", e))
        return EXIT_PROBLEM
    _synced(report, out)
    return 0


def _status_rows(status: SyncStatus) -> dict[str, Any]:
    account = status.account
    assert account is not None

    def iso(moment: datetime | None) -> str | None:
        return None if moment is None else moment.isoformat()

    return {
        "server": account.url,
        "user": account.username,
        "calendar": account.calendar_name,
        "calendar_url": account.calendar_url,
        "events": status.events,
        "last_good_sync": iso(status.last_good_sync),
        "last_attempt": iso(status.last_attempt),
        "problem": status.problem.value if status.problem else None,
        "detail": status.detail,
        "retry_at": iso(status.retry_at),
    }


def run_status(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`calendar status`: the account and its last syncs (never the password)."""
    status = services.calendar_sync.status()
    if status.account is None:
        if args.json:
            out.write("null\n")
        else:
            out.write(
                "no calendar connected (numberkeeper-cli calendar connect --url … --user …)\n"
            )
        return 0
    rows = _status_rows(status)
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    out.write(f"calendar: {rows['calendar'] or rows['calendar_url']}\n")
    out.write(f"server: {rows['server']} as {rows['user']}\n")
    out.write(f"events: {rows['events']}\n")
    out.write(f"last good sync: {rows['last_good_sync'] or 'never'}\n")
    if status.problem is not None:
        out.write(f"last attempt: {rows['last_attempt']} — {PROBLEM_ENGLISH[status.problem]}")
        out.write(f" ({status.detail})\n" if status.detail else "\n")
        out.write(f"next try: {rows['retry_at']}\n")
    return 0


def run_disconnect(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`calendar disconnect`."""
    if services.calendar_sync.disconnect():
        out.write(
            "disconnected; the events stay in the calendar (delete it there to remove them)\n"
        )
    else:
        out.write("no calendar was connected\n")
    return 0
