"""Every user-visible string is translated, and the .qm files are current.

The catalogues: English (its plural forms), Simplified Chinese, Traditional Chinese and Arabic
(#18). Every catalogue lists every string of the sources; Simplified Chinese, Traditional
Chinese and Arabic are complete, with no English copied as a translation; English has its
plural forms.

Runs Qt's own lupdate over the sources into a scratch file and compares it with the committed
catalogue, so a new tr() string without a translation fails here, not in front of a user.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from catalogue_texts import (
    KEPT_IN_LATIN,
    ROOT,
    SIMPLIFIED_ONLY,
    TRANSLATIONS,
    finished_texts,
    messages,
    ordinary_words,
)

SOURCES = ROOT / "src" / "numberkeeper"
TOOLS = Path(sys.executable).parent
LANGUAGES = sorted(p.stem.removeprefix("numberkeeper_") for p in TRANSLATIONS.glob("*.ts"))
# Plural forms Qt's tools give each language (lupdate writes that many <numerusform>s).
NUMERUS_FORMS = {"en": 2, "zh_CN": 1, "zh_TW": 1, "ar": 6}


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.fail(f"{name} is missing from the virtual environment (PySide6-Essentials)")
    return path


def test_every_language_is_known() -> None:
    assert sorted(NUMERUS_FORMS) == LANGUAGES


def test_catalogue_lists_every_string_in_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            str(SOURCES),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_sources = set(messages(fresh))
    assert len(in_sources) > 50
    for language in LANGUAGES:
        committed = set(messages(TRANSLATIONS / f"numberkeeper_{language}.ts"))
        missing = sorted(in_sources - committed)
        assert not missing, f"run `make translations` and translate ({language}): {missing[:10]}"


TRANSLATED = ["zh_CN", "zh_TW", "ar"]  # complete catalogues; en needs only its plural forms


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_has_a_finished_translation(language: str) -> None:
    # #18 "done when": a string left unfinished, empty, or with a plural form blank fails here.
    untranslated = []
    for key, message in messages(TRANSLATIONS / f"numberkeeper_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the sources: never shown
        texts = finished_texts(message)
        if texts is None or not texts or not all(t.strip() for t in texts):
            untranslated.append(key)
    assert not untranslated, untranslated[:10]


def test_the_check_for_copied_english_knows_words_from_tokens() -> None:
    assert ordinary_words("{name} — {number}") == []
    assert ordinary_words("Bark (iPhone)") == []
    assert ordinary_words("&Renew…") == ["Renew"]
    assert ordinary_words("Expires {date}") == ["Expires"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_is_the_english_copied(language: str) -> None:
    # A lazy leftover: the English pasted as its own "translation" counts as finished for
    # Qt's tools, and the user reads English (#18).
    copied = []
    for (context, source), message in messages(
        TRANSLATIONS / f"numberkeeper_{language}.ts"
    ).items():
        texts = finished_texts(message) or []
        if ordinary_words(source) and source in texts:
            copied.append((context, source))
    assert not copied, copied[:10]


PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d|&(?=\w)")


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, sorted: {name}, %n, %1, and a mnemonic's "&"."""
    return sorted(PLACEHOLDER.findall(text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    # Every {name} and %1 in each form; %n in the last plural form (the general one), while a
    # form for one or two may say the number in words ("its secret", Arabic's يومان: #18).
    wrong = []
    for key, message in messages(TRANSLATIONS / f"numberkeeper_{language}.ts").items():
        wanted = placeholders(key[1])
        texts = finished_texts(message) or []
        for index, text in enumerate(texts):
            found = placeholders(text)
            if index < len(texts) - 1 and "%n" not in found:
                found = sorted([*found, *(["%n"] if "%n" in wanted else [])])
            if found != wanted:
                wrong.append((key, text))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_plural_has_its_languages_forms(language: str) -> None:
    # Arabic has six (zero, one, two, few, many, other): the .ts must say language="ar".
    ts = TRANSLATIONS / f"numberkeeper_{language}.ts"
    assert ET.parse(ts).getroot().get("language", "").startswith(language.split("_")[0])
    for key, message in messages(ts).items():
        if message.get("numerus") == "yes":
            forms = message.findall("translation/numerusform")
            assert len(forms) == NUMERUS_FORMS[language], key


def test_every_plural_has_its_english_forms() -> None:
    # Without them English reads "1 day(s)": the source text is shown as it is.
    missing = []
    for key, message in messages(TRANSLATIONS / "numberkeeper_en.ts").items():
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if len(forms) != 2 or not all(forms) or any("(s)" in f for f in forms):
            missing.append(key)
    assert not missing, missing[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_its_ts(tmp_path: Path, language: str) -> None:
    ts = TRANSLATIONS / f"numberkeeper_{language}.ts"
    qm = tmp_path / "check.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    committed = TRANSLATIONS / f"numberkeeper_{language}.qm"
    assert committed.read_bytes() == qm.read_bytes(), "run `make translations`"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_english_words_left_in_the_chinese_catalogue(language: str) -> None:
    leftovers = {}
    for key, message in messages(TRANSLATIONS / f"numberkeeper_{language}.ts").items():
        for text in finished_texts(message) or []:
            words = re.sub(r"\{[a-z_]+\}|%n|%\d|<[^>]+>", " ", text)
            for word in re.findall(r"[A-Za-z][A-Za-z-]+", words):
                if word not in KEPT_IN_LATIN:
                    leftovers[word] = key[1]
    assert not leftovers, leftovers


# Words of the mainland a reader in Taiwan or Hong Kong would not use, besides SIMPLIFIED_ONLY's
# characters (#18: 運營商 is 電信業者, 充值 儲值, 賬戶 帳戶, 默認 預設, 信息 訊息 or 資訊,
# 軟件 軟體, 渠道 管道, 歸檔 封存).
MAINLAND_WORDS = ("運營商", "充值", "賬", "默認", "信息", "軟件", "渠道", "歸檔", "郵箱", "視頻")


def test_the_traditional_catalogue_reads_as_taiwan_writes() -> None:
    found = {}
    for key, message in messages(TRANSLATIONS / "numberkeeper_zh_TW.ts").items():
        for text in finished_texts(message) or []:
            simplified = SIMPLIFIED_ONLY.intersection(text)
            words = [w for w in MAINLAND_WORDS if w in text]
            if simplified or words:
                found[key[1]] = (sorted(simplified), words)
    assert not found, found
