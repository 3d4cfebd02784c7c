"""Money as an integer count of minor units plus an ISO 4217 code — never a float.

Precision (KWD, OMR and BHD have three decimals; JPY none) comes from CLDR, as Babel gives
it: core/currency_digits.py is generated from Babel by `make cldr` (and checked against it
by a test), so the start-up does not wait for Babel to load its data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from numberkeeper.core.currency_digits import CURRENCY_DIGITS, DEFAULT_DIGITS
from numberkeeper.core.errors import ErrorCode, ValidationError

# Amounts above this are typos, not top-ups; also keeps minor units inside SQLite's int64.
MAX_MAJOR_UNITS = 10**12
_AMOUNT_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")

# ISO 4217 codes that are no money anyone pays a carrier with (#15: XXX, XTS and XAU were
# taken): precious metals, bond-market and accounting units, special drawing rights, the
# testing code, "no currency", and units long withdrawn.
NOT_MONEY = frozenset(
    {
        "XAG", "XAU", "XPD", "XPT",  # silver, gold, palladium, platinum
        "XBA", "XBB", "XBC", "XBD",  # European bond-market units
        "XDR", "XSU", "XUA", "XAD",  # SDR, SUCRE, ADB and Arab Monetary Fund accounting units
        "XTS", "XXX",  # for testing; no currency at all
        "XEU", "XFO", "XFU", "XRE",  # withdrawn: ECU, gold franc, UIC franc, RINET funds
    }
)  # fmt: skip


@cache
def known_currencies() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows that is money (not NOT_MONEY)."""
    return frozenset(CURRENCY_DIGITS) - NOT_MONEY


def precision(currency: str) -> int:
    """How many decimals the currency's minor unit has (KWD → 3, USD → 2, JPY → 0)."""
    return CURRENCY_DIGITS.get(currency, DEFAULT_DIGITS)


def check_currency(code: str, field_name: str = "currency") -> str:
    """Upper-cased, known currency code, or a ValidationError naming the field."""
    normalised = code.strip().upper()
    if normalised not in known_currencies():
        raise ValidationError.single(field_name, ErrorCode.CURRENCY_UNKNOWN, value=code.strip())
    return normalised


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (fils, baisa, cents) of one currency."""

    minor: int
    currency: str

    def to_decimal(self) -> Decimal:
        """The amount in major units, exact."""
        return Decimal(self.minor).scaleb(-precision(self.currency))

    def amount_text(self) -> str:
        """Plain decimal with the currency's own precision: `10.000` for KWD 10."""
        digits = precision(self.currency)
        return f"{self.to_decimal():.{digits}f}"

    def __str__(self) -> str:
        return f"{self.currency} {self.amount_text()}"


def parse_money(text: str, currency: str, field_name: str = "amount") -> Money:
    """Parse a user-typed amount: "10.5" in KWD is KWD 10.500.

    Refuses (with a ValidationError naming `field_name`) anything that is not a plain
    non-negative decimal, has more decimals than the currency allows, or is absurdly large.
    Spaces are tolerated. Any comma is refused rather than guessed at (#15): "1,000" is a
    thousand in one locale and one in another, and was stored as KWD 1000.000.
    """
    code = check_currency(currency)
    raw = text.strip()
    cleaned = raw.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        raise ValidationError.single(field_name, ErrorCode.AMOUNT_HAS_COMMA, value=raw)
    if not raw:
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    if not _AMOUNT_RE.match(cleaned):
        raise ValidationError.single(field_name, ErrorCode.AMOUNT_INVALID, value=raw)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the regex already guarantees a decimal
        raise ValidationError.single(field_name, ErrorCode.AMOUNT_INVALID, value=raw) from None
    if value < 0:
        raise ValidationError.single(field_name, ErrorCode.AMOUNT_NEGATIVE, value=raw)
    if value >= MAX_MAJOR_UNITS:
        raise ValidationError.single(field_name, ErrorCode.AMOUNT_TOO_LARGE, value=raw)
    digits = precision(code)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValidationError.single(
            field_name,
            ErrorCode.AMOUNT_TOO_PRECISE,
            value=raw,
            currency=code,
            decimals=str(digits),
        )
    return Money(int(scaled), code)
