"""What a person types in any field, read or refused by name: a date (YYYY-MM-DD within the
years a line can reach), a whole number within bounds, a text not longer than its limit.

Every form uses these — a line, a renewal, a keep-alive activity, a receipt, the CLI's options —
so the same typing gets the same answer and the same error code everywhere.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError

# The dates a person may type. Python's dates end at 9999-12-31, and a line's deadlines add
# up to two times ten years (grace, keep-alive) to its expiry: a date near either end of
# Python's range would be accepted here and break every later reading of the line.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
# Exactly YYYY-MM-DD: date.fromisoformat also takes "20261231" and "2026-W52-7".
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_WHOLE_NUMBER = re.compile(r"[+-]?\d+")
# English month names for the core's own messages (calendar.month_name follows the C locale).
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def parse_date(text: str, field_name: str) -> date:
    """An ISO date (YYYY-MM-DD) from EARLIEST_DATE to LATEST_DATE; "2026-02-31" is refused
    with a message naming the field."""
    raw = text.strip()
    if not raw:
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    if not _ISO_DATE.fullmatch(raw):
        raise ValidationError.single(field_name, ErrorCode.DATE_INVALID, value=raw)
    year, month, day_of_month = (int(part) for part in raw.split("-"))
    # The format is right: say what is wrong with the date itself (#16), not "use YYYY-MM-DD".
    if not 1 <= month <= 12:
        raise ValidationError.single(
            field_name, ErrorCode.DATE_NO_SUCH_MONTH, value=raw, month_number=f"{month:02d}"
        )
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:  # Python has no year 0000
        raise _out_of_range(raw, field_name)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day_of_month <= days:
        raise ValidationError.single(
            field_name,
            ErrorCode.DATE_NO_SUCH_DAY,
            value=raw,
            year=str(year),
            month=str(month),
            month_name=_MONTH_NAMES[month - 1],
            day=str(day_of_month),
            days=str(days),
        )
    day = date(year, month, day_of_month)
    check_date_range(day, field_name)
    return day


def check_date_range(day: date, field_name: str) -> None:
    """Refuse a date outside EARLIEST_DATE … LATEST_DATE (e.g. one reached by an extension)."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise _out_of_range(day.isoformat(), field_name)


def _out_of_range(value: str, field_name: str) -> ValidationError:
    return ValidationError.single(
        field_name,
        ErrorCode.DATE_OUT_OF_RANGE,
        value=value,
        low=EARLIEST_DATE.isoformat(),
        high=LATEST_DATE.isoformat(),
    )


def parse_int(text: str, field_name: str, low: int, high: int) -> int:
    """A whole number within [low, high]."""
    raw = text.strip()
    # Digits only (any script's, as int() reads them): int() alone also takes "1_0" as 10.
    try:
        if not _WHOLE_NUMBER.fullmatch(raw):
            raise ValueError(raw)
        value = int(raw)  # ValueError past 4,300 digits, too
    except ValueError:
        raise ValidationError.single(field_name, ErrorCode.INTEGER_INVALID, value=raw) from None
    if not low <= value <= high:
        raise ValidationError.single(
            field_name, ErrorCode.INTEGER_OUT_OF_RANGE, value=raw, low=str(low), high=str(high)
        )
    return value


def too_long(texts: dict[str, str], limit: int) -> list[FieldError]:
    """A TEXT_TOO_LONG error for each text (keyed by field) longer than `limit` once stripped:
    a long text is refused where it was typed, never cut."""
    return [
        FieldError(name, ErrorCode.TEXT_TOO_LONG, {"limit": str(limit)})
        for name, text in texts.items()
        if len(text.strip()) > limit
    ]
