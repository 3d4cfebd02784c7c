"""Dates and numbers follow the interface language, in our texts and in Qt's dialogs (#16).

Under `--lang zh_CN` on a system in the C locale, Qt's file dialog dated files "4 12 2026": it
writes sizes and dates with QLocale::system(), which the default locale does not change.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView

from numberkeeper.gui.app import i18n
from numberkeeper.gui.common import prompts
from numberkeeper.gui.main.line_cells import LineCells
from numberkeeper.resources import carrier_catalog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHORT = QLocale.FormatType.ShortFormat
STAMP = datetime(2026, 4, 12, 9, 30, tzinfo=UTC)


@pytest.fixture
def restored(qapp) -> Iterator[None]:
    """Undo the translators and the default locale a test installs."""
    before = QLocale()
    yield
    i18n.remove_translators()
    QLocale.setDefault(before)


@pytest.mark.usefixtures("restored")
def test_an_interface_in_another_language_than_the_systems_sets_the_default_locale() -> None:
    # A German system: no German catalogue, so the words are English, and so are the dates.
    QLocale.setDefault(QLocale("de_DE"))
    assert i18n.install_translators(None, system=QLocale("de_DE")) == "en"
    assert QLocale().language() == QLocale.Language.English
    # --lang wins over the system.
    assert i18n.install_translators("zh_CN", system=QLocale("de_DE")) == "zh_CN"
    assert QLocale().name() == "zh_CN"


@pytest.mark.usefixtures("restored")
def test_a_system_in_the_interfaces_language_keeps_its_own_locale() -> None:
    # The system's territory knows better than the bare language (en_GB writes 12/04/2026).
    QLocale.setDefault(QLocale("en_GB"))
    assert i18n.install_translators(None, system=QLocale("en_GB")) == "en"
    assert QLocale().name() == "en_GB"


@pytest.mark.usefixtures("restored")
def test_our_own_formatting_is_unchanged_under_lang() -> None:
    model = LineCells(carrier_catalog(), local_zone=UTC)
    i18n.install_translators("zh_CN", system=QLocale("de_DE"))
    assert model.local_text(STAMP) == "4月12日 09:30"
    i18n.install_translators("en", system=QLocale("de_DE"))
    assert model.local_text(STAMP) == "12 Apr 09:30"


def shown_date(qtbot, folder: Path) -> str:
    """The date column of `folder`'s one file, as the picker of File ▸ Import shows it."""
    seen: list[str] = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()

        def listed() -> bool:
            root = view.rootIndex()
            return model.rowCount(root) == 1 and bool(model.index(0, 3, root).data())

        qtbot.waitUntil(listed)
        seen.append(model.index(0, 3, view.rootIndex()).data())
        dialog.reject()

    QTimer.singleShot(0, look)
    cwd = Path.cwd()
    os.chdir(folder)  # the picker opens in the working folder
    try:
        assert prompts.choose_file(None, "恢复") is None
    finally:
        os.chdir(cwd)
    return seen[0]


@pytest.mark.usefixtures("restored")
def test_the_file_dialogs_dates_follow_the_interface_language(qtbot, tmp_path: Path) -> None:
    file = tmp_path / "numberkeeper.sqlite3"
    file.write_bytes(b"SQLite format 3\x00" + bytes(40_000))
    os.utime(file, (STAMP.timestamp(), STAMP.timestamp()))
    modified = QDateTime.fromSecsSinceEpoch(int(STAMP.timestamp()))
    chinese = QLocale("zh_CN").toString(modified, SHORT)
    if QLocale.system().toString(modified, SHORT) == chinese:
        pytest.skip("the system already writes dates the Chinese way")
    i18n.install_translators("zh_CN")
    assert shown_date(qtbot, tmp_path) == chinese  # 2026/4/12 …, not "12 4 2026 …"
