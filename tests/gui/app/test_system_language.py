"""Which Chinese the interface speaks when the system's locale chooses it, without --lang (#18).

Traditional for Taiwan, Hong Kong and Macau, and for a locale that names the Traditional script
outright; Simplified for every other Chinese locale (mainland China, Singapore, a bare "zh").
Checked for the names QLocale gives, for the LANG-style values a Linux session sets
("zh_HK.UTF-8", "zh_TW.Big5"), and for a real process started with each LANG.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from numberkeeper.gui.app import i18n

TRADITIONAL = [
    "zh_TW", "zh_HK", "zh_MO", "zh_Hant", "zh_Hant_TW", "zh_Hant_HK", "zh_Hant_MO", "zh-Hant-HK",
    "zh_TW.UTF-8", "zh_HK.UTF-8", "zh_MO.UTF-8", "zh_Hant_HK.UTF-8", "zh_TW.Big5",
    "zh_HK.big5hkscs", "zh_TW@stroke",
]  # fmt: skip
SIMPLIFIED = [
    "zh", "zh_CN", "zh_SG", "zh_Hans", "zh_Hans_CN", "zh_Hans_SG", "zh_Hans_HK", "zh-Hans",
    "zh.UTF-8", "zh_CN.UTF-8", "zh_SG.UTF-8", "zh_CN.GB18030", "zh_CN.GBK", "zh_CN@pinyin",
]  # fmt: skip


@pytest.fixture
def clean_language(qapp) -> Iterator[None]:
    """Undo what install_translators does to the process: translators and default locale."""
    before = QLocale()
    yield
    i18n.remove_translators()
    QLocale.setDefault(before)


@pytest.mark.usefixtures("clean_language")
@pytest.mark.parametrize(
    ("name", "chosen"), [(n, "zh_TW") for n in TRADITIONAL] + [(n, "zh_CN") for n in SIMPLIFIED]
)
def test_the_systems_chinese_chooses_the_script(name: str, chosen: str) -> None:
    assert i18n.install_translators(None, system=QLocale(name)) == chosen
    assert i18n.interface_language() == chosen
    # The words are in that script: 檔案 (Traditional) or 文件 (Simplified) for "File".
    file_menu = QCoreApplication.translate("MainWindow", "&File")
    assert file_menu == {"zh_TW": "檔案(&F)", "zh_CN": "文件(&F)"}[chosen]
    # The system's own locale is kept for dates and numbers: it knows the territory (zh_HK).
    assert i18n.interface_locale(None, chosen, QLocale(name)) is None


@pytest.mark.usefixtures("clean_language")
@pytest.mark.parametrize("name", ["zh_TW", "zh_HK.UTF-8", "zh_CN", "zh_SG.UTF-8"])
def test_lang_chooses_as_the_system_would(name: str) -> None:
    # --lang zh_HK reads Traditional too; --lang wins over the system's locale.
    expected = "zh_TW" if name[3:5] in ("TW", "HK") else "zh_CN"
    assert i18n.install_translators(name, system=QLocale("en_US")) == expected


PROBE = """
from PySide6.QtCore import QCoreApplication, QLocale
from numberkeeper.gui.app import i18n
app = QCoreApplication([])
print(QLocale.system().name(), i18n.install_translators(None))
"""


@pytest.mark.parametrize(
    ("environment", "chosen"),
    [
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_Hant_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh.UTF-8"}, "zh_CN"),
        ({"LANG": "ar_KW.UTF-8"}, "ar"),
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_a_process_started_in_a_chinese_session(environment: dict[str, str], chosen: str) -> None:
    # What a user's session hands the app: no --lang, only the environment's locale.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= environment | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split()[-1] == chosen, result.stdout
