"""Editable combo boxes: carrier presets, and long searchable lists of time zones and currencies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from numberkeeper.core.carriers import Carrier, CarrierCatalog
from numberkeeper.gui.app.i18n import carrier_language, normalise_language
from numberkeeper.gui.common.bidi import fill
from numberkeeper.territory_names import country_name
from numberkeeper.zone_currency_names import Choice, currency_choices, time_zone_choices


class SearchableCombo(QComboBox):
    """An editable combo over a long list of codes (time zones, currencies), completed as you
    type its name or its code; `text()` is the code.

    Items read "Kuwait Time (Asia/Kuwait)", "科威特第纳尔（KWD）" (#16): the name in the user's
    language beside the code that is stored. Any text may be typed (the caller validates it);
    typed text never becomes a new item. `set_country` lists that country's codes first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.language = normalise_language(QLocale())
        self._country: str | None = None
        self.set_country("")

    def choices(self, country: str) -> list[Choice]:
        """The items, `country`'s first (subclasses say which)."""
        raise NotImplementedError

    def set_country(self, country: str) -> None:
        """List `country`'s codes first, keeping what is shown or typed."""
        if country == self._country:
            return
        self._country = country
        shown = self.text()
        self.blockSignals(True)
        self.clear()
        for choice in self.choices(country):
            text = choice.code
            if choice.name and choice.name != choice.code:
                text = fill(self.tr("{name} ({code})"), name=choice.name, code=choice.code)
            self.addItem(text, choice.code)
        self.setText(shown)
        self.blockSignals(False)

    def text(self) -> str:
        """The code of the item shown, else what is typed in the edit field, stripped."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index >= 0 and typed else typed

    def setText(self, text: str) -> None:
        """Select the item of this code (or text), or just show the text when none matches."""
        index = self.findData(text.strip()) if text.strip() else -1
        if index < 0:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(text)


class ZoneCombo(SearchableCombo):
    """Time zones by name in the user's language, beside their IANA ids."""

    def choices(self, country: str) -> list[Choice]:
        """Every zone, `country`'s first."""
        return time_zone_choices(self.language, country)


class CurrencyCombo(SearchableCombo):
    """The currencies in use on `today`, by name in the user's language, beside their codes."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        self._today = today
        super().__init__(parent)

    def choices(self, country: str) -> list[Choice]:
        """The currencies in use, `country`'s first."""
        return currency_choices(self.language, self._today(), country)


class CarrierCombo(QComboBox):
    """The carrier presets grouped by country, each item's data its preset id; free text allowed.

    Items read "Zain · Kuwait", as the main table does, so that carriers sharing a name across
    countries stay apart.
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
                # The main table's words for it (one catalogue entry), so a carrier reads the
                # same in the list and in the dialog that edits it (#16).
                template = QCoreApplication.translate("LineTableModel", "{carrier} · {country}")
                text = fill(template, carrier=preset.name(names), country=place)
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
