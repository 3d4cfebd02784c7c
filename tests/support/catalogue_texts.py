"""The translation catalogues as the tests read them, and the English a user must not meet in a
translated interface (#18): shared by tests/test_translations.py (the catalogues) and
tests/gui/app/test_translated_windows.py (the windows as they render)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

# Latin words a translation may keep exactly as the English source has them: the date pattern
# the user types (digits are Latin in every language here), the eSIM and PUK of the SIM card,
# and push services and apps known by their Latin names (the Arabic catalogue writes them as
# their apps do: "Bark (iPhone)", "ServerChan (WeChat)"; Chinese has 微信, 支付宝 for some).
SAME_IN_EVERY_LANGUAGE = {
    "YYYY-MM-DD", "eSIM", "PUK", "ntfy", "Bark", "iPhone", "ServerChan", "PushPlus", "WeChat",
    "Alipay",
}  # fmt: skip
# Latin words a Chinese reader sees as they are: names of products and standards, units, file
# types, and the formats and examples the user types. Anything else is an English leftover
# ("Civil ID", #16).
KEPT_IN_LATIN = {
    "App", "Asia", "Kuwait", "BOM", "CSV", "csv", "UTF-", "GNOME", "Keyring", "KWallet", "Linux",
    "Secret", "Service", "Gmail", "WhatsApp", "K-Net", "HH", "mm", "ISO", "KWD", "KiB", "MiB",
    "LPA", "NumberKeeper", "PDF", "pdf", "png", "jpg", "jpeg", "heic", "webp", "ics",
    "iCalendar", "PIN", "PUK", "SIM", "eSIM", "SQLite", "VoIP", "YYYY-MM-DD", "manifest",
    "numberkeeper-cli",
    # Reaching the phone (#17): protocols, services and the words of their addresses.
    "https", "CalDAV", "OAuth", "SMTP", "ID", "Webhook", "Wiki", "iCloud", "Fastmail",
    "Nextcloud", "Radicale", "Google", "iPhone", "Apprise", "Telegram", "BotFather",
    "userinfobot", "ntfy", "topic", "mailtos", "Bark", "PushPlus", "pushplus", "plus",
    "Server", "SendKey", "sct", "ftqq", "com",
    # The workbook export (#18): the product and its file type; the code an eSIM comes as.
    "Excel", "xlsx", "QR",
}  # fmt: skip
# Characters only Simplified Chinese writes (Traditional has 號, 個, 這, 時, 寶, 銀 …), for the
# Traditional catalogue and what a Traditional interface shows (#18).
SIMPLIFIED_ONLY = set("号码个这时们为请说发现对开关钥账运营录网页钟级导软设认据协议备宝银")
# What the bidirectional isolates and marks of gui/common/bidi.py add to a text.
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element, for every message in a .ts file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def finished_texts(message: ET.Element) -> list[str] | None:
    """A message's translated texts (its plural forms, or the one text); None when unfinished."""
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def ordinary_words(source: str) -> list[str]:
    """The words of a source text a translator has to translate (not its placeholders)."""
    text = re.sub(r"\{[a-z_]+\}|%n|%\d|<[^>]+>|&(?=\w)", " ", source)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z-]+", text) if w not in SAME_IN_EVERY_LANGUAGE]


def plain(text: str) -> str:
    """A shown text without its mnemonics and bidirectional marks."""
    return re.sub(r"&(&?)", r"\1", text.translate(BIDI_MARKS))


Pattern = tuple[str, str, re.Pattern[str]]  # the text, a part of it to look for first, it


def text_pattern(text: str, whole: bool) -> re.Pattern[str]:
    """A catalogue text as a pattern, its placeholders filled with anything; `whole`: it must
    be the whole shown text."""
    parts = re.split(r"(\{[a-z_]+\}|%n|%\d)", plain(text))
    body = "".join(
        (r"\d+" if p == "%n" else ".+?") if i % 2 else re.escape(p) for i, p in enumerate(parts)
    )
    body = rf"^{body}$" if whole else rf"(?<![A-Za-z]){body}(?![A-Za-z])"
    return re.compile(body, re.DOTALL)


def english_patterns() -> list[Pattern]:
    """Each English source with words to translate, and English's plural forms. A source of
    one word must be the whole text: in "Row 3, expires: …" the word is the CSV's own column
    name, not the source "{name} expires"."""
    found: dict[str, Pattern] = {}
    for (_context, source), message in messages(TRANSLATIONS / "numberkeeper_en.ts").items():
        for text in [source, *(finished_texts(message) or [])]:
            words = ordinary_words(text)
            if not set(words) - KEPT_IN_LATIN:
                continue  # "SendKey:": only names a translation keeps in Latin
            found[text] = (text, max(words, key=len), text_pattern(text, len(words) < 2))
    return sorted(found.values())


def simplified_patterns() -> list[Pattern]:
    """Each Simplified Chinese translation the Traditional catalogue writes otherwise: shown
    in a Traditional interface, the string fell back to the Simplified catalogue."""
    simplified = messages(TRANSLATIONS / "numberkeeper_zh_CN.ts")
    traditional = messages(TRANSLATIONS / "numberkeeper_zh_TW.ts")
    found: dict[str, Pattern] = {}
    for key, message in simplified.items():
        ours = set(finished_texts(traditional[key]) or []) if key in traditional else set()
        for text in set(finished_texts(message) or []) - ours:
            literal = max(re.split(r"\{[a-z_]+\}|%n|%\d", plain(text)), key=len).strip()
            if len(literal) >= 2:
                found[text] = (text, literal, text_pattern(text, whole=False))
    return sorted(found.values())


def left_over(texts: list[str], patterns: list[Pattern]) -> dict[str, str]:
    """Shown text → the catalogue text it still holds, for every text that holds one."""
    left = {}
    for text in set(map(plain, texts)):
        for source, part, pattern in patterns:
            if part in text and pattern.search(text):
                left[text] = source
                break
    return left


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a widget and its children show: titles, labels, buttons, placeholders, menu
    and toolbar entries, tabs, wizard pages, list items, table cells and headers."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        texts += [a.text() for a in child.actions()] + [a.toolTip() for a in child.actions()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QTextEdit):
            texts.append(child.toPlainText())
        elif isinstance(child, QWizard) and child.currentPage() is not None:
            texts += [child.currentPage().title(), child.currentPage().subTitle()]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            texts += model_texts(child, isinstance(child, QListView))
    return [t for t in texts if t]


def model_texts(view: QAbstractItemView, one_column: bool) -> list[str]:
    """A view's cells (shown text and tooltip) and its headers."""
    model = view.model()
    columns = 1 if one_column else model.columnCount(QModelIndex())
    texts = []
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.data(index, role) or ""))
    return texts
