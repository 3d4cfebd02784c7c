"""The fields of a line, laid out in groups, each with its error line under it.

`LineForm` holds the widgets and turns them into a `LineInput` (and back); it shows what an empty
field will default to for the chosen carrier. Validation and saving belong to the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.carriers import CarrierCatalog, default_time_zone
from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError
from numberkeeper.core.lines import DEFAULT_GRACE_DAYS, ActivityKind, LineKind, LineStatus
from numberkeeper.core.phones import parse_phone
from numberkeeper.core.validation import LineInput
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.combos import CarrierCombo, CurrencyCombo, ZoneCombo
from numberkeeper.gui.common.date_field import DateField
from numberkeeper.gui.common.error_label import WARNING_SIGN, ErrorLabel
from numberkeeper.gui.common.inline_errors import InlineErrors
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.common.text_edit import ReadingSideEdit

# The order of the fields on screen: the first refused one gets the focus.
FIELD_ORDER = (
    "number",
    "label",
    "carrier",
    "kind",
    "plan",
    "time_zone",
    "expires",
    "grace_days",
    "keep_alive_days",
    "keep_alive_counts",
    "status",
    "resume_on",
    "balance_amount",
    "balance_currency",
    "balance_checked_on",
    "linked_accounts",
    "notes",
)


class LineForm(QWidget):
    """Every field of a line as typed, in groups, each with an error line under it.

    `default_checked_today`: typing a balance fills "checked on" with today (Add mode).
    """

    # No bool in Python-declared signals: in PySide6 6.12 each emit of a Python bool drops a
    # reference to True/False, and Python 3.11 aborts once the count reaches zero.
    edited = Signal(str)  # the user is typing in a field
    finished = Signal(str)  # a change is complete: a pick, a tick, leaving the field

    def __init__(
        self,
        catalog: CarrierCatalog,
        language: str,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self._today = today
        self.default_checked_today = True
        self.general_error = ErrorLabel()
        self.errors = InlineErrors(self.general_error, keep_room=True)
        self._auto_currency = ""
        self._filling = False
        self._build()
        self._connect()
        self.update_defaults()

    def _build(self) -> None:
        self.number_edit = LeftToRightEdit()
        self.number_edit.setPlaceholderText(self.tr("+965 5000 1234"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("e.g. Work line, Mum’s number"))
        self.carrier_combo = CarrierCombo(self._catalog, self._language)
        _line_edit(self.carrier_combo).setPlaceholderText(self.tr("Pick a preset or type a name"))
        self.kind_combo = QComboBox()
        kinds = {
            LineKind.PHYSICAL_SIM: self.tr("Physical SIM"),
            LineKind.ESIM: self.tr("eSIM"),
            LineKind.VIRTUAL: self.tr("Virtual number"),
        }
        for kind, text in kinds.items():
            self.kind_combo.addItem(text, kind.value)
        self.plan_edit = QLineEdit()
        self.zone_combo = ZoneCombo()
        self.expires_field = DateField(self._today)
        self.grace_edit = LeftToRightEdit()
        self.grace_hint = QLabel(
            WARNING_SIGN + " " + self.tr("Unverified — confirm with your carrier.")
        )
        self.grace_hint.setWordWrap(True)
        self.grace_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keep_alive_edit = LeftToRightEdit()
        self.count_boxes = {
            ActivityKind.TOP_UP: QCheckBox(self.tr("Top-up")),
            ActivityKind.CALL: QCheckBox(self.tr("Call")),
            ActivityKind.SMS: QCheckBox(self.tr("SMS")),
            ActivityKind.DATA: QCheckBox(self.tr("Data")),
        }
        for box in self.count_boxes.values():
            box.setChecked(True)
        self.status_combo = QComboBox()
        statuses = {
            LineStatus.ACTIVE: self.tr("Active"),
            LineStatus.SUSPENDED: self.tr("Suspended"),
            LineStatus.CANCELLED: self.tr("Cancelled"),
        }
        for status, text in statuses.items():
            self.status_combo.addItem(text, status.value)
        self.resume_field = DateField(self._today)
        self.amount_edit = LeftToRightEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 3.500"))
        self.currency_combo = CurrencyCombo(self._today)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.checked_field = DateField(self._today)
        self.accounts_edit = ReadingSideEdit()
        self.accounts_edit.setPlaceholderText(
            self.tr("One per line: bank, WhatsApp, e-mail, government portal…")
        )
        self.notes_edit = ReadingSideEdit()
        for editor in (self.accounts_edit, self.notes_edit):
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 5)

        line_form, line_box = self._group(self.tr("Line"))
        self.errors.add_row(line_form, self.tr("Number:"), self.number_edit, "number")
        self.errors.add_row(line_form, self.tr("Label:"), self.label_edit, "label")
        self.errors.add_row(line_form, self.tr("Carrier:"), self.carrier_combo, "carrier")
        self.errors.add_row(line_form, self.tr("Kind:"), self.kind_combo, "kind")
        self.errors.add_row(line_form, self.tr("Plan:"), self.plan_edit, "plan")
        self.errors.add_row(line_form, self.tr("Time zone:"), self.zone_combo, "time_zone")

        valid_form, valid_box = self._group(self.tr("Validity"))
        self.errors.add_row(valid_form, self.tr("Expires on:"), self.expires_field, "expires")
        self.errors.add_row(
            valid_form,
            self.tr("Grace period:"),
            self._with_unit(self.grace_edit, self.tr("days after expiry")),
            "grace_days",
            focus=self.grace_edit,
        )
        valid_form.addRow("", self.grace_hint)
        self._grace_form = valid_form
        self.errors.add_row(
            valid_form,
            self.tr("Keep alive every:"),
            self._with_unit(self.keep_alive_edit, self.tr("days")),
            "keep_alive_days",
            focus=self.keep_alive_edit,
        )
        counts = QWidget()
        counts_layout = QHBoxLayout(counts)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.count_boxes.values():
            counts_layout.addWidget(box)
        counts_layout.addStretch(1)
        self.errors.add_row(
            valid_form,
            self.tr("Counts as activity:"),
            counts,
            "keep_alive_counts",
            focus=self.count_boxes[ActivityKind.TOP_UP],
        )
        self.errors.add_row(valid_form, self.tr("Status:"), self.status_combo, "status")
        self.errors.add_row(valid_form, self.tr("Resume on:"), self.resume_field, "resume_on")

        balance_form, balance_box = self._group(self.tr("Balance"))
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount_edit)
        amount_layout.addWidget(self.currency_combo, 1)
        self.currency_combo.setMinimumContentsLength(18)  # "科威特第纳尔（KWD）" whole
        self.amount_edit.setMinimumWidth(self.amount_edit.fontMetrics().horizontalAdvance("0") * 11)
        error = self.errors.add_row(
            balance_form, self.tr("Amount:"), amount_row, "balance_amount", focus=self.amount_edit
        )
        self.errors.share("balance_currency", error, self.currency_combo)
        self.errors.share("currency", error, self.currency_combo)
        self.errors.add_row(
            balance_form, self.tr("Checked on:"), self.checked_field, "balance_checked_on"
        )

        notes_form, notes_box = self._group(self.tr("Accounts && notes"))
        notes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.errors.add_row(
            notes_form, self.tr("Linked accounts:"), self.accounts_edit, "linked_accounts"
        )
        self.errors.add_row(notes_form, self.tr("Notes:"), self.notes_edit, "notes")

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(line_box)
        left.addWidget(valid_box)
        left.addStretch(1)
        right.addWidget(balance_box)
        right.addWidget(notes_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addLayout(columns, 1)

    def _group(self, title: str) -> tuple[QFormLayout, QGroupBox]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form, box

    def _with_unit(self, edit: QLineEdit, unit: str) -> QWidget:
        """A short number field followed by its unit ("days")."""
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 12)
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        layout.addWidget(QLabel(unit))
        layout.addStretch(1)
        holder.setFocusProxy(edit)
        return holder

    def _connect(self) -> None:
        editable: dict[str, QComboBox] = {
            "carrier": self.carrier_combo,
            "time_zone": self.zone_combo,
            "balance_currency": self.currency_combo,
        }
        dates = {
            "expires": self.expires_field,
            "resume_on": self.resume_field,
            "balance_checked_on": self.checked_field,
        }
        edits: dict[str, QLineEdit] = {
            "number": self.number_edit,
            "label": self.label_edit,
            "plan": self.plan_edit,
            "grace_days": self.grace_edit,
            "keep_alive_days": self.keep_alive_edit,
            "balance_amount": self.amount_edit,
        }
        edits.update({field: date_field.line_edit for field, date_field in dates.items()})
        edits.update({field: _line_edit(combo) for field, combo in editable.items()})
        for field, edit in edits.items():
            edit.textEdited.connect(lambda _text, f=field: self._edited(f, False))
            edit.editingFinished.connect(lambda f=field: self._edited(f, True, touch=False))
        for field, date_field in dates.items():
            date_field.picked.connect(lambda f=field: self._edited(f, True))
        combos = {**editable, "kind": self.kind_combo, "status": self.status_combo}
        for field, combo in combos.items():
            combo.activated.connect(lambda _index, f=field: self._edited(f, True))
        for box in self.count_boxes.values():
            box.toggled.connect(lambda _on: self._edited("keep_alive_counts", True))
        self.accounts_edit.textChanged.connect(lambda: self._edited("linked_accounts", True))
        self.notes_edit.textChanged.connect(lambda: self._edited("notes", True))

        self.carrier_combo.currentTextChanged.connect(self.update_defaults)
        self.number_edit.textChanged.connect(self.update_defaults)
        self.keep_alive_edit.textChanged.connect(self.update_defaults)
        self.status_combo.currentIndexChanged.connect(self._update_status)
        self.amount_edit.textEdited.connect(self._default_checked_on)
        self._update_status()

    def _edited(self, field: str, finished: bool, touch: bool = True) -> None:
        if self._filling:
            return
        if touch:
            self.errors.touch(field)
        (self.finished if finished else self.edited).emit(field)

    def line_input(self) -> LineInput:
        """Everything as typed."""
        counts = [kind.value for kind, box in self.count_boxes.items() if box.isChecked()]
        return LineInput(
            number=self.number_edit.text(),
            expires=self.expires_field.text(),
            label=self.label_edit.text(),
            carrier=self.carrier_combo.carrier(),
            kind=str(self.kind_combo.currentData()),
            plan=self.plan_edit.text(),
            time_zone=self.zone_combo.text(),
            grace_days=self.grace_edit.text(),
            keep_alive_days=self.keep_alive_edit.text(),
            keep_alive_counts=",".join(counts),
            balance_amount=self.amount_edit.text(),
            balance_currency=self.currency_combo.text(),
            balance_checked_on=self.checked_field.text(),
            status=str(self.status_combo.currentData()),
            # Only a suspended line has a resume date; the field is disabled otherwise, and a
            # value left in it must not be refused where it cannot be corrected.
            resume_on=self.resume_field.text() if self.resume_field.isEnabled() else "",
            linked_accounts=self.accounts_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def set_input(self, inp: LineInput) -> None:
        """Fill every field from typed values (the Edit mode starting point)."""
        filling, self._filling = self._filling, True
        self.number_edit.setText(inp.number)
        self.label_edit.setText(inp.label)
        self.carrier_combo.set_carrier(inp.carrier)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(inp.kind)))
        self.plan_edit.setText(inp.plan)
        self.zone_combo.setText(inp.time_zone)
        self.expires_field.setText(inp.expires)
        self.grace_edit.setText(inp.grace_days)
        self.keep_alive_edit.setText(inp.keep_alive_days)
        counts = {c for c in inp.keep_alive_counts.replace(" ", "").split(",") if c}
        for kind, box in self.count_boxes.items():
            box.setChecked(not counts or kind.value in counts)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(inp.status)))
        self.resume_field.setText(inp.resume_on)
        self.amount_edit.setText(inp.balance_amount)
        self.currency_combo.setText(inp.balance_currency)
        self.checked_field.setText(inp.balance_checked_on)
        self.accounts_edit.setPlainText(inp.linked_accounts)
        self.notes_edit.setPlainText(inp.notes)
        self._filling = filling
        self.update_defaults()

    def local_errors(self) -> list[FieldError]:
        """What the form refuses on top of the core's validation."""
        # The core reads "no activity named" as "all count"; unticking every box means "none",
        # which would make keep-alive impossible, so refuse it here.
        boxes = self.count_boxes.values()
        if all(box.isEnabled() and not box.isChecked() for box in boxes):
            return [FieldError("keep_alive_counts", ErrorCode.REQUIRED)]
        return []

    def update_defaults(self) -> None:
        """Show what an empty field will mean for the chosen carrier and number."""
        try:
            region: str | None = parse_phone(self.number_edit.text(), None).region
        except ValidationError:
            region = None
        preset = self.carrier_combo.preset(region)
        for combo in (self.zone_combo, self.currency_combo):  # its country's first (#16)
            combo.set_country(region or (preset.country if preset else ""))
        zone = preset.time_zone if preset and preset.time_zone else None
        if zone is None and region:
            zone = default_time_zone(region)
        default = self.tr("Default: from the carrier or the number")
        hint = fill(self.tr("Default: {zone}"), zone=zone) if zone else default
        _line_edit(self.zone_combo).setPlaceholderText(hint)
        grace = preset.grace_days if preset and preset.grace_days is not None else None
        self.grace_edit.setPlaceholderText(str(grace if grace is not None else DEFAULT_GRACE_DAYS))
        verified = preset is not None and preset.verified and grace is not None
        self._grace_form.setRowVisible(self.grace_hint, not verified)
        days = preset.keep_alive_days if preset else None
        self.keep_alive_edit.setPlaceholderText(str(days) if days else self.tr("not needed"))
        active = bool(self.keep_alive_edit.text().strip()) or days is not None
        for box in self.count_boxes.values():
            box.setEnabled(active)
        current = self.currency_combo.text()
        if (
            preset
            and preset.currency
            and current in ("", self._auto_currency)
            and not self._filling
        ):
            self.currency_combo.setText(preset.currency)
            self._auto_currency = preset.currency

    def _update_status(self) -> None:
        suspended = self.status_combo.currentData() == LineStatus.SUSPENDED.value
        self.resume_field.setEnabled(suspended)

    def _default_checked_on(self, amount: str) -> None:
        if self.default_checked_today and amount.strip() and not self.checked_field.text().strip():
            self.checked_field.setText(self._today().isoformat())


def _line_edit(combo: QComboBox) -> QLineEdit:
    """The edit field of an editable combo box."""
    edit = combo.lineEdit()
    assert edit is not None, "only editable combo boxes have a line edit"
    return edit
