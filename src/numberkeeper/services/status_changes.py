"""Suspending, resuming, cancelling and purging a line: one transaction and one event each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from numberkeeper.core.checklists import ACCOUNT_DECISIONS, MAX_STEP_TEXT, SUSPEND_TERMS, Action
from numberkeeper.core.errors import ErrorCode, FieldError, LineStateError, ValidationError
from numberkeeper.core.lines import Line, LineStatus
from numberkeeper.core.money import Money, parse_money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.core.validation import parse_date, too_long
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.lines import LineService
from numberkeeper.store import checklist_runs, events, receipts
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import transaction


@dataclass(frozen=True)
class SuspendInput:
    """A suspension as typed."""

    term: str = "short"
    resume_on: str = ""  # empty: open-ended
    fee: str = ""  # a fee paid now, recorded as a receipt
    currency: str = ""
    submitted_on: str = ""
    reference: str = ""
    contacts_told: bool = False


@dataclass(frozen=True)
class CancelInput:
    """A cancellation as typed: the last four digits confirm it."""

    last_four: str
    transferred: str = ""
    currency: str = ""
    transferred_to: str = ""
    accounts: dict[str, str] = field(default_factory=dict)  # account → unbound | kept
    records_saved: bool = False
    scam_warning_read: bool = False


def _optional_money(amount: str, currency: str, field_name: str) -> Money | None:
    if not amount.strip():
        return None
    return parse_money(amount, currency, field_name)


@speaks_storage
class StatusService:
    """Suspend, resume, cancel and purge over one database."""

    def __init__(self, lines: LineService) -> None:
        self.lines = lines
        self.conn = lines.conn

    def suspend(self, line_id: int, typed: SuspendInput, now: datetime) -> Line:
        """Mark a line suspended until a resume date (or open-ended); a fee becomes a receipt."""
        line = self.lines.get(line_id)
        if line.fields.status is not LineStatus.ACTIVE:
            raise LineStateError(f"line {line_id} is {line.fields.status.value}, not active")
        today = line.local_date(now)
        errors: list[FieldError] = []
        resume_on = fee = None
        errors.extend(too_long({"reference": typed.reference}, MAX_STEP_TEXT))
        if typed.term not in SUSPEND_TERMS:
            errors.append(
                FieldError(
                    "term",
                    ErrorCode.CHOICE_INVALID,
                    {"value": typed.term, "choices": ", ".join(SUSPEND_TERMS)},
                )
            )
        try:
            if typed.resume_on.strip():
                resume_on = parse_date(typed.resume_on, "resume_on")
                if resume_on <= today:
                    raise ValidationError.single(
                        "resume_on", ErrorCode.DATE_IN_PAST, value=typed.resume_on.strip()
                    )
        except ValidationError as e:
            errors.extend(e.errors)
        try:
            fee = _optional_money(typed.fee, typed.currency, "fee")
        except ValidationError as e:
            errors.extend(e.errors)
        if errors:
            raise ValidationError(errors)
        with transaction(self.conn):
            line_store.set_status(self.conn, line_id, LineStatus.SUSPENDED, resume_on, now)
            receipt_id = None
            if fee is not None:
                receipt_id = receipts.insert(
                    self.conn,
                    ReceiptFields(
                        line_id=line_id,
                        paid_on=today,
                        kind=ReceiptKind.SUSPENSION_FEE,
                        amount=fee,
                        reference=typed.reference.strip(),
                        note=f"suspension ({typed.term} term)",
                    ),
                    now,
                )
            events.add(
                self.conn,
                line_id,
                now,
                "suspended",
                {
                    "term": typed.term,
                    "resume_on": resume_on.isoformat() if resume_on else None,
                    "reference": typed.reference.strip(),
                    "submitted_on": typed.submitted_on.strip(),
                    "contacts_told": typed.contacts_told,
                    "fee_receipt_id": receipt_id,
                },
            )
            checklist_runs.close(self.conn, line_id, Action.SUSPEND, "finished", now)
        return self.lines.get(line_id)

    def resume(
        self, line_id: int, now: datetime, reference: str = "", requested_on: str = ""
    ) -> Line:
        """Clear a suspension; `requested_on` (YYYY-MM-DD) is when the user asked the carrier."""
        line = self.lines.get(line_id)
        if line.fields.status is not LineStatus.SUSPENDED:
            raise LineStateError(f"line {line_id} is not suspended")
        requested = parse_date(requested_on, "requested_on") if requested_on.strip() else None
        if refused := too_long({"reference": reference}, MAX_STEP_TEXT):
            raise ValidationError(refused)
        with transaction(self.conn):
            line_store.set_status(self.conn, line_id, LineStatus.ACTIVE, None, now)
            events.add(
                self.conn,
                line_id,
                now,
                "resumed",
                {
                    "reference": reference.strip(),
                    "requested_on": requested.isoformat() if requested else None,
                },
            )
            checklist_runs.close(self.conn, line_id, Action.RESUME, "finished", now)
        return self.lines.get(line_id)

    def cancel(self, line_id: int, typed: CancelInput, now: datetime) -> Line:
        """Mark a line cancelled, once the last four digits match; history and receipts stay."""
        line = self.lines.get(line_id)
        if line.fields.status is LineStatus.CANCELLED:
            raise LineStateError(f"line {line_id} is already cancelled")
        errors: list[FieldError] = []
        if typed.last_four.strip() != line.fields.number[-4:]:
            errors.append(
                FieldError(
                    "last_four", ErrorCode.CONFIRMATION_MISMATCH, {"value": typed.last_four.strip()}
                )
            )
        transferred = None
        try:
            transferred = _optional_money(typed.transferred, typed.currency, "transferred")
        except ValidationError as e:
            errors.extend(e.errors)
        errors.extend(too_long({"transferred_to": typed.transferred_to}, MAX_STEP_TEXT))
        for account, decision in typed.accounts.items():
            if decision not in ACCOUNT_DECISIONS:
                errors.append(
                    FieldError(
                        "accounts",
                        ErrorCode.CHOICE_INVALID,
                        {
                            "value": f"{account}: {decision}",
                            "choices": ", ".join(ACCOUNT_DECISIONS),
                        },
                    )
                )
        if errors:
            raise ValidationError(errors)
        with transaction(self.conn):
            line_store.set_status(self.conn, line_id, LineStatus.CANCELLED, None, now)
            events.add(
                self.conn,
                line_id,
                now,
                "cancelled",
                {
                    "transferred": str(transferred) if transferred else None,
                    "transferred_to": typed.transferred_to.strip(),
                    "accounts": dict(typed.accounts),
                    "records_saved": typed.records_saved,
                    "scam_warning_read": typed.scam_warning_read,
                },
            )
            checklist_runs.close(self.conn, line_id, Action.CANCEL, "finished", now)
        return self.lines.get(line_id)

    def purge(self, line_id: int) -> None:
        """Delete a line with all its history and receipts. Only on the user's explicit request."""
        self.lines.get(line_id)
        with transaction(self.conn):
            line_store.delete(self.conn, line_id)
