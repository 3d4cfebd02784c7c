"""One editor widget per checklist field kind (core.checklists.FieldKind), and `make_editor`.

Every editor (a `FieldEditor`, gui/errands/field_editor.py) shows one `FieldSpec`, says when the
user changed it (`changed`), and gives its value in a JSON-friendly form (str, bool, or dict for
accounts) so a half-finished checklist can be saved as it is and filled back in after a
restart. Editors never validate: the wizard does, through the core.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.checklists import FieldKind, FieldSpec
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import signed_numbers
from numberkeeper.gui.common.combos import CurrencyCombo
from numberkeeper.gui.common.date_field import DateField
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.errands.accounts_field import AccountsEditor
from numberkeeper.gui.errands.checklist_texts import checklist_text, choice_label
from numberkeeper.gui.errands.field_editor import FieldEditor

# The EXTENSION value of "the new expiry date the carrier's SMS states" is this prefix + the date.
NEW_EXPIRY_PREFIX = "date:"
EXTENSION_PERIODS = ("30d", "1m", "1y")


def _row(parent: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class TextEditor(FieldEditor):
    """TEXT (and, through subclasses, MONEY and LAST_FOUR): a single line of text."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        # No maximum length: QLineEdit would cut a longer paste silently; the wizard refuses
        # it with a message instead (MAX_STEP_TEXT).
        self.edit = QLineEdit(self)
        _row(self).addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))


class MoneyEditor(TextEditor):
    """MONEY: an amount typed as a plain decimal; the step's CURRENCY field gives its currency."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.setPlaceholderText("0.000")
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an amount (#18)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 18)
        _row_stretch(self)


class LastFourEditor(TextEditor):
    """LAST_FOUR: exactly four digits, typed by hand to confirm a destructive step."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.setMaxLength(4)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        self.edit.setPlaceholderText("0000")
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits (#18)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 10)
        _row_stretch(self)

    def filled(self) -> bool:
        return len(self.value()) == 4


class DateEditor(FieldEditor):
    """DATE: the shared date field (typed YYYY-MM-DD, or picked from a calendar)."""

    def __init__(
        self, spec: FieldSpec, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.field = DateField(today, self)
        _row(self).addWidget(self.field)
        _row_stretch(self)
        self.setFocusProxy(self.field)
        self.field.line_edit.textEdited.connect(lambda _text: self.changed.emit())
        self.field.picked.connect(self.changed.emit)

    def value(self) -> str:
        return self.field.text().strip()

    def set_value(self, value: Any) -> None:
        self.field.setText(str(value or ""))


class CurrencyEditor(FieldEditor):
    """CURRENCY: an editable combo of ISO 4217 codes, completed as you type."""

    def __init__(
        self, spec: FieldSpec, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.combo = CurrencyCombo(today, self)
        self.combo.setMinimumContentsLength(5)
        _row(self).addWidget(self.combo)
        _row_stretch(self)
        self.setFocusProxy(self.combo)
        self._quiet = False
        self.combo.editTextChanged.connect(self._edited)

    def _edited(self, _text: str) -> None:
        if not self._quiet:
            self.changed.emit()

    def value(self) -> str:
        return self.combo.text().upper()

    def set_value(self, value: Any) -> None:
        self._quiet = True
        self.combo.setText(str(value or ""))
        self._quiet = False


class CheckEditor(FieldEditor):
    """CHECK: a check box carrying the field's label."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(checklist_text(spec.label), self)
        _row(self).addWidget(self.box)
        self.setFocusProxy(self.box)
        self.box.clicked.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def has_own_label(self) -> bool:
        return True


class RadioEditor(FieldEditor):
    """Radio buttons, one per value; the value of the checked one ("" when none is)."""

    def __init__(
        self, spec: FieldSpec, options: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        for value, text in options:
            button = QRadioButton(text, self)
            self.group.addButton(button)
            self.buttons[value] = button
            self.column.addWidget(button)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, _button: QAbstractButton) -> None:
        self.changed.emit()

    def value(self) -> str:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return ""

    def set_value(self, value: Any) -> None:
        button = self.buttons.get(str(value or ""))
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)
        for other in self.buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)

    def choose(self, value: str) -> None:
        """Check one value as if the user had clicked it."""
        self.buttons[value].click()


class ExtensionEditor(RadioEditor):
    """EXTENSION: +30 days, +1 month, +1 year, or the new expiry date the carrier's SMS states."""

    def __init__(
        self, spec: FieldSpec, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        # translate() rather than self.tr(): the object is not built yet.
        options = [
            # "+30": a sign the bidirectional algorithm would move behind the digits (#18).
            ("30d", signed_numbers(QCoreApplication.translate("ExtensionEditor", "+30 days"))),
            ("1m", signed_numbers(QCoreApplication.translate("ExtensionEditor", "+1 month"))),
            ("1y", signed_numbers(QCoreApplication.translate("ExtensionEditor", "+1 year"))),
            (
                NEW_EXPIRY_PREFIX,
                QCoreApplication.translate(
                    "ExtensionEditor", "The new expiry date the carrier's SMS states:"
                ),
            ),
        ]
        super().__init__(spec, options, parent)
        self.date_field = DateField(today, self)
        self.date_field.setAccessibleName(self.tr("New expiry date"))
        indented = QWidget(self)
        row = _row(indented)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.date_field)
        row.addStretch(1)
        self.column.addWidget(indented)
        self.date_field.line_edit.textEdited.connect(self._date_edited)
        self.date_field.picked.connect(lambda: self._date_edited(""))
        self.group.buttonToggled.connect(lambda _b, _on: self._sync())
        self._sync()

    def _date_edited(self, _text: str) -> None:
        self.buttons[NEW_EXPIRY_PREFIX].setChecked(True)
        self.changed.emit()

    def _sync(self) -> None:
        self.date_field.setEnabled(self.buttons[NEW_EXPIRY_PREFIX].isChecked())

    def value(self) -> str:
        chosen = super().value()
        if chosen == NEW_EXPIRY_PREFIX:
            return NEW_EXPIRY_PREFIX + self.date_field.text().strip()
        return chosen

    def set_value(self, value: Any) -> None:
        text = str(value or "")
        if text.startswith(NEW_EXPIRY_PREFIX):
            self.date_field.setText(text[len(NEW_EXPIRY_PREFIX) :])
            text = NEW_EXPIRY_PREFIX
        super().set_value(text)
        self._sync()

    def filled(self) -> bool:
        return self.value() not in ("", NEW_EXPIRY_PREFIX)


class FileEditor(FieldEditor):
    """FILE: a path, typed or chosen with a file picker (photos and PDFs)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = LeftToRightEdit(parent=self)  # a path (#18)
        self.edit.setPlaceholderText(self.tr("No file"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setToolTip(self.tr("Attach a photo or PDF of the receipt"))
        row = _row(self)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.choose_button.clicked.connect(self.choose)

    def choose(self) -> None:
        """Let the user pick a file."""
        path = prompts.choose_file(
            self,
            self.tr("Choose the receipt"),
            self.tr("Photos and PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)"),
        )
        if path is not None:
            self.edit.setText(str(path))
            self.changed.emit()

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))


def _row_stretch(widget: QWidget) -> None:
    layout = widget.layout()
    if isinstance(layout, QHBoxLayout):
        layout.addStretch(1)


def make_editor(
    spec: FieldSpec,
    today: Callable[[], date],
    accounts: tuple[str, ...] = (),
    parent: QWidget | None = None,
) -> FieldEditor:
    """The editor for a field, by its kind; `accounts` are the line's linked accounts."""
    kind = spec.kind
    if kind is FieldKind.DATE:
        return DateEditor(spec, today, parent)
    if kind is FieldKind.MONEY:
        return MoneyEditor(spec, parent)
    if kind is FieldKind.CURRENCY:
        return CurrencyEditor(spec, today, parent)
    if kind is FieldKind.EXTENSION:
        return ExtensionEditor(spec, today, parent)
    if kind is FieldKind.CHOICE:
        return RadioEditor(spec, [(c, choice_label(c)) for c in spec.choices], parent)
    if kind is FieldKind.CHECK:
        return CheckEditor(spec, parent)
    if kind is FieldKind.FILE:
        return FileEditor(spec, parent)
    if kind is FieldKind.ACCOUNTS:
        return AccountsEditor(spec, accounts, parent)
    if kind is FieldKind.LAST_FOUR:
        return LastFourEditor(spec, parent)
    return TextEditor(spec, parent)
