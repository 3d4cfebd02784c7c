"""The reminder commands of `numberkeeper-cli` (#4, #17): `due`, for scripts and cron;
`remind --push`, which sends what is due to the push channels and exits (for a systemd user
timer or cron on a machine that stays on: packaging/linux/numberkeeper-remind.timer); and
`reminder-hour`, the hour of the user's day at which reminders fall due.

`due` is read-only: listing what is due neither acknowledges nor marks anything notified.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from numberkeeper.cli.calendar import PROBLEM_ENGLISH
from numberkeeper.cli.types import EXIT_PROBLEM, instant, say
from numberkeeper.cli.wording import words
from numberkeeper.core.countdown import countdown, countdown_english
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import line_timing
from numberkeeper.core.phones import format_readable
from numberkeeper.core.reminder_english import reminder_english
from numberkeeper.core.reminder_settings import hour_text
from numberkeeper.core.reminders import Reminder
from numberkeeper.local_zone import local_zone
from numberkeeper.services.container import Services


def add_reminder_parsers(sub: Any) -> None:
    """Register the reminder sub-commands."""
    due = sub.add_parser(
        "due", help="reminders due now (not acknowledged or snoozed), most urgent first"
    )
    due.add_argument("--at", type=instant, help="evaluate at this ISO date-time instead of now")
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=run_due)
    remind = sub.add_parser(
        "remind", help="send the reminders that are due to the push channels, then exit"
    )
    remind.add_argument(
        "--push", action="store_true", required=True, help="send to every push channel"
    )
    remind.add_argument("--at", type=instant, help="evaluate at this ISO date-time instead of now")
    remind.set_defaults(func=run_remind)
    hour = sub.add_parser(
        "reminder-hour", help="show or set the hour of your day at which reminders fall due"
    )
    hour.add_argument("hour", nargs="?", help="HH:MM, e.g. 09:00 (without it: show)")
    where = hour.add_mutually_exclusive_group()
    where.add_argument("--zone", help="your zone, when this computer runs in another")
    where.add_argument("--local", action="store_true", help="the zone this computer runs in")
    hour.set_defaults(func=run_reminder_hour)


def due_summary(reminder: Reminder, line: Line, now: datetime) -> dict[str, Any]:
    """A due reminder as plain data, for `--json` and the table."""
    zone = ZoneInfo(line.fields.time_zone)
    return {
        "key": reminder.key,
        "line_id": line.id,
        "label": line.fields.label,
        "number": line.fields.number,
        "kind": reminder.kind.value,
        "lead_days": reminder.lead_days,
        "due_at": reminder.due_at.isoformat(),
        "deadline": reminder.deadline.isoformat(),
        "deadline_local": reminder.deadline.astimezone(zone).isoformat(),
        "repeats_daily": reminder.repeats_daily,
        "occurrence": reminder.occurrence.isoformat(),
        "message": reminder_english(reminder, now),
        "countdown": countdown_english(countdown(line_timing(line, now))),
    }


def run_due(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`due`: the reminders due now, most urgent first, as a table or JSON."""
    due = services.reminders.due_with_lines(now, local_zone())
    rows = [due_summary(r, line, now) for r, line in due]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not rows:
        out.write("nothing is due\n")
        return 0
    table = [("ID", "LINE", "KIND", "DEADLINE", "WHAT")]
    for r in rows:
        line_name = r["label"] or format_readable(r["number"])
        deadline = datetime.fromisoformat(r["deadline_local"])
        table.append(
            (
                str(r["line_id"]),
                line_name,
                r["kind"] if r["lead_days"] is None else f"{r['kind']} {r['lead_days']} d",
                deadline.strftime("%Y-%m-%d %H:%M %z"),
                r["message"],
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    return 0


def run_remind(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`remind --push`: exit 1 when a channel failed (it is tried again next time)."""
    zone = local_zone()
    user_zone = services.reminders.settings().user_zone(zone)
    said = words(services.reminders.language(), user_zone)
    report = services.push.send_due(now, zone, said.push, said.summary)
    for name, outcome in report.channels.items():
        if outcome.problem is not None:
            detail = f": {outcome.detail}" if outcome.detail else ""
            say(
                f"{name}: {outcome.failed} reminder(s) not sent "
                f"({PROBLEM_ENGLISH[outcome.problem]}){detail}; tried again next time"
            )
    channels = len(report.channels)
    out.write(f"sent {report.sent} reminder(s) over {channels} channel(s)\n")
    return EXIT_PROBLEM if report.failed else 0


def run_reminder_hour(
    args: argparse.Namespace, services: Services, now: datetime, out: TextIO
) -> int:
    """`reminder-hour [HH:MM] [--zone NAME | --local]`."""
    settings = services.reminders.settings()
    if args.hour is not None or args.zone is not None or args.local:
        zone = None if args.local else (args.zone if args.zone is not None else settings.zone)
        settings = services.reminders.set_hour(args.hour or settings.hour, zone)
    where = settings.zone or f"this computer's zone ({local_zone()})"
    out.write(f"reminders fall due at {hour_text(settings.hour)} in {where}\n")
    return 0
