"""Country names in the interface language (CLDR's, through Babel).

Asking Babel costs 25–60 ms the first time, because it unpickles and merges a whole locale;
the main window asks on its first paint (the carrier column says "Zain · Kuwait"). So the
names for the languages the app is translated into are shipped ready in
resources/territories.json (`make cldr`: numberkeeper/cldr_snapshot.py). Any other language
asks Babel.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache

from numberkeeper.resources import resource_path

TERRITORIES_FILE = "territories.json"


def cldr_country_names(language: str) -> dict[str, str]:
    """Every country's name (two-letter codes; no regions like "419") in `language`, from Babel."""
    from babel import Locale

    territories = Locale.parse(language).territories
    return {code: str(name) for code, name in sorted(territories.items()) if len(code) == 2}


@cache
def shipped_country_names() -> dict[str, dict[str, str]]:
    """The names in resources/territories.json, by language; empty if the file is missing."""
    try:
        with resource_path(TERRITORIES_FILE).open(encoding="utf-8") as f:
            names: dict[str, dict[str, str]] = json.load(f)
    except FileNotFoundError:
        return {}
    return names


@lru_cache(maxsize=1024)
def country_name(code: str, language: str) -> str:
    """A country's name in `language` ("en", "zh_CN", …); the code itself if unknown."""
    code = code.upper()
    shipped = shipped_country_names().get(language)
    if shipped is not None:
        return shipped.get(code, code)
    from babel import UnknownLocaleError

    try:
        return cldr_country_names(language).get(code, code)
    except (UnknownLocaleError, ValueError):
        return code
