"""Phone numbers: parse what the user typed, store E.164, infer the country.

Validation uses the phonenumbers library's metadata (phonenumberslite), never a hand-written
pattern, so a new Kuwaiti or Omani range is known as soon as the library is updated.

The library is imported on first use: it takes ~20 ms, and the main window does not need it
to show the lines (their readable form is stored with them, see Line.readable_number).
"""

from __future__ import annotations

from dataclasses import dataclass

from numberkeeper.core.errors import ErrorCode, ValidationError


@dataclass(frozen=True)
class PhoneNumber:
    """A validated number: E.164 for storage and the region it belongs to.

    `in_plan` is False for a number of the right length for its country whose range the
    installed metadata does not know (#13): metadata lags new allocations, so such a number is
    kept, with a warning that asks the user to check it.
    """

    e164: str
    region: str
    in_plan: bool = True


def is_international(text: str) -> bool:
    """True when the typed number carries its country code (+… or 00…)."""
    raw = text.strip()
    return raw.startswith(("+", "00"))


def parse_phone(
    text: str, default_region: str | None = None, field_name: str = "number"
) -> PhoneNumber:
    """Parse and validate a number typed by a person.

    `default_region` (an ISO country code, e.g. "KW") lets people type a local number without
    the country code; without it the number must start with + or 00.
    """
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    raw = text.strip()
    if not raw:
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    candidate = "+" + raw[2:] if raw.startswith("00") else raw
    try:
        parsed = phonenumbers.parse(candidate, default_region)
    except NumberParseException:
        raise ValidationError.single(field_name, ErrorCode.NUMBER_UNPARSABLE, value=raw) from None
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(parsed):
        return PhoneNumber(e164=e164, region=phonenumbers.region_code_for_number(parsed) or "")
    # Not in a known range. Of the right length for its country, it may be a new allocation:
    # kept, under its country's main region (+1 → US), with a warning (#13).
    possible = phonenumbers.is_possible_number_with_reason(parsed)
    region = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
    if possible != phonenumbers.ValidationResult.IS_POSSIBLE or not _geographic(region):
        raise ValidationError.single(field_name, ErrorCode.NUMBER_INVALID, value=raw)
    return PhoneNumber(e164=e164, region=region, in_plan=False)


def _geographic(region: str) -> bool:
    """A country's region code, not "ZZ" (unknown) or "001" (non-geographic, e.g. +800)."""
    return len(region) == 2 and region.isalpha() and region != "ZZ"


def in_numbering_plan(e164: str) -> bool:
    """True when the installed metadata knows the stored number's range."""
    import phonenumbers
    from phonenumbers import NumberParseException

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(e164, None)))
    except NumberParseException:
        return False


def format_readable(e164: str) -> str:
    """A stored E.164 number formatted for reading (`+965 500 01234`); unchanged if it does
    not parse."""
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        parsed = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)


def formatting_version() -> str:
    """Which release of the phone-number metadata `format_readable` follows."""
    import phonenumbers

    return str(phonenumbers.__version__)
