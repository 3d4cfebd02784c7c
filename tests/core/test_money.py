"""Money: integer minor units with each currency's own precision (Babel's CLDR data)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.money import Money, parse_money, precision


def test_three_decimal_currencies() -> None:
    assert precision("KWD") == precision("OMR") == precision("BHD") == 3
    assert precision("USD") == 2
    assert precision("JPY") == 0


@pytest.mark.parametrize(
    ("text", "currency", "minor", "shown"),
    [
        ("10.5", "KWD", 10_500, "KWD 10.500"),
        ("10", "kwd", 10_000, "KWD 10.000"),
        ("0.250", "OMR", 250, "OMR 0.250"),
        ("1000.5", "USD", 100_050, "USD 1000.50"),
        (" 3 ", "JPY", 3, "JPY 3"),
        (".5", "CNY", 50, "CNY 0.50"),
    ],
)
def test_parse_and_format(text: str, currency: str, minor: int, shown: str) -> None:
    money = parse_money(text, currency)
    assert money == Money(minor, currency.upper())
    assert str(money) == shown


@pytest.mark.parametrize(
    ("text", "currency", "code"),
    [
        ("10.0005", "KWD", ErrorCode.AMOUNT_TOO_PRECISE),
        ("1.5", "JPY", ErrorCode.AMOUNT_TOO_PRECISE),
        ("-1", "KWD", ErrorCode.AMOUNT_NEGATIVE),
        ("abc", "KWD", ErrorCode.AMOUNT_INVALID),
        ("10,5", "KWD", ErrorCode.AMOUNT_HAS_COMMA),
        # #15: "1,000" became KWD 1000.000 — a thousand, or one with a decimal comma?
        ("1,000", "KWD", ErrorCode.AMOUNT_HAS_COMMA),
        ("1,000.5", "USD", ErrorCode.AMOUNT_HAS_COMMA),
        ("10", "XXX", ErrorCode.CURRENCY_UNKNOWN),  # #15: "no currency"
        ("10", "XTS", ErrorCode.CURRENCY_UNKNOWN),  # #15: the testing code
        ("10", "XAU", ErrorCode.CURRENCY_UNKNOWN),  # #15: an ounce of gold
        ("1e3", "KWD", ErrorCode.AMOUNT_INVALID),
        ("", "KWD", ErrorCode.REQUIRED),
        ("10", "XYZ", ErrorCode.CURRENCY_UNKNOWN),
        ("99999999999999", "KWD", ErrorCode.AMOUNT_TOO_LARGE),
    ],
)
def test_refused_amounts(text: str, currency: str, code: ErrorCode) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, currency)
    assert caught.value.errors[0].code is code


def test_money_that_looks_like_an_x_code_is_still_money() -> None:
    for code in ("XAF", "XOF", "XCD", "XPF"):  # CFA francs, East Caribbean dollar, CFP franc
        assert parse_money("10", code).currency == code


def test_too_precise_message_names_the_currency_and_decimals() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money("10.0005", "KWD")
    assert caught.value.errors[0].message == "10.0005 has more decimals than KWD allows (3)"


@given(
    minor=st.integers(min_value=0, max_value=10**12 - 1),
    currency=st.sampled_from(["KWD", "OMR", "BHD", "USD", "CNY", "JPY", "SAR", "AED"]),
)
def test_round_trip_through_text(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    text = money.amount_text()
    assert parse_money(text, currency) == money
    digits = precision(currency)
    assert (len(text.split(".")[1]) if "." in text else 0) == digits
    assert money.to_decimal() == Decimal(minor).scaleb(-digits)


@given(
    whole=st.integers(min_value=0, max_value=10**6),
    extra=st.integers(min_value=1, max_value=9),
)
def test_one_digit_too_many_is_always_refused(whole: int, extra: int) -> None:
    with pytest.raises(ValidationError):
        parse_money(f"{whole}.000{extra}", "KWD")
