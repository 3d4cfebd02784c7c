"""Receipts written by hand (services/receipts.py): what each write stores and says it changed
(#14) — the receipt, the lines it is and was of, and a line's expiry when a renewal's deletion
rolls it back."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

from export_support import add_line

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput


def voucher(line_id: int) -> ReceiptFields:
    return ReceiptFields(line_id, date(2026, 11, 1), ReceiptKind.VOUCHER, Money(5000, "KWD"))


def test_adding_a_receipt_with_its_file_says_the_receipt_and_its_line_changed(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line_id = add_line(services, now)
    scan = tmp_path / "slip.pdf"
    scan.write_bytes(b"%PDF-1.4 slip")
    added = services.receipts.add(voucher(line_id), now, attach=scan)
    assert added.receipt == services.receipts.get(added.receipt.id)
    assert added.receipt.fields.attachment is not None
    assert added.receipt.fields.attachment.original_name == "slip.pdf"
    path = services.receipts.attachment_path(added.receipt)
    assert path is not None
    assert path.read_bytes() == b"%PDF-1.4 slip"
    receipt_id = added.receipt.id
    assert added.changes == Changes.of(Kind.RECEIPTS, lines=(line_id,), receipts=(receipt_id,))
    assert not added.changes.touches(Kind.LINES)


def test_moving_a_receipt_to_another_line_says_both_lines(
    services: Services, now: datetime
) -> None:
    first = add_line(services, now)
    second = add_line(services, now, "+96596665678")
    receipt = services.receipts.add(voucher(first), now).receipt
    moved = dataclasses.replace(receipt.fields, line_id=second, note="for the other SIM")
    edited = services.receipts.edit(receipt.id, moved, now)
    assert (edited.receipt.fields.line_id, edited.receipt.fields.note) == (
        second,
        "for the other SIM",
    )
    both = Changes.of(Kind.RECEIPTS, lines=(first, second), receipts=(receipt.id,))
    assert edited.changes == both
    kept = services.receipts.edit(receipt.id, edited.receipt.fields, now)
    assert kept.changes == Changes.of(Kind.RECEIPTS, lines=(second,), receipts=(receipt.id,))


def test_deleting_a_renewal_says_the_line_changed_only_when_its_expiry_is_rolled_back(
    services: Services, now: datetime
) -> None:
    line_id = add_line(services, now)
    typed = RenewalInput(amount="10", currency="KWD", channel="kiosk", extend="1m")
    first = services.renewals.renew(line_id, typed, now).receipt.id
    second = services.renewals.renew(line_id, typed, now).receipt.id
    kept = services.receipts.delete(first, now, roll_back_expiry=True)  # not the latest: kept
    assert kept == Changes.of(Kind.RECEIPTS, lines=(line_id,), receipts=(first,))
    rolled = services.receipts.delete(second, now, roll_back_expiry=True)
    assert rolled == Changes.of(Kind.RECEIPTS, Kind.LINES, lines=(line_id,), receipts=(second,))
