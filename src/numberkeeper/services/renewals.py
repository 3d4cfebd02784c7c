"""Renewing a line: preview the new expiry; then receipt, expiry, balance and event at once."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from numberkeeper.core.checklists import MAX_STEP_TEXT, Action
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ErrorCode,
    FieldError,
    LineStateError,
    ValidationError,
)
from numberkeeper.core.lines import Line, LineStatus
from numberkeeper.core.money import Money, parse_money
from numberkeeper.core.receipts import Channel, Receipt, ReceiptFields, ReceiptKind
from numberkeeper.core.validation import check_date_range, parse_date, too_long
from numberkeeper.core.validity import Extension, Renewal, renew
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.lines import LineService
from numberkeeper.store import attachment_files, checklist_runs, events, receipts
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import transaction


@dataclass(frozen=True)
class RenewalInput:
    """A renewal as typed (wizard or CLI): strings, validated by `prepare`."""

    amount: str
    currency: str
    channel: str
    extend: str = ""  # "30d", "1m", "1y" — or:
    new_expiry: str = ""  # the date the carrier's SMS states
    paid_on: str = ""  # defaults to today in the line's zone
    payment_method: str = ""
    reference: str = ""
    sms_confirmed: bool = False
    attachment: str = ""  # a path outside the data folder; copied in
    new_balance: str = ""
    note: str = ""


@dataclass(frozen=True)
class PreparedRenewal:
    """A validated renewal: what will be written, before anything is."""

    line: Line
    amount: Money
    channel: Channel
    paid_on: date
    outcome: Renewal
    new_balance: Money | None
    source: RenewalInput


@dataclass(frozen=True)
class RenewalResult:
    """What a renewal changed."""

    line: Line
    receipt: Receipt


@speaks_storage
class RenewalService:
    """Renewals over one database and data folder."""

    def __init__(self, lines: LineService, data_dir: Path) -> None:
        self.lines = lines
        self.conn: sqlite3.Connection = lines.conn
        self.data_dir = data_dir

    def prepare(self, line_id: int, typed: RenewalInput, now: datetime) -> PreparedRenewal:
        """Validate a renewal and compute the new expiry; writes nothing."""
        line = self.lines.get(line_id)
        errors: list[FieldError] = []
        amount = balance = None
        channel = Channel.ONLINE
        outcome = None
        today = line.local_date(now)
        paid_on = today
        try:
            amount = parse_money(typed.amount, typed.currency, "amount")
        except ValidationError as e:
            errors.extend(e.errors)
        try:
            channel = Channel(typed.channel.strip().lower())
        except ValueError:
            errors.append(
                FieldError(
                    "channel",
                    ErrorCode.CHOICE_INVALID,
                    {"value": typed.channel, "choices": ", ".join(c.value for c in Channel)},
                )
            )
        try:
            if typed.paid_on.strip():
                paid_on = parse_date(typed.paid_on, "paid_on")
            if typed.new_expiry.strip():
                extension = Extension(new_expiry=parse_date(typed.new_expiry, "new_expiry"))
            elif typed.extend.strip():
                extension = Extension.parse(typed.extend)
            else:
                raise ValidationError.single("extend", ErrorCode.REQUIRED)
            outcome = renew(line.fields.expires_on, line.chain, today, extension)
            # At most 3650 years past a date before 2200: Python can count it, but the line's
            # deadlines must stay within the dates kept.
            field_name = "new_expiry" if typed.new_expiry.strip() else "extend"
            check_date_range(outcome.new_expiry, field_name)
        except ValidationError as e:
            errors.extend(e.errors)
        try:
            if typed.new_balance.strip():
                balance = parse_money(typed.new_balance, typed.currency, "new_balance")
        except ValidationError as e:
            errors.extend(e.errors)
        texts = {"payment_method": typed.payment_method, "reference": typed.reference}
        errors.extend(too_long(texts | {"note": typed.note}, MAX_STEP_TEXT))
        if typed.attachment.strip() and not Path(typed.attachment).is_file():
            errors.append(
                FieldError(
                    "attachment",
                    ErrorCode.FILE_UNREADABLE,
                    {"value": typed.attachment, "reason": "no such file"},
                )
            )
        if errors:
            raise ValidationError(errors)
        assert amount is not None
        assert outcome is not None
        return PreparedRenewal(line, amount, channel, paid_on, outcome, balance, typed)

    def commit(self, prepared: PreparedRenewal, now: datetime) -> RenewalResult:
        """Write the receipt, new expiry, balance and event in one transaction."""
        attachment = None
        if prepared.source.attachment.strip():
            # Copied before the transaction; an orphan copy after a failure is harmless and
            # is reused by content address the next time.
            attachment = attachment_files.import_file(
                self.data_dir, Path(prepared.source.attachment)
            )
        line = prepared.line
        fields = ReceiptFields(
            line_id=line.id,
            paid_on=prepared.paid_on,
            kind=ReceiptKind.RENEWAL,
            amount=prepared.amount,
            channel=prepared.channel,
            payment_method=prepared.source.payment_method.strip(),
            reference=prepared.source.reference.strip(),
            sms_confirmed=prepared.source.sms_confirmed,
            previous_expiry=line.fields.expires_on,
            new_expiry=prepared.outcome.new_expiry,
            attachment=attachment,
            note=prepared.source.note.strip(),
        )
        with transaction(self.conn):
            current = self.lines.get(line.id)
            if current.fields.status is LineStatus.CANCELLED:
                raise LineStateError(f"line {line.id} is cancelled; it cannot be renewed")
            if current.fields.expires_on != line.fields.expires_on:
                raise ChangedElsewhereError(
                    f"line {line.id} changed since the renewal was prepared; start again"
                )
            if attachment is not None:
                receipts.ensure_attachment(self.conn, attachment.sha256, attachment.size)
            receipt_id = receipts.insert(self.conn, fields, now)
            line_store.set_validity(
                self.conn, line.id, prepared.outcome.new_expiry, prepared.outcome.chain, now
            )
            if prepared.new_balance is not None:
                line_store.set_balance(
                    self.conn, line.id, prepared.new_balance, prepared.paid_on, now
                )
            events.add(
                self.conn,
                line.id,
                now,
                "renewed",
                {
                    "receipt_id": receipt_id,
                    "amount": str(prepared.amount),
                    "channel": prepared.channel.value,
                    "previous_expiry": line.fields.expires_on.isoformat(),
                    "new_expiry": prepared.outcome.new_expiry.isoformat(),
                },
            )
            checklist_runs.close(self.conn, line.id, Action.RENEW, "finished", now)
        stored = receipts.get(self.conn, receipt_id)
        assert stored is not None
        return RenewalResult(self.lines.get(line.id), stored)

    def renew(self, line_id: int, typed: RenewalInput, now: datetime) -> RenewalResult:
        """Validate and commit in one call (the CLI's path)."""
        return self.commit(self.prepare(line_id, typed, now), now)
