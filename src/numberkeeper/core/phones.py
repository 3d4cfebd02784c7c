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
    """A validated number: E.164 for storage and the region it belongs to."""

    e164: str
    region: str


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
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError.single(field_name, ErrorCode.NUMBER_INVALID, value=raw)
    region = phonenumbers.region_code_for_number(parsed) or ""
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    return PhoneNumber(e164=e164, region=region)


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
