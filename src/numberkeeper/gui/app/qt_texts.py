"""Qt's own texts that Qt's Chinese catalogue (qtbase_zh_CN.qm) lacks, translated by ours (#16).

The file dialog's "&Look in:" and "Files of &type:" and the file type column's "Folder" stayed
English in the Chinese interface: Qt renamed them, and its zh_CN catalogue still has only the
old texts. Listing them here, in Qt's own translation contexts, puts them in
numberkeeper_zh_CN.ts; our translator answers where Qt's has no answer (Qt asks the
translators newest first, and ours is the fallback only for texts Qt's catalogue lacks).
"""

from __future__ import annotations

from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP

# (context, text) as Qt 6 asks for them; tests/gui/app/test_qt_texts.py checks each is
# answered in Chinese once the translators are installed.
QT_TEXTS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
)
