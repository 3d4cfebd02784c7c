"""Editable combo boxes for the line dialog: carrier presets, and long searchable lists."""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from numberkeeper.core.carriers import Carrier, CarrierCatalog
from numberkeeper.territory_names import country_name


def carrier_language(language: str) -> str:
    """The key of a carrier's names for a UI language: "zh_CN" → "zh", anything else "en"."""
    return "zh" if language.lower().startswith("zh") else "en"


@cache
def available_zones() -> tuple[str, ...]:
    """The IANA zone names this machine (or the tzdata package) knows, sorted."""
    return tuple(sorted(zoneinfo.available_timezones()))


class SearchableCombo(QComboBox):
    """An editable combo over a long list (time zones, currencies), completed as you type.

    Any text may be typed; the caller validates it. Typed text never becomes a new item.
    """

    def __init__(self, items: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItems(list(items))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)

    def text(self) -> str:
        """What is in the edit field, stripped."""
        return self.currentText().strip()

    def setText(self, text: str) -> None:
        """Select the matching item, or just show the text when no item matches."""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(text)


class CarrierCombo(QComboBox):
    """The carrier presets grouped by country, each item's data its preset id; free text allowed.

    Items read "Zain (Kuwait)" so that carriers sharing a name across countries stay apart.
    """

    def __init__(self, catalog: CarrierCatalog, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        names = carrier_language(language)
        # Countries keep the order of carriers.json, which lists the ones users need most first.
        countries = list(dict.fromkeys(c.country for c in catalog.carriers))
        for country in countries:
            if self.count():
                self.insertSeparator(self.count())
            place = country_name(country, language)
            presets = sorted(catalog.for_country(country), key=lambda c: c.name(names).casefold())
            for preset in presets:
                text = self.tr("{carrier} ({country})").format(
                    carrier=preset.name(names), country=place
                )
                self.addItem(text, preset.id)
        completer = self.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(-1)

    def carrier(self) -> str:
        """The preset id when a preset's text is shown, else the free text as typed."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return text

    def preset(self, country: str | None = None) -> Carrier | None:
        """The preset the current text resolves to (by id or by any of its names), if any; a
        name shared by several countries' carriers means the one of `country` (#13)."""
        value = self.carrier()
        return self.catalog.resolve(value, country) if value else None

    def set_carrier(self, value: str) -> None:
        """Show a stored carrier: a preset id selects its item, anything else is shown as text."""
        index = self.findData(value) if value else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(value)
