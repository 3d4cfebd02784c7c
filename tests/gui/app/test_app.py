"""Starting the app: options, the data folder, --demo, a database it must refuse, languages."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from catalogue_texts import SIMPLIFIED_ONLY
from PySide6.QtCore import QCoreApplication, QLocale

from numberkeeper.gui.app import application, i18n
from numberkeeper.gui.common import prompts
from numberkeeper.paths import database_path
from numberkeeper.store.migrations import APPLICATION_ID


@pytest.fixture
def clean_language(qapp) -> Iterator[None]:
    """Undo what install_translators does to the process: translators and default locale."""
    before = QLocale()
    yield
    i18n.remove_translators()
    QLocale.setDefault(before)


def test_options() -> None:
    assert application.parse_args([]) == application.Options()
    assert application.parse_args(
        ["--data-dir", "/x", "--lang", "zh_CN", "--demo"]
    ) == application.Options(data_dir="/x", demo=True, lang="zh_CN")


def test_build_main_window_on_a_data_folder(qtbot, data_dir, clock) -> None:
    window = application.build_main_window(data_dir, clock)
    qtbot.addWidget(window)
    assert database_path(data_dir).is_file()
    assert window.settings.fileName() == str(data_dir / "settings.ini")
    assert window.stack.currentWidget() is window.empty_state
    window.service.conn.close()


def test_demo_fills_a_temporary_folder(qtbot, monkeypatch, tmp_path, clock) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    session = application.start(application.parse_args(["--demo"]), clock)
    assert session is not None
    qtbot.addWidget(session.window)
    assert session.demo
    assert session.folder.parent == tmp_path
    assert session.window.model.rowCount() == 6
    assert session.window.stack.currentWidget() is session.window.table
    assert "demo" in session.window.windowTitle()
    assert not session.window.commands.demo.isEnabled()
    session.close()
    assert not session.folder.exists()


def refused_by_main(monkeypatch, folder: Path) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: shown.append(text))
    assert application.main(["--data-dir", str(folder)]) == 1
    return shown


@pytest.mark.usefixtures("clean_language")
def test_newer_database_is_refused_and_left_untouched(monkeypatch, data_dir) -> None:
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE lines (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 999")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer NumberKeeper's
    conn.commit()
    conn.close()
    before = path.read_bytes()

    shown = refused_by_main(monkeypatch, data_dir)

    assert len(shown) == 1
    assert "newer version" in shown[0]
    assert path.read_bytes() == before


@pytest.mark.usefixtures("clean_language")
def test_a_file_that_is_not_a_database_is_refused(monkeypatch, data_dir) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"this is a shopping list, not a database\n" * 50)
    before = path.read_bytes()
    shown = refused_by_main(monkeypatch, data_dir)
    assert "damaged (SQLite says: not an SQLite database file)" in shown[0]  # its name is ours
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_TW", "zh_TW"),
        ("zh_Hant_TW", "zh_TW"),
        ("zh_Hans_HK", "zh_CN"),  # a script named outright is kept
        ("zh_Hans_SG", "zh_CN"),
        ("zh_Hant", "zh_TW"),
        ("zh-Hant-HK", "zh_TW"),
        ("ar", "ar"),
        ("ar_KW", "ar"),
        ("ar_EG", "ar"),
        ("en_US", "en"),
        ("fr_FR", "fr"),
        ("C", "en"),
    ],
)
def test_language_codes(name: str, expected: str) -> None:
    assert i18n.normalise_language(i18n.requested_locale(name)) == expected


@pytest.mark.usefixtures("clean_language")
def test_language_without_a_translation_falls_back_to_english() -> None:
    assert i18n.install_translators("fr_FR") == "en"
    # English's own catalogue is loaded: its plural forms read "1 day", not "1 day(s)".
    one_day = QCoreApplication.translate(
        "LineFacts", "%n day(s) after validity ends, until {date} your time", "", 1
    )
    assert one_day == "1 day after validity ends, until {date} your time"
    assert i18n.carrier_language("zh_CN") == "zh"
    assert i18n.carrier_language("zh_TW") == "zh_TW"
    assert i18n.carrier_language("ar") == "ar"
    assert i18n.carrier_language("en") == "en"


EN = "numberkeeper_en"


def installed_catalogues() -> list[str]:
    """The file of each installed translator, the one Qt asks first first."""
    return [Path(t.filePath()).stem for t in reversed(i18n._installed)]


@pytest.mark.parametrize(
    ("lang", "chosen", "catalogues"),
    [
        # The app's catalogue, then the fallbacks, with Qt's own on top (it is asked first).
        ("zh_HK", "zh_TW", ["qtbase_zh_TW", "numberkeeper_zh_TW", "numberkeeper_zh_CN", EN]),
        ("zh_CN", "zh_CN", ["qtbase_zh_CN", "numberkeeper_zh_CN", EN]),
        ("ar_KW", "ar", ["qtbase_ar", "numberkeeper_ar", EN]),
        ("en", "en", [EN]),
    ],
)
@pytest.mark.usefixtures("clean_language")
def test_each_language_installs_its_catalogues_and_qts(
    lang: str, chosen: str, catalogues: list[str]
) -> None:
    # #18: qtbase_ar.qm and qtbase_zh_TW.qm are found (in the bundle too: test_bundle.py).
    assert i18n.install_translators(lang) == chosen
    assert installed_catalogues() == catalogues


@pytest.mark.usefixtures("clean_language")
@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("zh_CN", {"银行验证码（科威特）", "马斯喀特的公寓", "旅行用 eSIM", "家里的号码"}),
        ("en", {"Bank OTP (Kuwait)", "Muscat apartment", "Travel eSIM", "家里的号码"}),
    ],
)
def test_the_demo_lines_speak_the_interface_language(
    qtbot, tmp_path, clock, lang: str, labels: set[str]
) -> None:
    # The Chinese demo showed "Bank OTP (Kuwait)", "Old work number"… (#16).
    language = i18n.install_translators(lang)
    window = application.build_main_window(tmp_path, clock, language, demo=True)
    qtbot.addWidget(window)
    lines = window.service.list_lines()
    assert labels <= {line.fields.label for line in lines}
    if lang == "zh_CN":
        notes = {line.fields.notes for line in lines}
        assert "出国期间暂停服务；仍需支付月费。" in notes
    window.services.close()


@pytest.mark.usefixtures("clean_language")
def test_the_traditional_demo_writes_no_simplified_characters(qtbot, tmp_path, clock) -> None:
    # Seen in a walk: the Chinese line read "家里的号码" under the Traditional interface (#16).
    i18n.install_translators("zh_TW")
    window = application.build_main_window(tmp_path, clock, "zh_TW", demo=True)
    qtbot.addWidget(window)
    lines = window.service.list_lines()
    window.services.close()
    typed = [
        text
        for f in (line.fields for line in lines)
        for text in (f.label, f.notes, *f.linked_accounts, f.carrier, f.plan)
        if text
    ]
    assert "家裡的號碼" in typed
    assert {"支付寶", "工商銀行"} <= set(typed)
    assert not [text for text in typed if SIMPLIFIED_ONLY.intersection(text)]


@pytest.mark.usefixtures("clean_language")
def test_hong_kong_reads_taiwans_traditional_chinese() -> None:
    # #18: zh_HK has no catalogue of its own; it gets zh_TW's, in Taiwan's words.
    assert i18n.install_translators("zh_HK") == "zh_TW"
    assert QCoreApplication.translate("MainWindow", "&File") == "檔案(&F)"
    assert QCoreApplication.translate("LineTableModel", "Carrier") == "電信業者"
    assert QCoreApplication.translate("ActivityDialog", "Top-up") == "儲值"
