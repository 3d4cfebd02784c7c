"""Validity extension: anchor + n × period with relativedelta, across month ends and zones."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.validity import Extension, PeriodUnit, ValidityChain, renew

MONTH = Extension(PeriodUnit.MONTHS, 1)


@pytest.mark.parametrize(("year", "february_end"), [(2027, 28), (2028, 29)])
def test_31_january_plus_one_month_twice(year: int, february_end: int) -> None:
    first = renew(date(year, 1, 31), None, date(year, 1, 20), MONTH)
    assert first.new_expiry == date(year, 2, february_end)
    second = renew(first.new_expiry, first.chain, date(year, 2, 1), MONTH)
    assert second.new_expiry == date(year, 3, 31)


def test_counted_from_today_when_already_lapsed() -> None:
    lapsed = renew(date(2026, 11, 1), None, date(2026, 11, 22), Extension(PeriodUnit.DAYS, 30))
    assert lapsed.new_expiry == date(2026, 12, 22)
    assert lapsed.chain == ValidityChain(date(2026, 11, 22), PeriodUnit.DAYS, 30)


def test_counted_from_current_expiry_when_still_valid() -> None:
    early = renew(date(2026, 12, 10), None, date(2026, 11, 22), Extension(PeriodUnit.YEARS, 1))
    assert early.new_expiry == date(2027, 12, 10)


def test_a_different_unit_starts_a_new_chain() -> None:
    first = renew(date(2027, 1, 31), None, date(2027, 1, 1), MONTH)
    second = renew(first.new_expiry, first.chain, date(2027, 1, 2), Extension(PeriodUnit.DAYS, 30))
    assert second.new_expiry == date(2027, 2, 28) + timedelta(days=30)


def test_new_expiry_from_the_carriers_sms() -> None:
    stated = renew(
        date(2026, 12, 1), None, date(2026, 11, 22), Extension(new_expiry=date(2027, 2, 14))
    )
    assert stated.new_expiry == date(2027, 2, 14)
    assert stated.chain is None
    with pytest.raises(ValidationError) as caught:
        renew(date(2026, 12, 1), None, date(2026, 11, 22), Extension(new_expiry=date(2026, 1, 1)))
    assert caught.value.errors[0].code is ErrorCode.DATE_IN_PAST


@pytest.mark.parametrize(
    ("text", "unit", "count"),
    [
        ("30d", PeriodUnit.DAYS, 30),
        ("+1m", PeriodUnit.MONTHS, 1),
        ("1y", PeriodUnit.YEARS, 1),
        ("2 months", PeriodUnit.MONTHS, 2),
        ("+30 days", PeriodUnit.DAYS, 30),
    ],
)
def test_extension_parsing(text: str, unit: PeriodUnit, count: int) -> None:
    assert Extension.parse(text) == Extension(unit, count)


@pytest.mark.parametrize("text", ["", "m", "1w", "30dd", "-1m", "0d", "1.5m"])
def test_bad_extensions_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        Extension.parse(text)


@given(
    anchor=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    steps=st.lists(st.integers(min_value=1, max_value=14), min_size=1, max_size=6),
)
def test_monthly_chain_equals_anchor_plus_total(anchor: date, steps: list[int]) -> None:
    from dateutil.relativedelta import relativedelta

    expiry, chain, today = anchor, None, anchor - timedelta(days=1)
    for n in steps:
        outcome = renew(expiry, chain, today, Extension(PeriodUnit.MONTHS, n))
        expiry, chain = outcome.new_expiry, outcome.chain
    assert expiry == anchor + relativedelta(months=sum(steps))
