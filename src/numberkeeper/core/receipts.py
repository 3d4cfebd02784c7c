"""Receipts: what keeping a number has cost, with the proof a carrier dispute needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from numberkeeper.core.money import Money


class ReceiptKind(StrEnum):
    """What a payment was for."""

    RENEWAL = "renewal"
    SUSPENSION_FEE = "suspension_fee"
    VOUCHER = "voucher"
    OTHER = "other"


class Channel(StrEnum):
    """Where the errand was done; each has its own guidance in the renew checklist."""

    ONLINE = "online"
    STORE = "store"
    KIOSK = "kiosk"
    VOUCHER = "voucher"
    HOTLINE = "hotline"
    THIRD_PARTY = "third-party"


@dataclass(frozen=True)
class Attachment:
    """A file copied into the data folder, named by its SHA-256 so it is stored once."""

    sha256: str
    original_name: str
    size: int

    @property
    def stored_name(self) -> str:
        """The file's name inside `attachments/` (hash plus the original suffix)."""
        suffix = ""
        if "." in self.original_name:
            suffix = "." + self.original_name.rsplit(".", 1)[1].lower()[:10]
        return f"{self.sha256}{suffix}"


@dataclass(frozen=True)
class ReceiptFields:
    """What the user records about one payment."""

    line_id: int
    paid_on: date
    kind: ReceiptKind
    amount: Money
    channel: Channel | None = None
    payment_method: str = ""
    reference: str = ""
    sms_confirmed: bool = False
    previous_expiry: date | None = None
    new_expiry: date | None = None
    attachment: Attachment | None = None
    note: str = ""


@dataclass(frozen=True)
class Receipt:
    """A stored receipt."""

    id: int
    fields: ReceiptFields
    created_at: datetime


@dataclass(frozen=True)
class ReceiptFilter:
    """Which receipts to list: by line, date range (inclusive) and currency."""

    line_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    currency: str | None = None


def totals_by_currency_and_year(receipts: list[Receipt]) -> dict[tuple[str, int], Money]:
    """Sum of amounts per (currency, year of payment). Currencies are never mixed."""
    totals: dict[tuple[str, int], int] = {}
    for r in receipts:
        key = (r.fields.amount.currency, r.fields.paid_on.year)
        totals[key] = totals.get(key, 0) + r.fields.amount.minor
    return {key: Money(minor, key[0]) for key, minor in sorted(totals.items())}
