"""Qt's own dialogs speak Chinese under zh_CN (#16): the file dialog said "Look in:",
"Files of type:" and "Folder", which Qt's own Chinese catalogue lacks; Qt's Traditional Chinese
and Arabic catalogues lack them too, and ours answer them there as well (#18)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLabel

from numberkeeper.gui.app.qt_texts import QT_TEXTS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_the_file_dialogs_labels_are_chinese(qtbot, chinese: str, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "导入", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux shows without a portal
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    english = {name: text for name, text in labels.items() if LATIN_WORD.search(text)}
    assert not english
    folder = QFileIconProvider().type(QFileInfo(str(tmp_path / "folder")))
    assert folder == "文件夹"


def test_every_listed_qt_text_is_answered_in_the_interface_language(translated_language) -> None:
    for context, text in QT_TEXTS:
        translated = QCoreApplication.translate(context, text)
        assert translated != text, (context, text)
        assert not LATIN_WORD.search(translated), translated
