"""The CLDR snapshots read at start-up say what Babel says; country names and decimals."""

from __future__ import annotations

from pathlib import Path

import pytest

from numberkeeper.cldr_snapshot import (
    cldr_currency_digits,
    currency_module_text,
    snapshot_currency_digits,
    territories_json_text,
)
from numberkeeper.core import currency_digits
from numberkeeper.core.money import NOT_MONEY, Money, known_currencies, precision
from numberkeeper.resources import resource_path
from numberkeeper.territory_names import (
    cldr_country_names,
    country_name,
    shipped_country_names,
)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
INTERFACE_LANGUAGES = sorted(
    p.stem.removeprefix("numberkeeper_") for p in TRANSLATIONS.glob("*.ts")
)


def test_every_interface_language_is_shipped() -> None:
    assert INTERFACE_LANGUAGES == ["ar", "en", "zh_CN", "zh_TW"]  # #18: Arabic, Traditional
    assert sorted(shipped_country_names()) == INTERFACE_LANGUAGES


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_shipped_names_match_babel(language: str) -> None:
    # When this fails after a Babel upgrade (or a new translation): `make cldr`.
    assert shipped_country_names()[language] == cldr_country_names(language)


def test_the_snapshots_are_what_make_cldr_writes_today() -> None:
    # When this fails after a Babel upgrade (or a new translation): `make cldr`.
    module = Path(currency_digits.__file__).read_text(encoding="utf-8")
    assert module == currency_module_text(currency_digits.CURRENCY_DIGITS)
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
    assert country_name("CN", "zh_TW") == "中國"
    assert country_name("QA", "zh_TW") == "卡達"  # Taiwan's name, not Simplified's 卡塔尔
    assert country_name("KW", "ar") == "الكويت"
    assert country_name("OM", "ar") == "عُمان"


def test_other_languages_ask_babel() -> None:
    assert "fr" not in shipped_country_names()
    assert country_name("DE", "fr") == "Allemagne"


def test_unknown_codes_and_languages_give_the_code() -> None:
    assert country_name("AA", "en") == "AA"
    assert country_name("KW", "xx_YY") == "KW"


def test_every_currency_cldr_knows_is_shipped() -> None:
    # All but the codes that are no money (gold, "no currency", the testing code …: #15).
    assert set(cldr_currency_digits()) - NOT_MONEY <= known_currencies()
    assert not NOT_MONEY & known_currencies()


def test_a_shipped_currency_keeps_its_decimals_when_cldr_changes_them() -> None:
    # Stored amounts are minor units: HUF 1500.00 is stored as 150000. Were HUF to become a
    # zero-decimal currency, that amount would read as HUF 150000 (#13).
    cldr = cldr_currency_digits()
    changed = {code: 1 - min(digits, 1) for code, digits in cldr.items() if code in {"HUF", "KWD"}}
    merged = snapshot_currency_digits(changed)
    assert merged["HUF"] == changed["HUF"] != cldr["HUF"]
    assert merged["KWD"] == changed["KWD"] != cldr["KWD"]
    assert merged["JPY"] == cldr["JPY"]  # codes not shipped yet take CLDR's decimals


def test_a_currency_cldr_drops_stays_shipped() -> None:
    assert snapshot_currency_digits({"XQQ": 2})["XQQ"] == 2


def test_the_decimals_of_amounts_already_stored() -> None:
    # The decimals every earlier release stored these codes with (#13: CLDR 48 changed them).
    assert [precision(code) for code in ("HUF", "IDR", "COP", "RSD")] == [2, 2, 2, 0]
