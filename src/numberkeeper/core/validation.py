"""Turn what a person typed for a line into validated `LineFields`, or name every bad field.

Both faces use this: the GUI shows each error under its field, the CLI prints the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from numberkeeper.core.carriers import Carrier, CarrierCatalog, default_time_zone
from numberkeeper.core.errors import COUNTRY_SEPARATOR, ErrorCode, FieldError, ValidationError
from numberkeeper.core.lines import (
    DEFAULT_GRACE_DAYS,
    ActivityKind,
    Balance,
    KeepAliveRule,
    LineFields,
    LineKind,
    LineStatus,
)
from numberkeeper.core.money import check_currency, parse_money
from numberkeeper.core.phones import (
    PhoneNumber,
    format_readable,
    in_numbering_plan,
    is_international,
    parse_phone,
)
from numberkeeper.core.time_zones import check_time_zone
from numberkeeper.core.typed_values import parse_date, parse_int, too_long

MAX_LABEL = 80
MAX_NOTES = 10_000
MAX_GRACE_DAYS = 3650
MAX_KEEP_ALIVE_DAYS = 3650


@dataclass(frozen=True)
class LineInput:
    """A line as typed: every value a string, exactly as the person entered it."""

    number: str
    expires: str
    label: str = ""
    carrier: str = ""
    kind: str = LineKind.PHYSICAL_SIM.value
    plan: str = ""
    time_zone: str = ""
    grace_days: str = ""
    keep_alive_days: str = ""
    keep_alive_counts: str = ""  # comma-separated ActivityKind values; empty = all count
    balance_amount: str = ""
    balance_currency: str = ""
    balance_checked_on: str = ""
    status: str = LineStatus.ACTIVE.value
    resume_on: str = ""
    linked_accounts: str = ""  # one per line or comma-separated
    notes: str = ""
    portal_user: str = ""


_E = TypeVar("_E", LineKind, LineStatus, ActivityKind)
_T = TypeVar("_T")


def _choice(enum: type[_E], text: str, field_name: str) -> _E:
    raw = text.strip().lower()
    try:
        return enum(raw)
    except ValueError:
        raise ValidationError.single(
            field_name,
            ErrorCode.CHOICE_INVALID,
            value=text.strip(),
            choices=", ".join(e.value for e in enum),
        ) from None


class _Collector:
    """Runs each field group's reader and keeps every error, so all bad fields are named at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def read(self, reader: Callable[[], _T], refused: _T) -> _T:
        """What `reader` returns; `refused` when it raises, its errors kept."""
        try:
            return reader()
        except ValidationError as e:
            self.errors.extend(e.errors)
            return refused


def validate_line(inp: LineInput, catalog: CarrierCatalog | None = None) -> LineFields:
    """Validate every field of `inp`; raise one ValidationError listing all that are wrong."""
    errors = _Collector()
    known = catalog or CarrierCatalog(())
    phone = errors.read(lambda: read_number(inp, known), None)
    region = phone.region if phone else None
    preset = _preset(inp, known, region, errors)
    expires_on = errors.read(lambda: parse_date(inp.expires, "expires"), None)
    time_zone = errors.read(lambda: _time_zone(inp, preset, region), None)
    grace_days = errors.read(lambda: _grace_days(inp, preset), DEFAULT_GRACE_DAYS)
    keep_alive = errors.read(lambda: _keep_alive(inp, preset), None)
    balance = errors.read(lambda: _balance(inp), None)
    kind = errors.read(
        lambda: _choice(LineKind, inp.kind or LineKind.PHYSICAL_SIM.value, "kind"),
        LineKind.PHYSICAL_SIM,
    )
    status = errors.read(
        lambda: _choice(LineStatus, inp.status or LineStatus.ACTIVE.value, "status"),
        LineStatus.ACTIVE,
    )
    resume_on = errors.read(lambda: _resume_on(inp, status), None)
    label = inp.label.strip()
    notes = inp.notes.strip()
    errors.errors += too_long({"label": label}, MAX_LABEL) + too_long({"notes": notes}, MAX_NOTES)

    if errors.errors:
        raise ValidationError(errors.errors)
    assert phone is not None
    assert expires_on is not None
    assert time_zone is not None
    return LineFields(
        number=phone.e164,
        country=phone.region,
        expires_on=expires_on,
        time_zone=time_zone,
        label=label,
        carrier=preset.id if preset else inp.carrier.strip(),
        kind=kind,
        plan=inp.plan.strip(),
        grace_days=grace_days,
        keep_alive=keep_alive,
        balance=balance,
        status=status,
        resume_on=resume_on,
        linked_accounts=split_accounts(inp.linked_accounts),
        notes=notes,
        portal_user=inp.portal_user.strip(),
    )


def _preset(
    inp: LineInput, catalog: CarrierCatalog, region: str | None, errors: _Collector
) -> Carrier | None:
    """The preset carrier typed, if any: of the number's country when the name is shared by
    several countries' carriers. A preset of another country than the number's is refused."""
    candidates = catalog.matching(inp.carrier) if inp.carrier.strip() else []
    preset = catalog.resolve(inp.carrier, region) if candidates else None
    if preset and preset.country and region and region != preset.country:
        # A preset carrier gives numbers of its own country only; its zone and currency
        # would be wrong for this number.
        errors.errors.append(
            FieldError(
                "carrier",
                ErrorCode.CARRIER_COUNTRY_MISMATCH,
                {
                    "value": preset.name(),
                    "country": COUNTRY_SEPARATOR.join(_countries(candidates)),
                    "number_country": region,
                },
            )
        )
    return preset


def _time_zone(inp: LineInput, preset: Carrier | None, region: str | None) -> str | None:
    """The zone typed, else the preset's, else the number's country's (required when the
    country has several); None only when the number was refused."""
    if inp.time_zone.strip():
        return check_time_zone(inp.time_zone)
    if preset and preset.time_zone:
        return preset.time_zone
    if not region:
        return None
    time_zone = default_time_zone(region)
    if time_zone is None:
        raise ValidationError.single("time_zone", ErrorCode.REQUIRED)
    return time_zone


def _grace_days(inp: LineInput, preset: Carrier | None) -> int:
    """The grace days typed, else the preset's, else the default."""
    if inp.grace_days.strip():
        return parse_int(inp.grace_days, "grace_days", 0, MAX_GRACE_DAYS)
    if preset and preset.grace_days is not None:
        return preset.grace_days
    return DEFAULT_GRACE_DAYS


def _resume_on(inp: LineInput, status: LineStatus) -> date | None:
    """The day a suspended line resumes. Checked even when unused (a line that is not
    suspended): a typo is never dropped silently."""
    if not inp.resume_on.strip():
        return None
    typed_resume_on = parse_date(inp.resume_on, "resume_on")
    return typed_resume_on if status is LineStatus.SUSPENDED else None


def _countries(carriers: list[Carrier]) -> list[str]:
    """The countries of these presets, each once, in catalog order."""
    return list(dict.fromkeys(c.country for c in carriers if c.country))


def _number_for_carrier(typed: str, carrier: str, candidates: list[Carrier]) -> PhoneNumber:
    """Parse the typed number; a local one (no +) is read in the carrier's country.

    When the carrier's name exists in several countries (Ooredoo: Kuwait, Oman, Qatar), a local
    number is read in each: if only one country can have it, that is the one; if several can,
    the user is asked for the country code rather than given a guess (#13). Even a reading the
    metadata knows is no proof: a new Kuwaiti range can be a known Bahraini one.
    """
    countries = _countries(candidates)
    if is_international(typed) or len(countries) <= 1:
        return parse_phone(typed, countries[0] if countries else None)
    readings: list[PhoneNumber] = []
    refusal: ValidationError | None = None
    for country in countries:
        try:
            readings.append(parse_phone(typed, country))
        except ValidationError as e:
            refusal = refusal or e
    if len(readings) == 1:
        return readings[0]
    if not readings:
        assert refusal is not None
        raise refusal
    raise ValidationError.single(
        "number",
        ErrorCode.NUMBER_NEEDS_COUNTRY_CODE,
        value=typed.strip(),
        carrier=carrier,
        country=COUNTRY_SEPARATOR.join(p.region for p in readings),
    )


def read_number(inp: LineInput, catalog: CarrierCatalog) -> PhoneNumber:
    """The typed number as `validate_line` reads it (a local one in its carrier's country)."""
    candidates = catalog.matching(inp.carrier) if inp.carrier.strip() else []
    return _number_for_carrier(inp.number, inp.carrier.strip(), candidates)


def number_warnings(e164: str) -> list[FieldError]:
    """What is kept but worth a second look: a number outside the known numbering plan (#13)."""
    if in_numbering_plan(e164):
        return []
    readable = format_readable(e164)
    return [FieldError("number", ErrorCode.NUMBER_NOT_IN_PLAN, {"value": readable})]


def line_warnings(fields: LineFields) -> list[FieldError]:
    """What is kept of a line but worth a second look (see `number_warnings`)."""
    return number_warnings(fields.number)


def split_accounts(text: str) -> tuple[str, ...]:
    """Linked accounts typed one per line or comma-separated, de-duplicated, order kept."""
    seen: dict[str, None] = {}
    for part in text.replace("\n", ",").split(","):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return tuple(seen)


def _keep_alive(inp: LineInput, preset: Carrier | None) -> KeepAliveRule | None:
    """The keep-alive rule typed, else the preset's, else none; the kinds that count."""
    preset_days = preset.keep_alive_days if preset else None
    kinds = [k for k in inp.keep_alive_counts.replace(" ", "").split(",") if k]
    counts = (  # checked even without a rule: a typo is never dropped silently
        frozenset(_choice(ActivityKind, k, "keep_alive_counts") for k in kinds)
        if kinds
        else frozenset(ActivityKind)
    )
    raw_days = inp.keep_alive_days.strip()
    if not raw_days and preset_days is None:
        return None
    days = (
        parse_int(raw_days, "keep_alive_days", 1, MAX_KEEP_ALIVE_DAYS)
        if raw_days
        else int(preset_days or 0)
    )
    return KeepAliveRule(every_days=days, counts=counts)


def _balance(inp: LineInput) -> Balance | None:
    """The balance last seen, if an amount was typed; it needs a currency."""
    amount = inp.balance_amount.strip()
    # The currency and the date are checked even without an amount: a typo is never dropped
    # silently.
    currency = inp.balance_currency.strip()
    if currency:
        currency = check_currency(currency, "balance_currency")
    checked = (
        parse_date(inp.balance_checked_on, "balance_checked_on")
        if inp.balance_checked_on.strip()
        else None
    )
    if not amount:
        return None
    if not currency:
        raise ValidationError.single("balance_currency", ErrorCode.BALANCE_NEEDS_CURRENCY)
    return Balance(parse_money(amount, currency, "balance_amount"), checked)


def input_from_fields(f: LineFields) -> LineInput:
    """The typed form of stored fields: what an edit dialog or `edit` command starts from."""
    rule = f.keep_alive
    return LineInput(
        number=f.number,
        expires=f.expires_on.isoformat(),
        label=f.label,
        carrier=f.carrier,
        kind=f.kind.value,
        plan=f.plan,
        time_zone=f.time_zone,
        grace_days=str(f.grace_days),
        keep_alive_days=str(rule.every_days) if rule else "",
        keep_alive_counts=",".join(sorted(k.value for k in rule.counts)) if rule else "",
        balance_amount=f.balance.amount.amount_text() if f.balance else "",
        balance_currency=f.balance.amount.currency if f.balance else "",
        balance_checked_on=(
            f.balance.checked_on.isoformat() if f.balance and f.balance.checked_on else ""
        ),
        status=f.status.value,
        resume_on=f.resume_on.isoformat() if f.resume_on else "",
        linked_accounts="\n".join(f.linked_accounts),
        notes=f.notes,
        portal_user=f.portal_user,
    )
