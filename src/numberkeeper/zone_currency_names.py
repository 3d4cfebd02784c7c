"""Time zones and currencies to pick from, named in the user's language, the line's country's first.

The pickers showed bare IANA ids (Asia/Kuwait, Africa/Abidjan…) and every ISO 4217 code ever
issued, obsolete ones included (ADP, AFA, ALK…) (#16). These lists give each zone its CLDR name
("科威特时间", "United States (New York) Time") beside its id, and only the currencies some
country uses today, by their CLDR names ("科威特第纳尔"). What is stored stays the id or the code.

The zones are those of the tz database's zone.tab (one line per zone and country, current ids:
Asia/Kolkata, not Asia/Calcutta), plus UTC. Babel's data loads on the first call (40–100 ms):
call these when a picker opens, never before the first paint (#2). No Qt here: the GUI and any
other face can use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from numberkeeper.core.money import known_currencies

UTC = "UTC"


@dataclass(frozen=True)
class Choice:
    """One item of a picker: what is stored (`code`) and what the user reads (`name`)."""

    code: str  # an IANA zone id or an ISO 4217 code
    name: str  # in the user's language; the code itself when CLDR has no name
    home: bool  # used in the line's country: listed first


@cache
def zone_countries() -> dict[str, tuple[str, ...]]:
    """Each zone of zone.tab (current ids), with the countries (ISO alpha-2) that use it."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    countries: dict[str, tuple[str, ...]] = {}
    for row in table.splitlines():
        if row and not row.startswith("#"):
            country, _coordinates, zone = row.split("\t")[:3]
            countries[zone] = (*countries.get(zone, ()), country)
    return countries


def time_zone_choices(language: str, country: str = "") -> list[Choice]:
    """Every zone, named in `language` ("zh_CN", "en"), `country`'s zones first, then by id."""
    names = _zone_names(_babel_locale(language))
    home = {zone for zone, users in zone_countries().items() if country.upper() in users}
    return _ordered((Choice(zone, name, zone in home) for zone, name in names.items()))


def currency_choices(language: str, today: date, country: str = "") -> list[Choice]:
    """The currencies some country uses on `today`, named in `language`, `country`'s first."""
    from babel.numbers import get_territory_currencies

    names = _currency_names(_babel_locale(language), today)
    home = set(get_territory_currencies(country.upper(), today)) if country else set()
    return _ordered((Choice(code, name, code in home) for code, name in names.items()))


def _ordered(choices: Iterable[Choice]) -> list[Choice]:
    return sorted(choices, key=lambda c: (not c.home, c.code))


def _babel_locale(language: str) -> str:
    """The Babel locale for an interface language; English for one Babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return "en"


@cache
def _zone_names(locale: str) -> dict[str, str]:
    from babel.dates import get_timezone_location, get_timezone_name

    names = {zone: get_timezone_location(zone, locale=locale) for zone in zone_countries()}
    # CLDR has no place for UTC ("Unknown Region (UTC) Time"): its own long name instead.
    names[UTC] = get_timezone_name(UTC, width="long", zone_variant="standard", locale=locale)
    return names


@cache
def _currency_names(locale: str, today: date) -> dict[str, str]:
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies

    in_use = {
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, today)
    }
    # Only codes the core accepts (core.money): the list never offers what a save refuses.
    return {code: get_currency_name(code, locale=locale) for code in in_use & known_currencies()}
