"""Renewing a line: a draft first (the new expiry, the errors, suggested amounts), then the
receipt, expiry, balance and event at once.

The wizard and the command line both go one way (#14): `draft` validates what was typed and
works out everything a face shows before saving, writing nothing; `commit(draft)` saves
exactly that draft, once, or refuses it if the line was renewed elsewhere since the expiry the
draft was based on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import ClassVar

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
from numberkeeper.core.receipts import (
    Channel,
    Receipt,
    ReceiptFields,
    ReceiptFilter,
    ReceiptKind,
)
from numberkeeper.core.typed_values import check_date_range, parse_date, too_long
from numberkeeper.core.validity import Extension, Renewal, renew
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.errand_fields import ErrandDraft
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


MAX_SUGGESTED_AMOUNTS = 6


@dataclass(frozen=True)
class RenewalDraft(ErrandDraft):
    """A renewal as typed, worked out: what a face shows before saving, and what it saves.

    `errors` name the input's fields, as the services do (the command line's options follow
    them); `field_errors` are the same errors under the checklist's fields, for the wizard.
    """

    action: ClassVar[Action] = Action.RENEW

    line: Line
    source: RenewalInput
    based_on: date  # the expiry the user was shown: committing refuses any other
    today: date  # in the line's zone, when the draft was made
    errors: tuple[FieldError, ...]
    prepared: PreparedRenewal | None  # None while there are errors
    suggested_amounts: tuple[Money, ...]  # the carrier's usual amounts, then this line's
    default_currency: str  # the carrier's, else the balance's, else of its receipts

    @property
    def new_expiry(self) -> date | None:
        """The expiry after the renewal, once the values are valid."""
        return self.prepared.outcome.new_expiry if self.prepared else None

    @property
    def counted_from_today(self) -> bool:
        """Validity had already ended: the new period runs from today, not from the expiry."""
        if self.prepared is None or self.prepared.outcome.chain is None:
            return False
        return self.today >= self.based_on


@dataclass(frozen=True)
class RenewalResult:
    """What a renewal changed: the line, and the receipt it added."""

    line: Line
    receipt: Receipt

    @property
    def line_ids(self) -> tuple[int, ...]:
        """The ids of the lines it changed."""
        return (self.line.id,)

    @property
    def receipt_ids(self) -> tuple[int, ...]:
        """The ids of the receipts it added."""
        return (self.receipt.id,)

    @property
    def changes(self) -> Changes:
        """The line's validity (and balance), a receipt, the finished checklist run."""
        return Changes.of(
            Kind.LINES,
            Kind.RECEIPTS,
            Kind.CHECKLISTS,
            lines=self.line_ids,
            receipts=self.receipt_ids,
        )


@speaks_storage
class RenewalService:
    """Renewals over one database and data folder."""

    def __init__(self, lines: LineService, data_dir: Path) -> None:
        self.lines = lines
        self.conn: sqlite3.Connection = lines.conn
        self.data_dir = data_dir

    def prepare(self, line_id: int, typed: RenewalInput, now: datetime) -> PreparedRenewal:
        """Validate a renewal and compute the new expiry; writes nothing."""
        return self._prepare(self.lines.get(line_id), typed, now)

    def _prepare(self, line: Line, typed: RenewalInput, now: datetime) -> PreparedRenewal:
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
        if typed.attachment.strip():
            try:
                _check_attachment(typed.attachment)
            except ValidationError as e:
                errors.extend(e.errors)
        if errors:
            raise ValidationError(errors)
        assert amount is not None
        assert outcome is not None
        return PreparedRenewal(line, amount, channel, paid_on, outcome, balance, typed)

    def draft(
        self, line_id: int, typed: RenewalInput, now: datetime, based_on: date | None = None
    ) -> RenewalDraft:
        """Work out a renewal as typed, errors included; writes nothing.

        `based_on` is the expiry the user was shown (a wizard keeps the line it opened on);
        by default the line's expiry now. Raises only when the line cannot be read.
        """
        line = self.lines.get(line_id)
        try:
            prepared: PreparedRenewal | None = self._prepare(line, typed, now)
            errors: tuple[FieldError, ...] = ()
        except ValidationError as e:
            prepared, errors = None, tuple(e.errors)
        earlier = self._renewal_receipts(line.id)
        return RenewalDraft(
            line=line,
            source=typed,
            based_on=line.fields.expires_on if based_on is None else based_on,
            today=line.local_date(now),
            errors=errors,
            prepared=prepared,
            suggested_amounts=self._suggested_amounts(line, earlier),
            default_currency=self._default_currency(line, earlier),
        )

    def _renewal_receipts(self, line_id: int) -> list[Receipt]:
        """The line's receipts, newest first."""
        return list(receipts.iter_receipts(self.conn, ReceiptFilter(line_id=line_id)))

    def _suggested_amounts(self, line: Line, earlier: list[Receipt]) -> tuple[Money, ...]:
        """The carrier's usual recharge amounts, then this line's earlier renewal amounts."""
        amounts: list[Money] = []
        preset = self.lines.catalog.get(line.fields.carrier) if line.fields.carrier else None
        if preset is not None and preset.currency:
            for text in preset.recharge_amounts:
                try:
                    amounts.append(parse_money(text, preset.currency))
                except ValidationError:
                    continue
        amounts += [r.fields.amount for r in earlier if r.fields.kind is ReceiptKind.RENEWAL]
        return tuple(dict.fromkeys(amounts))[:MAX_SUGGESTED_AMOUNTS]

    def _default_currency(self, line: Line, earlier: list[Receipt]) -> str:
        """The carrier's currency, else the balance's, else that of the line's receipts."""
        preset = self.lines.catalog.get(line.fields.carrier) if line.fields.carrier else None
        if preset is not None and preset.currency:
            return preset.currency
        if line.fields.balance is not None:
            return line.fields.balance.amount.currency
        # The last of the newest-first list: the first receipt's currency, as the wizard chose.
        return earlier[-1].fields.amount.currency if earlier else ""

    def commit(self, draft: RenewalDraft | PreparedRenewal, now: datetime) -> RenewalResult:
        """Write the receipt, new expiry, balance and event in one transaction.

        A draft with errors is refused (ValidationError); a line whose expiry is no longer the
        one the draft was based on (renewed elsewhere meanwhile) too (ChangedElsewhereError).
        """
        if isinstance(draft, RenewalDraft):
            if draft.prepared is None:
                raise ValidationError(list(draft.errors))
            prepared, based_on = draft.prepared, draft.based_on
        else:
            prepared, based_on = draft, draft.line.fields.expires_on
        attachment = None
        if prepared.source.attachment.strip():
            _check_attachment(prepared.source.attachment)  # it may be gone since the draft
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
            if current.fields.expires_on != based_on:
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


def _check_attachment(path: str) -> None:
    """ValidationError (attachment) unless the receipt's file is there to be copied."""
    if Path(path).exists() and not Path(path).is_file():  # a device, a pipe, a folder (#15)
        raise ValidationError.single("attachment", ErrorCode.FILE_NOT_REGULAR, value=path)
    if not Path(path).is_file():
        raise ValidationError.single("attachment", ErrorCode.FILE_MISSING, value=path)
