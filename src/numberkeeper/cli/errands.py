"""The errand commands of `numberkeeper-cli`: renew, suspend, resume, cancel, log-activity,
receipts. Same services as the GUI's checklists."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.types import record_id
from numberkeeper.core.money import check_currency
from numberkeeper.core.receipts import Channel, Receipt, ReceiptFilter
from numberkeeper.core.validation import parse_date
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput
from numberkeeper.services.status_changes import CancelInput, SuspendInput

ERRAND_COMMANDS = ("renew", "suspend", "resume", "cancel", "log-activity", "receipts")


def add_errand_parsers(sub: Any) -> None:
    """Register the errand sub-commands on the CLI's sub-parser set."""
    renew = sub.add_parser("renew", help="record a renewal: receipt, new expiry, event")
    renew.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    renew.add_argument("--amount", required=True, help="what was paid, e.g. 5.000")
    renew.add_argument("--currency", required=True, help="ISO 4217 code, e.g. KWD")
    how = renew.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--extend", help="30d, 1m or 1y: counted from the later of today and the current expiry"
    )
    how.add_argument("--new-expiry", help="the new expiry the carrier's SMS states")
    renew.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    renew.add_argument("--reference", default="", help="the receipt or transaction number")
    renew.add_argument("--payment-method", default="")
    renew.add_argument("--sms-confirmed", action="store_true")
    renew.add_argument("--attach", default="", help="a photo or PDF of the receipt")
    renew.add_argument("--balance", default="", help="the balance after the top-up")
    renew.add_argument("--paid-on", default="", help="YYYY-MM-DD (default: today)")
    renew.add_argument("--note", default="", help="free text kept with the receipt")
    renew.add_argument("--dry-run", action="store_true", help="show the new expiry only")

    suspend = sub.add_parser("suspend", help="mark a line suspended")
    suspend.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    suspend.add_argument("--term", choices=["short", "long"], default="short")
    suspend.add_argument("--until", default="", help="resume date; omit for open-ended")
    suspend.add_argument("--fee", default="", help="a suspension fee paid now (a receipt)")
    suspend.add_argument("--currency", default="")
    suspend.add_argument("--reference", default="")

    resume = sub.add_parser("resume", help="clear a suspension")
    resume.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    resume.add_argument("--reference", default="")

    cancel = sub.add_parser("cancel", help="mark a line cancelled (history is kept)")
    cancel.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    cancel.add_argument("--confirm", required=True, help="the number's last four digits")
    cancel.add_argument("--transferred", default="", help="balance moved out before closing")
    cancel.add_argument("--currency", default="")
    cancel.add_argument("--transferred-to", default="")
    cancel.add_argument("--unbound", action="append", default=[], metavar="ACCOUNT")
    cancel.add_argument("--kept", action="append", default=[], metavar="ACCOUNT")

    activity = sub.add_parser("log-activity", help="record a keep-alive activity")
    activity.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    activity.add_argument("--kind", required=True, help="top_up, call, sms or data")
    activity.add_argument("--date", default="", help="YYYY-MM-DD (default: today)")
    activity.add_argument("--note", default="")

    receipts = sub.add_parser("receipts", help="list receipts")
    receipts.add_argument("--line", type=record_id, help="only this line's receipts")
    receipts.add_argument("--from", dest="date_from", default="")
    receipts.add_argument("--to", dest="date_to", default="")
    receipts.add_argument("--currency", default="")
    receipts.add_argument("--json", action="store_true", help="machine-readable output")


def receipt_filter(args: argparse.Namespace, services: Services) -> ReceiptFilter:
    """The receipts `receipts` and `export receipts` ask for. A line that does not exist or an
    unknown currency is refused (exit 2), not answered with an empty list."""
    if args.line is not None:
        services.lines.get(args.line)  # LineNotFoundError names the id
    currency = getattr(args, "currency", "")  # `export receipts` has no --currency
    return ReceiptFilter(
        line_id=args.line,
        date_from=parse_date(args.date_from, "from") if args.date_from else None,
        date_to=parse_date(args.date_to, "to") if args.date_to else None,
        currency=check_currency(currency, "currency") if currency else None,
    )


def receipt_summary(r: Receipt) -> dict[str, Any]:
    """A receipt as plain data."""
    f = r.fields
    return {
        "id": r.id,
        "line_id": f.line_id,
        "paid_on": f.paid_on.isoformat(),
        "kind": f.kind.value,
        "amount": f.amount.amount_text(),
        "currency": f.amount.currency,
        "channel": f.channel.value if f.channel else None,
        "payment_method": f.payment_method,
        "reference": f.reference,
        "sms_confirmed": f.sms_confirmed,
        "previous_expiry": f.previous_expiry.isoformat() if f.previous_expiry else None,
        "new_expiry": f.new_expiry.isoformat() if f.new_expiry else None,
        "attachment": f.attachment.original_name if f.attachment else None,
        "note": f.note,
    }


def run_errand(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """Execute one errand command."""
    if args.command == "renew":
        typed = RenewalInput(
            amount=args.amount,
            currency=args.currency,
            channel=args.channel,
            extend=args.extend or "",
            new_expiry=args.new_expiry or "",
            paid_on=args.paid_on,
            payment_method=args.payment_method,
            reference=args.reference,
            sms_confirmed=args.sms_confirmed,
            attachment=args.attach,
            new_balance=args.balance,
            note=args.note,
        )
        prepared = services.renewals.prepare(args.id, typed, now)
        new_expiry = prepared.outcome.new_expiry.isoformat()
        if args.dry_run:
            out.write(f"line {args.id} would expire on {new_expiry} (nothing written)\n")
            return 0
        result = services.renewals.commit(prepared, now)
        out.write(
            f"renewed line {args.id}: {result.receipt.fields.amount}, "
            f"expires {new_expiry} (receipt {result.receipt.id})\n"
        )
    elif args.command == "suspend":
        line = services.status.suspend(
            args.id,
            SuspendInput(
                term=args.term,
                resume_on=args.until,
                fee=args.fee,
                currency=args.currency,
                reference=args.reference,
            ),
            now,
        )
        until = line.fields.resume_on.isoformat() if line.fields.resume_on else "further notice"
        out.write(f"suspended line {args.id} until {until}\n")
    elif args.command == "resume":
        services.status.resume(args.id, now, args.reference)
        out.write(f"resumed line {args.id}\n")
    elif args.command == "cancel":
        accounts = {a: "unbound" for a in args.unbound} | {a: "kept" for a in args.kept}
        services.status.cancel(
            args.id,
            CancelInput(
                last_four=args.confirm,
                transferred=args.transferred,
                currency=args.currency,
                transferred_to=args.transferred_to,
                accounts=accounts,
            ),
            now,
        )
        out.write(f"cancelled line {args.id}; its history and receipts are kept\n")
    elif args.command == "log-activity":
        activity = services.activities.log(args.id, args.kind, args.date, now, args.note)
        due = services.activities.next_due(args.id)
        out.write(
            f"logged {activity.kind.value} on {activity.on.isoformat()}"
            + (f"; next keep-alive due {due.isoformat()}" if due else "")
            + "\n"
        )
    elif args.command == "receipts":
        rows = [receipt_summary(r) for r in services.receipts.iter(receipt_filter(args, services))]
        if args.json:
            json.dump(rows, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for r in rows:
                out.write(
                    f"{r['id']:>4}  {r['paid_on']}  line {r['line_id']:<4} "
                    f"{r['kind']:<15} {r['currency']} {r['amount']:>12}  "
                    f"{r['channel'] or '':<11} {r['reference']}\n"
                )
    return 0
