"""The receipts commands of `numberkeeper-cli`: `receipts`, and the filter `export receipts`
shares with it."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.types import record_id
from numberkeeper.core.money import check_currency
from numberkeeper.core.receipts import Receipt, ReceiptFilter
from numberkeeper.core.typed_values import parse_date
from numberkeeper.services.container import Services


def add_receipt_parsers(sub: Any) -> None:
    """Register `receipts`."""
    receipts = sub.add_parser("receipts", help="list receipts")
    receipts.add_argument("--line", type=record_id, help="only this line's receipts")
    receipts.add_argument("--from", dest="date_from", default="")
    receipts.add_argument("--to", dest="date_to", default="")
    receipts.add_argument("--currency", default="")
    receipts.add_argument("--json", action="store_true", help="machine-readable output")
    receipts.set_defaults(func=run_receipts)


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


def run_receipts(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`receipts`: the receipts the filter asks for, as lines or JSON."""
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
