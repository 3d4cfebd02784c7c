"""A line: one phone number kept alive, with its three clocks (validity, grace, keep-alive)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from numberkeeper.core.money import Money
from numberkeeper.core.validity import ValidityChain

# The validity of a prepaid line ends at the end of its last day, in the carrier's zone.
DEFAULT_CUTOFF = time(23, 59)
DEFAULT_GRACE_DAYS = 30


class LineKind(StrEnum):
    """What the number lives on."""

    PHYSICAL_SIM = "sim"
    ESIM = "esim"
    VIRTUAL = "virtual"


class LineStatus(StrEnum):
    """What the user has done with the line (the phase is derived from this and the clocks)."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class ActivityKind(StrEnum):
    """Chargeable actions that may count as keep-alive activity."""

    TOP_UP = "top_up"
    CALL = "call"
    SMS = "sms"
    DATA = "data"


@dataclass(frozen=True)
class KeepAliveRule:
    """ "A chargeable action every `every_days` days; these activities count"."""

    every_days: int
    counts: frozenset[ActivityKind] = frozenset(ActivityKind)


@dataclass(frozen=True)
class Balance:
    """Prepaid credit as last checked by the user."""

    amount: Money
    checked_on: date | None = None


@dataclass(frozen=True)
class LineFields:
    """Everything the user edits about a line; validated before it reaches the store."""

    number: str  # E.164
    country: str  # ISO 3166-1 alpha-2, inferred from the number
    expires_on: date
    time_zone: str
    label: str = ""
    carrier: str = ""
    kind: LineKind = LineKind.PHYSICAL_SIM
    plan: str = ""
    grace_days: int = DEFAULT_GRACE_DAYS
    keep_alive: KeepAliveRule | None = None
    balance: Balance | None = None
    status: LineStatus = LineStatus.ACTIVE
    resume_on: date | None = None
    linked_accounts: tuple[str, ...] = ()
    notes: str = ""
    portal_user: str = ""  # the carrier portal's user name (its password is in the keyring)


@dataclass(frozen=True)
class Line:
    """A stored line: its fields plus identity and bookkeeping times (UTC)."""

    id: int
    fields: LineFields
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None = None
    # The latest keep-alive activity its rule counts (from the activity log).
    last_activity_on: date | None = field(default=None)
    # The renewal chain the next renewal may continue (see core.validity).
    chain: ValidityChain | None = None
    # The number formatted for reading, stored with the line when it was written ("": not
    # stored, e.g. a Line built by hand).
    number_readable: str = ""

    @property
    def readable_number(self) -> str:
        """The number formatted for reading: `+965 500 01234`."""
        if self.number_readable:
            return self.number_readable
        from numberkeeper.core.phones import format_readable  # imports phonenumbers

        return format_readable(self.fields.number)

    def local_date(self, instant: datetime) -> date:
        """The calendar date at `instant` where the line's carrier is (its time zone)."""
        return instant.astimezone(ZoneInfo(self.fields.time_zone)).date()

    @property
    def display_name(self) -> str:
        """The label, or the number as the table shows it when the user gave none (#16)."""
        return self.fields.label or self.readable_number
