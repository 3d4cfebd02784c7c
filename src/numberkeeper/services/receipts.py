"""Listing, adding, editing and deleting receipts; totals per currency per year.

Every write returns what it changed (`Changes`, #14) for the window's one change signal: adding
or editing one as a `ReceiptResult` (the receipt as stored, with its attachment), deleting one
as the `Changes` alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from numberkeeper.core.errors import ReceiptNotFoundError
from numberkeeper.core.money import Money
from numberkeeper.core.receipts import (
    Receipt,
    ReceiptFields,
    ReceiptFilter,
    ReceiptKind,
    totals_by_currency_and_year,
)
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.lines import LineService
from numberkeeper.store import attachment_files, events, receipts
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import transaction


@dataclass(frozen=True)
class ReceiptResult:
    """What adding or editing a receipt changed: the receipt as stored afterwards (a new one's
    id is `receipt.id`), and `changes` — the receipt, and the lines it is (and was) of."""

    receipt: Receipt
    changes: Changes


@speaks_storage
class ReceiptService:
    """Receipts over one database and data folder."""

    def __init__(self, lines: LineService, data_dir: Path) -> None:
        self.lines = lines
        self.conn = lines.conn
        self.data_dir = data_dir

    def iter(self, flt: ReceiptFilter | None = None) -> Iterator[Receipt]:
        """Receipts matching a filter, newest first, streamed."""
        return receipts.iter_receipts(self.conn, flt or ReceiptFilter())

    def list(self, flt: ReceiptFilter | None = None) -> list[Receipt]:
        """Receipts matching a filter, newest first."""
        return list(self.iter(flt))

    def get(self, receipt_id: int) -> Receipt:
        """One receipt, or ReceiptNotFoundError."""
        found = receipts.get(self.conn, receipt_id)
        if found is None:
            raise ReceiptNotFoundError(receipt_id)
        return found

    def totals(self, flt: ReceiptFilter | None = None) -> dict[tuple[str, int], Money]:
        """Totals per (currency, year) of the receipts a filter shows."""
        return totals_by_currency_and_year(self.list(flt))

    def add(
        self, fields: ReceiptFields, now: datetime, attach: Path | None = None
    ) -> ReceiptResult:
        """Record a payment that is not a renewal (a voucher bought ahead, a fee, other)."""
        self.lines.get(fields.line_id)
        if attach is not None:
            fields = dataclasses.replace(
                fields, attachment=attachment_files.import_file(self.data_dir, attach)
            )
        with transaction(self.conn):
            if fields.attachment is not None:
                receipts.ensure_attachment(
                    self.conn, fields.attachment.sha256, fields.attachment.size
                )
            receipt_id = receipts.insert(self.conn, fields, now)
            events.add(
                self.conn,
                fields.line_id,
                now,
                "receipt_added",
                {"receipt_id": receipt_id, "amount": str(fields.amount)},
            )
        changes = Changes.of(Kind.RECEIPTS, lines=(fields.line_id,), receipts=(receipt_id,))
        return ReceiptResult(self.get(receipt_id), changes)

    def edit(
        self, receipt_id: int, fields: ReceiptFields, now: datetime, attach: Path | None = None
    ) -> ReceiptResult:
        """Overwrite a receipt's fields (the line's expiry is not touched); a receipt moved to
        another line changes the receipts of both."""
        before = self.get(receipt_id)
        if attach is not None:
            fields = dataclasses.replace(
                fields, attachment=attachment_files.import_file(self.data_dir, attach)
            )
        with transaction(self.conn):
            if fields.attachment is not None:
                receipts.ensure_attachment(
                    self.conn, fields.attachment.sha256, fields.attachment.size
                )
            receipts.update(self.conn, receipt_id, fields)
            events.add(
                self.conn, before.fields.line_id, now, "receipt_edited", {"receipt_id": receipt_id}
            )
        lines = (before.fields.line_id, fields.line_id)
        changes = Changes.of(Kind.RECEIPTS, lines=lines, receipts=(receipt_id,))
        return ReceiptResult(self.get(receipt_id), changes)

    def delete(self, receipt_id: int, now: datetime, roll_back_expiry: bool) -> Changes:
        """Delete a receipt. For a renewal, `roll_back_expiry` (asked of the user, never assumed)
        restores the expiry it replaced — only if the line still has the expiry it set.
        Returns what changed: the receipt, and the line's expiry if it was rolled back."""
        receipt = self.get(receipt_id)
        f = receipt.fields
        with transaction(self.conn):
            receipts.delete(self.conn, receipt_id)
            rolled_back = False
            if roll_back_expiry and f.kind is ReceiptKind.RENEWAL and f.previous_expiry is not None:
                line = self.lines.get(f.line_id)
                if line.fields.expires_on == f.new_expiry:
                    # The chain that led here is unknown after a roll-back: start afresh.
                    line_store.set_validity(self.conn, f.line_id, f.previous_expiry, None, now)
                    rolled_back = True
            events.add(
                self.conn,
                f.line_id,
                now,
                "receipt_deleted",
                {
                    "receipt_id": receipt_id,
                    "amount": str(f.amount),
                    "expiry_rolled_back_to": f.previous_expiry.isoformat()
                    if rolled_back and f.previous_expiry
                    else None,
                },
            )
        kinds = (Kind.RECEIPTS, Kind.LINES) if rolled_back else (Kind.RECEIPTS,)
        return Changes.of(*kinds, lines=(f.line_id,), receipts=(receipt_id,))

    def attachment_path(self, receipt: Receipt) -> Path | None:
        """The stored copy of a receipt's attachment, or None if it has none.

        The path may not exist (deleted by hand); the caller reports that."""
        if receipt.fields.attachment is None:
            return None
        return attachment_files.stored_path(self.data_dir, receipt.fields.attachment)
