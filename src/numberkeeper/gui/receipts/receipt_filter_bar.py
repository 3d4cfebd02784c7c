"""The receipts window's filter bar: line, date range (both ends optional) and currency."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from numberkeeper.core.errors import ValidationError
from numberkeeper.core.lines import Line
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.core.typed_values import parse_date
from numberkeeper.gui.common.date_field import DateField
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import field_error_text
from numberkeeper.gui.receipts.receipts_table_model import line_text


class ReceiptFilterBar(QWidget):
    """Emits `changed` whenever the filter it describes may have changed.

    A date bound that is not a date is reported under the bar and left out of the filter, so
    a half-typed date never empties the table.
    """

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_combo = QComboBox(self)
        self.line_combo.setMinimumContentsLength(14)
        self.currency_combo = QComboBox(self)
        self.currency_combo.setMinimumContentsLength(8)
        self.from_field = DateField(today, self)
        self.to_field = DateField(today, self)
        self.error_label = ErrorLabel(self)
        for field in (self.from_field, self.to_field):
            field.line_edit.setPlaceholderText(self.tr("any"))
            field.line_edit.setClearButtonEnabled(True)
            field.line_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.line_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.currency_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Line:"), self.line_combo),
            (self.tr("&From:"), self.from_field),
            (self.tr("&To:"), self.to_field),
            (self.tr("&Currency:"), self.currency_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)

    def set_choices(self, lines: Iterable[Line], currencies: Iterable[str]) -> None:
        """Refill the line and currency combos, keeping what is chosen (silently)."""
        line_id, currency = self.line_combo.currentData(), self.currency_combo.currentData()
        for combo in (self.line_combo, self.currency_combo):
            combo.blockSignals(True)
            combo.clear()
        self.line_combo.addItem(self.tr("All lines"), None)
        for line in lines:
            self.line_combo.addItem(line_text(line), line.id)
        self.currency_combo.addItem(self.tr("All currencies"), None)
        for code in currencies:
            self.currency_combo.addItem(code, code)
        self.select_line(line_id)
        self.select_currency(currency)
        for combo in (self.line_combo, self.currency_combo):
            combo.blockSignals(False)

    def select_line(self, line_id: int | None) -> None:
        """Show one line's receipts (None: every line's)."""
        index = self.line_combo.findData(line_id) if line_id is not None else 0
        self.line_combo.setCurrentIndex(max(0, index))

    def select_currency(self, currency: str | None) -> None:
        """Show one currency's receipts (None: every currency's)."""
        index = self.currency_combo.findData(currency) if currency is not None else 0
        self.currency_combo.setCurrentIndex(max(0, index))

    def line_id(self) -> int | None:
        """The chosen line, or None for all lines."""
        data = self.line_combo.currentData()
        return int(data) if data is not None else None

    def current_filter(self) -> ReceiptFilter:
        """What the bar asks for; shows (or clears) the message about a date that is not one."""
        messages: list[str] = []

        def bound(field: DateField, name: str) -> date | None:
            if not field.text().strip():
                return None
            try:
                return parse_date(field.text(), name)
            except ValidationError as e:
                messages.extend(field_error_text(error) for error in e.errors)
                return None

        currency = self.currency_combo.currentData()
        flt = ReceiptFilter(
            line_id=self.line_id(),
            date_from=bound(self.from_field, "date_from"),
            date_to=bound(self.to_field, "date_to"),
            currency=str(currency) if currency is not None else None,
        )
        self.error_label.show_messages(messages)
        return flt
