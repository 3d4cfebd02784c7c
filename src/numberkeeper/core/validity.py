"""Extending a line's validity: anchor + n × period, never chained additions.

Renewing a line whose validity ends on 31 January by one month gives 28/29 February; renewing
it again by one month gives 31 March — because the second renewal is computed as
31 January + 2 months, from the chain's anchor, not as 28 February + 1 month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from numberkeeper.core.errors import ErrorCode, ValidationError


class PeriodUnit(StrEnum):
    """The unit a carrier extends validity by."""

    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True)
class Extension:
    """How a renewal changes validity: `count` × `unit`, or an explicit new date (the carrier's
    SMS states it)."""

    unit: PeriodUnit | None = None
    count: int = 0
    new_expiry: date | None = None

    @classmethod
    def parse(cls, text: str, field_name: str = "extend") -> Extension:
        """ "30d", "1m", "1y" (also "+30 days", "2 months") → an Extension."""
        raw = text.strip().lower().lstrip("+").replace(" ", "")
        units = {"d": PeriodUnit.DAYS, "m": PeriodUnit.MONTHS, "y": PeriodUnit.YEARS}
        digits = "".join(ch for ch in raw if ch.isdigit())
        suffix = raw[len(digits) :]
        unit = units.get(suffix[:1]) if raw.startswith(digits) and suffix else None
        full = {"day": "d", "days": "d", "month": "m", "months": "m", "year": "y", "years": "y"}
        if unit is None or (len(suffix) > 1 and suffix not in full) or not digits:
            raise ValidationError.single(field_name, ErrorCode.EXTENSION_INVALID, value=text)
        count = int(digits)
        if not 1 <= count <= 3650:
            raise ValidationError.single(
                field_name, ErrorCode.INTEGER_OUT_OF_RANGE, value=digits, low="1", high="3650"
            )
        return cls(unit=unit, count=count)


@dataclass(frozen=True)
class ValidityChain:
    """Consecutive renewals that each extended the previous expiry: `anchor + count × unit`."""

    anchor: date
    unit: PeriodUnit
    count: int

    def end(self) -> date:
        """The expiry this chain gives."""
        # Imported here: only renewals need it, and the window's start does not (#2).
        from dateutil.relativedelta import relativedelta

        step = {
            PeriodUnit.DAYS: relativedelta(days=self.count),
            PeriodUnit.MONTHS: relativedelta(months=self.count),
            PeriodUnit.YEARS: relativedelta(years=self.count),
        }[self.unit]
        return self.anchor + step


@dataclass(frozen=True)
class Renewal:
    """The outcome of a renewal: the new expiry and the chain to remember for the next one."""

    new_expiry: date
    chain: ValidityChain | None


def renew(
    current_expiry: date, chain: ValidityChain | None, today: date, extension: Extension
) -> Renewal:
    """The new expiry after a renewal on `today` (the line's local date).

    Counted from the later of today and the current expiry. A renewal that extends an
    unbroken chain of the same unit continues it from the chain's anchor.
    """
    if extension.new_expiry is not None:
        if extension.new_expiry < today:
            raise ValidationError.single(
                "new_expiry", ErrorCode.DATE_IN_PAST, value=extension.new_expiry.isoformat()
            )
        return Renewal(extension.new_expiry, None)
    if extension.unit is None or extension.count < 1:
        raise ValueError("an Extension needs a unit and a positive count, or a new expiry")
    if today >= current_expiry:
        new_chain = ValidityChain(today, extension.unit, extension.count)
    elif chain and chain.unit is extension.unit and chain.end() == current_expiry:
        new_chain = ValidityChain(chain.anchor, chain.unit, chain.count + extension.count)
    else:
        new_chain = ValidityChain(current_expiry, extension.unit, extension.count)
    return Renewal(new_chain.end(), new_chain)
