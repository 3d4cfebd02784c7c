"""The CLDR snapshots read at start-up say what Babel says; country names and decimals."""

from __future__ import annotations

from pathlib import Path

import pytest

from numberkeeper.cldr_snapshot import currency_module_text, territories_json_text
from numberkeeper.core import currency_digits
from numberkeeper.core.money import Money, known_currencies, precision
from numberkeeper.resources import resource_path
from numberkeeper.territory_names import (
    cldr_country_names,
    country_name,
    shipped_country_names,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
INTERFACE_LANGUAGES = sorted(
    p.stem.removeprefix("numberkeeper_") for p in TRANSLATIONS.glob("*.ts")
)


def test_every_interface_language_is_shipped() -> None:
    assert INTERFACE_LANGUAGES == ["en", "zh_CN"]
    assert sorted(shipped_country_names()) == INTERFACE_LANGUAGES


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_shipped_names_match_babel(language: str) -> None:
    # When this fails after a Babel upgrade (or a new translation): `make cldr`.
    assert shipped_country_names()[language] == cldr_country_names(language)


def test_the_snapshots_are_what_make_cldr_writes_today() -> None:
    # When this fails after a Babel upgrade (or a new translation): `make cldr`.
    module = Path(currency_digits.__file__).read_text(encoding="utf-8")
    assert module == currency_module_text()
    shipped = resource_path("territories.json").read_text(encoding="utf-8")
    assert shipped == territories_json_text(INTERFACE_LANGUAGES)


def test_currency_decimals() -> None:
    assert precision("KWD") == 3
    assert precision("OMR") == 3
    assert precision("CNY") == 2
    assert precision("JPY") == 0
    assert precision("XXZ") == 2  # CLDR's default for a code it does not list
    assert {"KWD", "OMR", "USD", "CNY"} <= known_currencies()
    assert "XXZ" not in known_currencies()
    assert Money(12345, "KWD").amount_text() == "12.345"


def test_names_in_the_interface_language() -> None:
    assert country_name("KW", "en") == "Kuwait"
    assert country_name("om", "en") == "Oman"
    assert country_name("KW", "zh_CN") == "科威特"
    assert country_name("CN", "zh_CN") == "中国"


def test_other_languages_ask_babel() -> None:
    assert "fr" not in shipped_country_names()
    assert country_name("DE", "fr") == "Allemagne"


def test_unknown_codes_and_languages_give_the_code() -> None:
    assert country_name("AA", "en") == "AA"
    assert country_name("KW", "xx_YY") == "KW"
