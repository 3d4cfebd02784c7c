"""Carrier presets (read from resources/carriers.json by the caller) and time-zone defaults.

Grace and keep-alive figures are unverified unless the preset cites a source: the app says so.
What one carrier's own terms say (a fee, a receipt's format) is a `CarrierFact` of that preset,
with its source, so a line is never told another carrier's rules (#16).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


def in_language(texts: Mapping[str, str], language: str) -> str | None:
    """The text of a preset in `language`: its own key, else its language without the region,
    else English.

    Keys are "en", "zh" (Simplified Chinese), "zh_TW" (Traditional) and "ar" (#18). Every preset
    in resources/carriers.json has all four (tests/core/test_carrier_facts.py); the fallback
    from "zh_TW" to "zh" is for a preset added with Simplified only: the reader of Traditional
    gets Chinese, not English.
    """
    base = language.split("_", 1)[0]
    return texts.get(language) or texts.get(base) or texts.get("en")


@dataclass(frozen=True)
class CarrierFact:
    """Something one carrier's own terms or pages say, shown on that carrier's lines only (#16).

    `errand` and `step` are the ids of the checklist step it belongs to (core.checklists);
    `channel`, when not empty, limits it to one renewal channel (core.receipts.Channel).
    `texts` holds the sentence by language ("en", "zh", "zh_TW", "ar"); `source` is where it was
    read.
    """

    errand: str
    step: str
    channel: str
    texts: Mapping[str, str]
    source: str

    def text(self, language: str = "en") -> str:
        """The sentence in `language` ("en", "zh", "zh_TW", "ar"); see `in_language`."""
        return in_language(self.texts, language) or ""


@dataclass(frozen=True)
class Carrier:
    """One carrier preset."""

    id: str
    names: Mapping[str, str]  # "en", "zh", "zh_TW", "ar"
    country: str
    time_zone: str
    currency: str
    recharge_amounts: tuple[str, ...]
    grace_days: int | None
    keep_alive_days: int | None
    verified: bool
    website: str
    sources: tuple[str, ...]
    facts: tuple[CarrierFact, ...] = ()

    def facts_for(self, errand: str, step: str, channel: str = "") -> tuple[CarrierFact, ...]:
        """This carrier's facts for one checklist step (and, when given, one channel)."""
        return tuple(
            f for f in self.facts if (f.errand, f.step, f.channel) == (errand, step, channel)
        )

    def name(self, language: str = "en") -> str:
        """The name in `language` ("en", "zh", "zh_TW", "ar"); see `in_language`."""
        return in_language(self.names, language) or self.id


class CarrierCatalog:
    """The presets, looked up by id or by any of their names."""

    def __init__(self, carriers: Iterable[Carrier]) -> None:
        self.carriers: tuple[Carrier, ...] = tuple(carriers)
        self._by_id = {c.id: c for c in self.carriers}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CarrierCatalog:
        """Build from the parsed carriers.json document."""
        return cls(_carrier_from_json(item) for item in data.get("carriers", []))

    def get(self, key: str) -> Carrier | None:
        """The preset whose id or any name equals `key` (case-insensitive), if any: the first
        when a name is shared by several countries (use `resolve` when the country is known)."""
        matches = self.matching(key)
        return matches[0] if matches else None

    def matching(self, key: str) -> list[Carrier]:
        """Every preset whose id or any name equals `key` (case-insensitive), in catalog order.

        Names are shared across countries ("Ooredoo" in Kuwait, Oman and Qatar; "Zain", "stc",
        "Vodafone"): only the number's country tells which one is meant (#13).
        """
        if key in self._by_id:
            return [self._by_id[key]]
        folded = key.strip().casefold()
        return [
            c
            for c in self.carriers
            if c.id == folded or any(n.casefold() == folded for n in c.names.values())
        ]

    def resolve(self, key: str, country: str | None) -> Carrier | None:
        """The preset `key` means for a number of `country`: the one of that country when the
        name is shared, else the first match (whose country then differs), else None."""
        matches = self.matching(key)
        if country:
            mine = [c for c in matches if c.country == country.upper()]
            if mine:
                return mine[0]
        return matches[0] if matches else None

    def for_country(self, country: str) -> list[Carrier]:
        """Presets of one country (ISO alpha-2)."""
        return [c for c in self.carriers if c.country == country.upper()]

    def display_name(self, carrier: str, language: str = "en") -> str:
        """A line's carrier as shown: a preset's localised name, or the free text as typed."""
        preset = self._by_id.get(carrier)
        return preset.name(language) if preset else carrier


def _carrier_from_json(item: Mapping[str, Any]) -> Carrier:
    return Carrier(
        id=str(item["id"]),
        names={str(k): str(v) for k, v in dict(item.get("name", {})).items() if v},
        country=str(item.get("country", "")).upper(),
        time_zone=str(item.get("time_zone", "")),
        currency=str(item.get("currency", "")),
        recharge_amounts=tuple(str(a) for a in item.get("recharge_amounts") or ()),
        grace_days=_optional_int(item.get("grace_days")),
        keep_alive_days=_optional_int(item.get("keep_alive_days")),
        verified=bool(item.get("verified", False)),
        website=str(item.get("website") or ""),
        sources=tuple(str(s) for s in item.get("sources") or ()),
        facts=tuple(_fact_from_json(fact) for fact in item.get("facts") or ()),
    )


def _fact_from_json(item: Mapping[str, Any]) -> CarrierFact:
    return CarrierFact(
        errand=str(item["errand"]),
        step=str(item["step"]),
        channel=str(item.get("channel") or ""),
        texts={str(k): str(v) for k, v in dict(item["text"]).items() if v},
        source=str(item["source"]),
    )


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def default_time_zone(country: str) -> str | None:
    """The IANA zone for a country that has one, from CLDR (Babel's territory zones).

    Countries spanning several zones get None and the user picks, except China, which keeps
    one official time (Beijing Time) everywhere.
    """
    from babel.core import get_global  # Babel's data loads when a zone is first asked for

    zones: list[str] = list(get_global("territory_zones").get(country.upper(), []))
    if len(zones) == 1 or (country.upper() == "CN" and zones):
        return zones[0]
    return None
