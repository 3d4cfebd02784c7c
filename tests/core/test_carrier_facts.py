"""A carrier's facts live with its preset and its source; the errands' general texts name no
carrier (#16: a Zain Kuwait line was told about Omantel's kiosk receipts)."""

from __future__ import annotations

import re

import pytest

from numberkeeper.core.carriers import Carrier, CarrierCatalog
from numberkeeper.core.checklists import CHANNEL_GUIDANCE, CHECKLISTS, Action, steps
from numberkeeper.core.receipts import Channel
from numberkeeper.resources import carrier_catalog

CATALOG = carrier_catalog()
PRESET_LANGUAGES = ("en", "zh", "zh_TW", "ar")  # the keys of names and texts (#18)


def general_texts() -> list[str]:
    """Every sentence the errands show on any line: titles, help, labels, channel guidance."""
    texts = list(CHANNEL_GUIDANCE.values())
    for step_list in CHECKLISTS.values():
        for step in step_list:
            texts += [step.title, step.help, *(field.label for field in step.fields)]
    return texts


def names_in(text: str, names: set[str]) -> list[str]:
    """The names that `text` mentions: whole words for Latin names ("du" is not in "due")."""
    found = []
    for name in names:
        if name.isascii():
            if re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text, re.IGNORECASE):
                found.append(name)
        elif name in text:
            found.append(name)
    return found


def all_names(carrier: Carrier) -> set[str]:
    return set(carrier.names.values())


def test_general_texts_name_no_carrier() -> None:
    every_name = set().union(*(all_names(c) for c in CATALOG.carriers))
    for text in general_texts():
        assert not names_in(text, every_name), text


def test_every_fact_has_its_source_both_languages_and_a_real_step() -> None:
    facts = [(c, f) for c in CATALOG.carriers for f in c.facts]
    assert {c.id for c, _ in facts} >= {"kw-zain", "om-omantel"}
    for carrier, fact in facts:
        assert fact.source.startswith(("https://", "http://")), carrier.id
        assert fact.text("en"), carrier.id
        assert fact.text("zh") != fact.text("en"), carrier.id
        step_ids = [step.id for step in steps(Action(fact.errand))]
        assert fact.step in step_ids, (carrier.id, fact.step)
        assert fact.channel in ("", *Channel), (carrier.id, fact.channel)


@pytest.mark.parametrize("carrier", CATALOG.carriers, ids=lambda c: c.id)
def test_a_carriers_facts_name_no_other_carrier(carrier: Carrier) -> None:
    others = set().union(*(all_names(c) for c in CATALOG.carriers if c.id != carrier.id))
    for fact in carrier.facts:
        for language in PRESET_LANGUAGES:
            assert not names_in(fact.text(language), others - all_names(carrier)), fact


def test_facts_for_one_step_and_channel() -> None:
    omantel = CATALOG.get("om-omantel")
    assert omantel is not None
    kiosk = omantel.facts_for(Action.RENEW, "channel", Channel.KIOSK)
    assert len(kiosk) == 1
    assert "OAB" in kiosk[0].text("en")
    assert "OAB" in kiosk[0].text("zh")
    assert omantel.facts_for(Action.RENEW, "channel", Channel.ONLINE) == ()
    assert omantel.facts_for(Action.RENEW, "channel") == ()  # not without its channel
    zain = CATALOG.get("kw-zain")
    assert zain is not None
    assert "Zain Kuwait" in zain.facts_for(Action.SUSPEND, "policy")[0].text("en")
    assert zain.facts_for(Action.RENEW, "channel", Channel.KIOSK) == ()


def test_facts_are_read_from_the_json_and_optional() -> None:
    catalog = CarrierCatalog.from_json(
        {
            "carriers": [
                {"id": "xx-a", "name": {"en": "A"}},
                {
                    "id": "xx-b",
                    "name": {"en": "B"},
                    "facts": [
                        {
                            "errand": "suspend",
                            "step": "policy",
                            "text": {"en": "B charges.", "zh": "B 收费。"},
                            "source": "https://b.example/terms",
                        }
                    ],
                },
            ]
        }
    )
    a, b = catalog.carriers
    assert a.facts == ()
    (fact,) = b.facts_for("suspend", "policy")
    assert (fact.text("zh"), fact.text("fr"), fact.channel) == ("B 收费。", "B charges.", "")
    assert fact.source == "https://b.example/terms"


@pytest.mark.parametrize("carrier", CATALOG.carriers, ids=lambda c: c.id)
def test_every_preset_speaks_every_interface_language(carrier: Carrier) -> None:
    # #18: Traditional Chinese and Arabic readers see the carrier in their script.
    assert set(carrier.names) == set(PRESET_LANGUAGES), carrier.id
    for fact in carrier.facts:
        assert set(fact.texts) == set(PRESET_LANGUAGES), (carrier.id, fact.step)
        assert fact.text("zh_TW") != fact.text("zh"), fact  # converted, not copied


def test_traditional_chinese_falls_back_to_simplified_then_english() -> None:
    # A preset given in Simplified only: the Traditional reader gets Chinese, not English.
    catalog = CarrierCatalog.from_json(
        {"carriers": [{"id": "x", "name": {"en": "Unicom", "zh": "联通"}, "country": "CN",
                       "time_zone": "Asia/Shanghai", "currency": "CNY"}]}
    )  # fmt: skip
    carrier = catalog.carriers[0]
    assert (carrier.name("zh_TW"), carrier.name("ar"), carrier.name("zh")) == (
        "联通",
        "Unicom",
        "联通",
    )
    assert CATALOG.get("中國移動") is CATALOG.get("cn-china-mobile") is not None
