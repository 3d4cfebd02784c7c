"""The errand commands of `numberkeeper-cli`: renew, suspend, resume, cancel, log-activity.
Same services as the GUI's checklists."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.types import record_id
from numberkeeper.core.errors import ValidationError
from numberkeeper.core.receipts import Channel
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput
from numberkeeper.services.status_changes import CancelInput, SuspendInput


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
    renew.set_defaults(func=run_renew)

    suspend = sub.add_parser("suspend", help="mark a line suspended")
    suspend.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    suspend.add_argument("--term", choices=["short", "long"], default="short")
    suspend.add_argument("--until", default="", help="resume date; omit for open-ended")
    suspend.add_argument("--fee", default="", help="a suspension fee paid now (a receipt)")
    suspend.add_argument("--currency", default="")
    suspend.add_argument("--reference", default="")
    suspend.set_defaults(func=run_suspend)

    resume = sub.add_parser("resume", help="clear a suspension")
    resume.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    resume.add_argument("--reference", default="")
    resume.set_defaults(func=run_resume)

    cancel = sub.add_parser("cancel", help="mark a line cancelled (history is kept)")
    cancel.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    cancel.add_argument("--confirm", required=True, help="the number's last four digits")
    cancel.add_argument("--transferred", default="", help="balance moved out before closing")
    cancel.add_argument("--currency", default="")
    cancel.add_argument("--transferred-to", default="")
    cancel.add_argument("--unbound", action="append", default=[], metavar="ACCOUNT")
    cancel.add_argument("--kept", action="append", default=[], metavar="ACCOUNT")
    cancel.set_defaults(func=run_cancel)

    activity = sub.add_parser("log-activity", help="record a keep-alive activity")
    activity.add_argument("id", type=record_id, help="the line's id (see `lines`)")
    activity.add_argument("--kind", required=True, help="top_up, call, sms or data")
    activity.add_argument("--date", default="", help="YYYY-MM-DD (default: today)")
    activity.add_argument("--note", default="")
    activity.set_defaults(func=run_log_activity)


def run_renew(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`renew`: the new expiry (`--dry-run`), or the renewal written in one transaction."""
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
    draft = services.renewals.draft(args.id, typed, now)
    if draft.new_expiry is None:
        raise ValidationError(list(draft.errors))  # named by option: cli.ERRORS
    new_expiry = draft.new_expiry.isoformat()
    if args.dry_run:
        out.write(f"line {args.id} would expire on {new_expiry} (nothing written)\n")
        return 0
    result = services.renewals.commit(draft, now)
    out.write(
        f"renewed line {args.id}: {result.receipt.fields.amount}, "
        f"expires {new_expiry} (receipt {result.receipt.id})\n"
    )
    return 0


def run_suspend(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`suspend`."""
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
    return 0


def run_resume(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`resume`."""
    services.status.resume(args.id, now, args.reference)
    out.write(f"resumed line {args.id}\n")
    return 0


def run_cancel(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`cancel`: history and receipts are kept."""
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
    return 0


def run_log_activity(
    args: argparse.Namespace, services: Services, now: datetime, out: TextIO
) -> int:
    """`log-activity`: and when the next keep-alive is due."""
    activity = services.activities.log(args.id, args.kind, args.date, now, args.note)
    due = services.activities.next_due(args.id)
    out.write(
        f"logged {activity.kind.value} on {activity.on.isoformat()}"
        + (f"; next keep-alive due {due.isoformat()}" if due else "")
        + "\n"
    )
    return 0
