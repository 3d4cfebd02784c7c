"""Validation errors that name the field and carry a code, so every face can translate them.

The core speaks English in `FieldError.message`; the GUI maps `code` to a translated sentence
using `params`, the CLI prints the English message.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Why a value was refused. Each code has one English template below."""

    REQUIRED = "required"
    NUMBER_UNPARSABLE = "number_unparsable"
    NUMBER_INVALID = "number_invalid"
    NUMBER_DUPLICATE = "number_duplicate"
    DATE_INVALID = "date_invalid"
    DATE_NO_SUCH_DAY = "date_no_such_day"
    DATE_NO_SUCH_MONTH = "date_no_such_month"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    AMOUNT_INVALID = "amount_invalid"
    AMOUNT_NEGATIVE = "amount_negative"
    AMOUNT_TOO_PRECISE = "amount_too_precise"
    AMOUNT_TOO_LARGE = "amount_too_large"
    CURRENCY_UNKNOWN = "currency_unknown"
    TIME_ZONE_UNKNOWN = "time_zone_unknown"
    TIME_INVALID = "time_invalid"
    INTEGER_INVALID = "integer_invalid"
    INTEGER_OUT_OF_RANGE = "integer_out_of_range"
    CHOICE_INVALID = "choice_invalid"
    TEXT_TOO_LONG = "text_too_long"
    BALANCE_NEEDS_CURRENCY = "balance_needs_currency"
    EXTENSION_INVALID = "extension_invalid"
    DATE_IN_PAST = "date_in_past"
    DATE_IN_FUTURE = "date_in_future"
    CONFIRMATION_MISMATCH = "confirmation_mismatch"
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    FILE_NOT_UTF8 = "file_not_utf8"
    NUMBER_REPEATED = "number_repeated"
    CARRIER_COUNTRY_MISMATCH = "carrier_country_mismatch"
    NUMBER_NEEDS_COUNTRY_CODE = "number_needs_country_code"
    # A warning, not a refusal: the number is kept (#13).
    NUMBER_NOT_IN_PLAN = "number_not_in_plan"


ENGLISH_TEMPLATES: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: "is required",
    ErrorCode.NUMBER_UNPARSABLE: "{value} is not a phone number; write it with its country code, "
    "e.g. +965 5000 1234",
    ErrorCode.NUMBER_INVALID: "{value} is not a valid number in any country's numbering plan",
    ErrorCode.NUMBER_DUPLICATE: "{value} is already kept as line {line_id}",
    ErrorCode.DATE_INVALID: "{value} is not a date (use YYYY-MM-DD)",
    ErrorCode.DATE_NO_SUCH_DAY: "{value} is not a date: {month_name} {year} has no day {day} "
    "(it has {days} days)",
    ErrorCode.DATE_NO_SUCH_MONTH: "{value} is not a date: there is no month {month_number} "
    "(months go from 01 to 12)",
    ErrorCode.DATE_OUT_OF_RANGE: "{value} is outside the dates kept ({low} to {high})",
    ErrorCode.AMOUNT_INVALID: "{value} is not an amount",
    ErrorCode.AMOUNT_NEGATIVE: "{value} is negative; amounts cannot be below zero",
    ErrorCode.AMOUNT_TOO_PRECISE: "{value} has more decimals than {currency} allows ({decimals})",
    ErrorCode.AMOUNT_TOO_LARGE: "{value} is too large",
    ErrorCode.CURRENCY_UNKNOWN: "{value} is not a known ISO 4217 currency code",
    ErrorCode.TIME_ZONE_UNKNOWN: "{value} is not a known time zone",
    ErrorCode.TIME_INVALID: "{value} is not a time of day (use HH:MM, e.g. 09:00)",
    ErrorCode.INTEGER_INVALID: "{value} is not a whole number",
    ErrorCode.INTEGER_OUT_OF_RANGE: "{value} must be between {low} and {high}",
    ErrorCode.CHOICE_INVALID: "{value} is not one of: {choices}",
    ErrorCode.TEXT_TOO_LONG: "is longer than {limit} characters",
    ErrorCode.BALANCE_NEEDS_CURRENCY: "a balance needs a currency",
    ErrorCode.EXTENSION_INVALID: "{value} is not a validity extension (use e.g. 30d, 1m, 1y)",
    ErrorCode.DATE_IN_PAST: "{value} is in the past",
    ErrorCode.DATE_IN_FUTURE: "{value} is in the future",
    ErrorCode.CONFIRMATION_MISMATCH: "{value} does not match the last four digits",
    ErrorCode.FILE_UNREADABLE: "{value} cannot be read ({reason})",
    ErrorCode.FILE_TOO_LARGE: "{value} is larger than {limit} MiB",
    ErrorCode.FILE_NOT_UTF8: "{value} is not UTF-8 text (byte {byte}); save it as “CSV UTF-8”",
    ErrorCode.NUMBER_REPEATED: "{value} is already on row {row} of this file",
    ErrorCode.CARRIER_COUNTRY_MISMATCH: "{value} is a carrier in {country}; the number is from "
    "{number_country}",
    ErrorCode.NUMBER_NEEDS_COUNTRY_CODE: "{value} could be a number in {country} ({carrier} is a "
    "carrier in each); write it with its country code",
    ErrorCode.NUMBER_NOT_IN_PLAN: "{value} is not in the numbering plan known to this version — "
    "check it",
}


# Between the country codes of an error's "country" parameter ("KW, OM, QA"); the GUI splits
# on it to name each country in the user's language.
COUNTRY_SEPARATOR = ", "


@dataclass(frozen=True)
class FieldError:
    """One refused value: which field, why (code), and the values the message needs."""

    field: str
    code: ErrorCode
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English sentence, e.g. `expires: 2026-02-31 is not a date (use YYYY-MM-DD)`."""
        return ENGLISH_TEMPLATES[self.code].format(**self.params)


class ValidationError(ValueError):
    """Raised when input is refused; carries every field error found, not just the first."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    @classmethod
    def single(cls, field_name: str, code: ErrorCode, **params: str) -> ValidationError:
        """A ValidationError holding exactly one field error."""
        return cls([FieldError(field_name, code, dict(params))])

    def for_field(self, field_name: str) -> list[FieldError]:
        """The errors that concern one field."""
        return [e for e in self.errors if e.field == field_name]
