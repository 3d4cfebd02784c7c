"""Suspending, resuming, cancelling and purging a line: one transaction and one event each.

Suspend, resume and cancel flow one way, like renewing (#14): `draft_suspend` (`draft_resume`,
`draft_cancel`) checks what was typed and works out what a face shows before saving — the
errors by field, the dates and amounts as they will be stored, the currency to suggest — and
writes nothing; `commit(draft)` saves exactly that draft, once, in one transaction, or refuses
it if it has errors or the line's status no longer allows it. `StatusResult.changes` says what
changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar, TypeVar

from numberkeeper.core.checklists import ACCOUNT_DECISIONS, MAX_STEP_TEXT, SUSPEND_TERMS, Action
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ErrorCode,
    FieldError,
    LineStateError,
    ValidationError,
)
from numberkeeper.core.lines import Line, LineStatus
from numberkeeper.core.money import Money, parse_money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.core.typed_values import parse_date, too_long
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.errand_fields import ErrandDraft
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
class ResumeInput:
    """A resumption as typed: when the user asked the carrier (YYYY-MM-DD), and its ticket."""

    reference: str = ""
    requested_on: str = ""


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


@dataclass(frozen=True)
class SuspendDraft(ErrandDraft):
    """A suspension as typed, worked out; `commit` saves it."""

    action: ClassVar[Action] = Action.SUSPEND

    line: Line
    source: SuspendInput
    today: date  # in the line's zone: the fee's date
    errors: tuple[FieldError, ...]
    resume_on: date | None  # None: open-ended (or not valid yet)
    fee: Money | None
    default_currency: str  # the carrier's, else the balance's


@dataclass(frozen=True)
class ResumeDraft(ErrandDraft):
    """A resumption as typed, worked out; `commit` saves it."""

    action: ClassVar[Action] = Action.RESUME

    line: Line
    source: ResumeInput
    errors: tuple[FieldError, ...]
    requested_on: date | None


@dataclass(frozen=True)
class CancelDraft(ErrandDraft):
    """A cancellation as typed, worked out; `commit` saves it."""

    action: ClassVar[Action] = Action.CANCEL

    line: Line
    source: CancelInput
    errors: tuple[FieldError, ...]
    transferred: Money | None
    default_currency: str  # the balance's, else the carrier's: of what is transferred


StatusDraft = SuspendDraft | ResumeDraft | CancelDraft


@dataclass(frozen=True)
class StatusResult:
    """What a suspension, resumption or cancellation changed."""

    action: Action
    line: Line  # as stored afterwards
    receipt_id: int | None = None  # a suspension fee's receipt

    @property
    def changes(self) -> Changes:
        """The line's status, its finished checklist run, and a fee's receipt if any."""
        receipts_ = () if self.receipt_id is None else (self.receipt_id,)
        kinds = (Kind.LINES, Kind.CHECKLISTS) + ((Kind.RECEIPTS,) if receipts_ else ())
        return Changes.of(*kinds, lines=(self.line.id,), receipts=receipts_)


# The status each errand starts from, and what is said when the line is not in it.
_ALLOWED: dict[Action, Callable[[LineStatus], bool]] = {
    Action.SUSPEND: lambda status: status is LineStatus.ACTIVE,
    Action.RESUME: lambda status: status is LineStatus.SUSPENDED,
    Action.CANCEL: lambda status: status is not LineStatus.CANCELLED,
}


def _check_state(action: Action, line: Line) -> None:
    """LineStateError unless the line's status allows the errand."""
    status = line.fields.status
    if _ALLOWED[action](status):
        return
    if action is Action.SUSPEND:
        raise LineStateError(f"line {line.id} is {status.value}, not active")
    if action is Action.RESUME:
        raise LineStateError(f"line {line.id} is not suspended")
    raise LineStateError(f"line {line.id} is already cancelled")


T = TypeVar("T")


def _collect(errors: list[FieldError], check: Callable[[], T]) -> T | None:
    """`check()`'s value; or None, its ValidationError's errors added to `errors`."""
    try:
        return check()
    except ValidationError as e:
        errors.extend(e.errors)
        return None


def _optional_money(amount: str, currency: str, field_name: str) -> Money | None:
    """An amount that may be left empty; typed, it needs a currency."""
    if not amount.strip():
        return None
    if not currency.strip():
        raise ValidationError.single("currency", ErrorCode.REQUIRED)
    return parse_money(amount, currency, field_name)


def _optional_date(text: str, field_name: str) -> date | None:
    return parse_date(text, field_name) if text.strip() else None


@speaks_storage
class StatusService:
    """Suspend, resume, cancel and purge over one database."""

    def __init__(self, lines: LineService) -> None:
        self.lines = lines
        self.conn = lines.conn

    # -- drafts: check and work out, write nothing ------------------------------------------

    def draft_suspend(self, line_id: int, typed: SuspendInput, now: datetime) -> SuspendDraft:
        """A suspension until a resume date (or open-ended) as typed; a fee becomes a receipt.

        Raises LineStateError unless the line is active; the values' errors are in the draft.
        """
        line = self.lines.get(line_id)
        _check_state(Action.SUSPEND, line)
        today = line.local_date(now)
        errors = too_long({"reference": typed.reference}, MAX_STEP_TEXT)
        if typed.term not in SUSPEND_TERMS:
            choices = ", ".join(SUSPEND_TERMS)
            errors.append(
                FieldError(
                    "term", ErrorCode.CHOICE_INVALID, {"value": typed.term, "choices": choices}
                )
            )
        resume_on = _collect(errors, lambda: _optional_date(typed.resume_on, "resume_on"))
        if resume_on is not None and resume_on <= today:
            past = {"value": typed.resume_on.strip()}
            errors.append(FieldError("resume_on", ErrorCode.DATE_IN_PAST, past))
            resume_on = None
        fee = _collect(errors, lambda: _optional_money(typed.fee, typed.currency, "fee"))
        _collect(errors, lambda: _optional_date(typed.submitted_on, "submitted_on"))
        currency = self._default_currency(line)
        return SuspendDraft(line, typed, today, tuple(errors), resume_on, fee, currency)

    def draft_resume(self, line_id: int, typed: ResumeInput, now: datetime) -> ResumeDraft:
        """A resumption as typed. Raises LineStateError unless the line is suspended."""
        line = self.lines.get(line_id)
        _check_state(Action.RESUME, line)
        errors: list[FieldError] = []
        requested = _collect(errors, lambda: _optional_date(typed.requested_on, "requested_on"))
        errors.extend(too_long({"reference": typed.reference}, MAX_STEP_TEXT))
        return ResumeDraft(line, typed, tuple(errors), requested)

    def draft_cancel(self, line_id: int, typed: CancelInput, now: datetime) -> CancelDraft:
        """A cancellation as typed, confirmed by the number's last four digits.

        Raises LineStateError if the line is already cancelled.
        """
        line = self.lines.get(line_id)
        _check_state(Action.CANCEL, line)
        errors: list[FieldError] = []
        typed_four = typed.last_four.strip()
        if typed_four != line.fields.number[-4:]:
            mismatch = {"value": typed_four}
            errors.append(FieldError("last_four", ErrorCode.CONFIRMATION_MISMATCH, mismatch))
        transferred = _collect(
            errors, lambda: _optional_money(typed.transferred, typed.currency, "transferred")
        )
        errors.extend(too_long({"transferred_to": typed.transferred_to}, MAX_STEP_TEXT))
        for account, decision in typed.accounts.items():
            if decision not in ACCOUNT_DECISIONS:
                params = {
                    "value": f"{account}: {decision}",
                    "choices": ", ".join(ACCOUNT_DECISIONS),
                }
                errors.append(FieldError("accounts", ErrorCode.CHOICE_INVALID, params))
        # What is left is in the balance's currency, when a balance was recorded.
        balance = line.fields.balance
        currency = balance.amount.currency if balance else self._default_currency(line)
        return CancelDraft(line, typed, tuple(errors), transferred, currency)

    def _default_currency(self, line: Line) -> str:
        """The currency a fee or a transferred balance is most likely in: the carrier's, else
        the recorded balance's; empty when neither is known (the user chooses)."""
        preset = self.lines.catalog.get(line.fields.carrier) if line.fields.carrier else None
        if preset is not None and preset.currency:
            return preset.currency
        if line.fields.balance is not None:
            return line.fields.balance.amount.currency
        return ""

    # -- commit: one transaction ------------------------------------------------------------

    def commit(self, draft: StatusDraft, now: datetime) -> StatusResult:
        """Save a draft in one transaction: the status, an event, a fee's receipt.

        Refuses a draft with errors (ValidationError), a line whose status no longer allows
        the errand (LineStateError), a line whose number changed since (ChangedElsewhereError).
        """
        if draft.errors:
            raise ValidationError(list(draft.errors))
        line_id = draft.line.id
        receipt_id = None
        with transaction(self.conn):
            current = self.lines.get(line_id)
            _check_state(draft.action, current)
            if current.fields.number != draft.line.fields.number:
                raise ChangedElsewhereError(f"line {line_id} changed since the draft; start again")
            if isinstance(draft, SuspendDraft):
                receipt_id = self._write_suspension(draft, now)
            elif isinstance(draft, ResumeDraft):
                self._write_resumption(draft, now)
            else:
                self._write_cancellation(draft, now)
            checklist_runs.close(self.conn, line_id, draft.action, "finished", now)
        return StatusResult(draft.action, self.lines.get(line_id), receipt_id)

    def _write_suspension(self, draft: SuspendDraft, now: datetime) -> int | None:
        typed, line_id = draft.source, draft.line.id
        line_store.set_status(self.conn, line_id, LineStatus.SUSPENDED, draft.resume_on, now)
        receipt_id = None
        if draft.fee is not None:
            receipt_id = receipts.insert(
                self.conn,
                ReceiptFields(
                    line_id=line_id,
                    paid_on=draft.today,
                    kind=ReceiptKind.SUSPENSION_FEE,
                    amount=draft.fee,
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
                "resume_on": draft.resume_on.isoformat() if draft.resume_on else None,
                "reference": typed.reference.strip(),
                "submitted_on": typed.submitted_on.strip(),
                "contacts_told": typed.contacts_told,
                "fee_receipt_id": receipt_id,
            },
        )
        return receipt_id

    def _write_resumption(self, draft: ResumeDraft, now: datetime) -> None:
        line_store.set_status(self.conn, draft.line.id, LineStatus.ACTIVE, None, now)
        requested = draft.requested_on
        events.add(
            self.conn,
            draft.line.id,
            now,
            "resumed",
            {
                "reference": draft.source.reference.strip(),
                "requested_on": requested.isoformat() if requested else None,
            },
        )

    def _write_cancellation(self, draft: CancelDraft, now: datetime) -> None:
        typed = draft.source
        line_store.set_status(self.conn, draft.line.id, LineStatus.CANCELLED, None, now)
        events.add(
            self.conn,
            draft.line.id,
            now,
            "cancelled",
            {
                "transferred": str(draft.transferred) if draft.transferred else None,
                "transferred_to": typed.transferred_to.strip(),
                "accounts": dict(typed.accounts),
                "records_saved": typed.records_saved,
                "scam_warning_read": typed.scam_warning_read,
            },
        )

    # -- in one call (the command line's and the tests' path) -------------------------------

    def suspend(self, line_id: int, typed: SuspendInput, now: datetime) -> Line:
        """Draft and commit a suspension; the line as stored."""
        return self.commit(self.draft_suspend(line_id, typed, now), now).line

    def resume(
        self, line_id: int, now: datetime, reference: str = "", requested_on: str = ""
    ) -> Line:
        """Draft and commit a resumption; `requested_on` (YYYY-MM-DD) is when the user asked."""
        typed = ResumeInput(reference, requested_on)
        return self.commit(self.draft_resume(line_id, typed, now), now).line

    def cancel(self, line_id: int, typed: CancelInput, now: datetime) -> Line:
        """Draft and commit a cancellation; history and receipts stay."""
        return self.commit(self.draft_cancel(line_id, typed, now), now).line

    def purge(self, line_id: int) -> Changes:
        """Delete a line with all its history and receipts. Only on the user's explicit request."""
        self.lines.get(line_id)
        with transaction(self.conn):
            line_store.delete(self.conn, line_id)
        return Changes.of(*Kind, lines=(line_id,))
