"""The pickers' lists: zones and currencies named in the user's language, the line's country's
first, only currencies in use (#16)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from numberkeeper.core.money import known_currencies
from numberkeeper.zone_currency_names import currency_choices, time_zone_choices

TODAY = date(2026, 11, 22)


def test_zones_are_named_in_chinese_with_the_lines_country_first() -> None:
    zones = time_zone_choices("zh_CN", "KW")
    assert (zones[0].code, zones[0].name, zones[0].home) == ("Asia/Kuwait", "科威特时间", True)
    assert not any(z.home for z in zones[1:])
    muscat = next(z for z in zones if z.code == "Asia/Muscat")
    assert muscat.name == "阿曼时间"
    assert next(z for z in zones if z.code == "UTC").name == "协调世界时"


def test_a_country_with_several_zones_lists_them_all_first() -> None:
    zones = time_zone_choices("en", "US")
    home = [z.code for z in zones if z.home]
    assert "America/New_York" in home
    assert "America/Los_Angeles" in home
    assert zones[: len(home)] == [z for z in zones if z.home]
    new_york = next(z for z in zones if z.code == "America/New_York")
    assert new_york.name == "United States (New York) Time"


def test_zones_are_current_ids_that_this_machine_knows() -> None:
    codes = [z.code for z in time_zone_choices("en")]
    assert len(codes) == len(set(codes)) > 300
    assert "Asia/Kolkata" in codes
    assert "Asia/Calcutta" not in codes  # an old alias
    assert "US/Eastern" not in codes
    for code in codes:
        ZoneInfo(code)
    assert codes == sorted(codes)  # no home country: by id


def test_currencies_in_use_only_named_in_chinese_the_countrys_first() -> None:
    currencies = currency_choices("zh_CN", TODAY, "OM")
    assert (currencies[0].code, currencies[0].name) == ("OMR", "阿曼里亚尔")
    codes = {c.code for c in currencies}
    assert {"KWD", "USD", "CNY", "EUR", "BHD"} <= codes
    assert not codes & {"ADP", "AFA", "ALK", "DEM", "FRF", "ZWD"}  # obsolete
    assert codes <= known_currencies()  # nothing the core would refuse
    assert next(c for c in currencies if c.code == "KWD").name == "科威特第纳尔"


def test_a_country_with_two_currencies_in_use_lists_both_first() -> None:
    home = [c.code for c in currency_choices("en", TODAY, "PA") if c.home]
    assert sorted(home) == ["PAB", "USD"]


def test_a_currency_is_in_use_on_the_day_asked() -> None:
    # The Croatian kuna gave way to the euro on 2023-01-01.
    assert "HRK" in {c.code for c in currency_choices("en", date(2022, 6, 1))}
    assert "HRK" not in {c.code for c in currency_choices("en", TODAY)}


def test_a_language_babel_does_not_know_falls_back_to_english() -> None:
    assert currency_choices("xx", TODAY, "KW")[0].name == "Kuwaiti Dinar"
    assert time_zone_choices("xx", "KW")[0].name == "Kuwait Time"
