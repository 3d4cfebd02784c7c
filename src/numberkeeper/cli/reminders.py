"""The reminder commands of `numberkeeper-cli` (#4): `due`, for scripts and cron.

Read-only: listing what is due neither acknowledges nor marks anything notified.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from numberkeeper.cli.types import instant
from numberkeeper.core.countdown import countdown, countdown_english
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import line_timing
from numberkeeper.core.phones import format_readable
from numberkeeper.core.reminder_english import reminder_english
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
