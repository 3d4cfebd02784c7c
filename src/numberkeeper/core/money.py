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
_GROUPED_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


@cache
def known_currencies() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows."""
    return frozenset(CURRENCY_DIGITS)


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
    Spaces and properly grouped thousands separators ("1,000.500") are tolerated; any other
    comma is refused rather than guessed at, since "1,000" means one in some locales.
    """
    code = check_currency(currency)
    raw = text.strip()
    cleaned = raw.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        if not _GROUPED_RE.match(cleaned):
            raise ValidationError.single(field_name, ErrorCode.AMOUNT_INVALID, value=raw)
        cleaned = cleaned.replace(",", "")
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
