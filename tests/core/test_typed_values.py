"""Typed values any form reads (core/typed_values.py): dates are YYYY-MM-DD within the years
kept, and a date in the right format that does not exist says why (#16), not "use
YYYY-MM-DD"; whole numbers are digits only."""

from __future__ import annotations

from datetime import date

import pytest

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.typed_values import parse_date, parse_int


def refusal(text: str) -> tuple[ErrorCode, dict[str, str], str]:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "expires")
    (error,) = caught.value.errors
    return error.code, error.params, error.message


def test_february_has_no_30th() -> None:
    code, params, message = refusal("2027-02-30")
    assert code is ErrorCode.DATE_NO_SUCH_DAY
    assert (params["year"], params["month"], params["day"], params["days"]) == (
        "2027",
        "2",
        "30",
        "28",
    )
    assert message == "2027-02-30 is not a date: February 2027 has no day 30 (it has 28 days)"
    assert "YYYY-MM-DD" not in message


@pytest.mark.parametrize(
    ("text", "days"),
    [("2027-02-29", "28"), ("2026-04-31", "30"), ("2026-01-32", "31"), ("2026-01-00", "31")],
)
def test_days_past_the_months_end_or_zero(text: str, days: str) -> None:
    code, params, _ = refusal(text)
    assert code is ErrorCode.DATE_NO_SUCH_DAY
    assert params["days"] == days


def test_leap_years_have_a_29th_of_february() -> None:
    assert parse_date("2028-02-29", "expires").isoformat() == "2028-02-29"


@pytest.mark.parametrize("text", ["2026-13-01", "2026-00-10"])
def test_there_is_no_month_13_or_0(text: str) -> None:
    code, params, message = refusal(text)
    assert code is ErrorCode.DATE_NO_SUCH_MONTH
    assert params["month_number"] == text[5:7]
    assert "months go from 01 to 12" in message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0000-01-01", ErrorCode.DATE_OUT_OF_RANGE),  # no year 0 in Python's calendar
        ("1800-02-30", ErrorCode.DATE_OUT_OF_RANGE),
        ("٢٠٢٧-٠١-٠١", ErrorCode.DATE_INVALID),  # digits of another script: not the format
        ("2027-2-3", ErrorCode.DATE_INVALID),
    ],
)
def test_other_refusals_keep_their_codes(text: str, code: ErrorCode) -> None:
    assert refusal(text)[0] is code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1899-12-31", ErrorCode.DATE_OUT_OF_RANGE),
        ("2200-01-01", ErrorCode.DATE_OUT_OF_RANGE),
        ("20261231", ErrorCode.DATE_INVALID),  # date.fromisoformat would take these two
        ("2026-W52-7", ErrorCode.DATE_INVALID),
    ],
)
def test_dates_are_iso_and_within_the_range_kept(text: str, code: ErrorCode) -> None:
    assert parse_date(" 1900-01-01 ", "d") == date(1900, 1, 1)
    assert parse_date("2199-12-31", "d") == date(2199, 12, 31)
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "d")
    assert [(e.field, e.code) for e in caught.value.errors] == [("d", code)]


@pytest.mark.parametrize("text", ["1_0", "1.0", "ten", "", "9" * 5000])
def test_whole_numbers_are_digits_only(text: str) -> None:
    assert parse_int(" ٣٠ ", "grace_days", 0, 3650) == 30  # Arabic-Indic digits, as int() reads
    with pytest.raises(ValidationError) as caught:
        parse_int(text, "grace_days", 0, 3650)
    assert caught.value.errors[0].code is ErrorCode.INTEGER_INVALID
