"""The Add receipt / Edit receipt dialog.

Amounts go through the core's `parse_money`, so "10.0005" in KWD is refused here exactly as the
CLI refuses it, with the sentence under the amount field; nothing is written until every field
is accepted. A renewal's expiry dates are kept as they are: editing a receipt never moves a
line's expiry (renewing is the wizard's job).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import ErrorCode, FieldError, NumberKeeperError, ValidationError
from numberkeeper.core.money import Money, parse_money
from numberkeeper.core.receipts import Attachment, Channel, Receipt, ReceiptFields, ReceiptKind
from numberkeeper.core.typed_values import parse_date
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.combos import CurrencyCombo
from numberkeeper.gui.common.date_field import DateField
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.inline_errors import InlineErrors
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.common.screen_fit import fit_into_screen, scrolling
from numberkeeper.gui.common.text_edit import ReadingSideEdit
from numberkeeper.gui.receipts.receipts_table_model import channel_name, kind_name, line_text
from numberkeeper.services.container import Services

FIELD_ORDER = ("line", "paid_on", "kind", "amount", "currency", "channel", "attachment")

# Renewals are recorded by the renew wizard, which also moves the expiry.
ADD_KINDS = (ReceiptKind.VOUCHER, ReceiptKind.SUSPENSION_FEE, ReceiptKind.OTHER)


class ReceiptDialog(QDialog):
    """Add a receipt (`receipt` is None) or edit one; emits `saved` with the service's
    ReceiptResult (the stored receipt and what changed)."""

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        receipt: Receipt | None = None,
        line_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self._language = language
        self._receipt = receipt
        self._attachment: Attachment | None = receipt.fields.attachment if receipt else None
        self._new_file: Path | None = None
        self.setWindowTitle(self.tr("Edit receipt") if receipt else self.tr("Add receipt"))
        self._build(line_id)
        if receipt is not None:
            self._fill(receipt)
        else:
            self._fill_defaults()
        self._connect()

    # -- building ---------------------------------------------------------------------------

    def _build(self, line_id: int | None) -> None:
        self.general_error = ErrorLabel()
        self.errors = InlineErrors(self.general_error)
        self.line_combo = QComboBox()
        lines = self._services.lines.list_lines(include_archived=True)
        for line in lines:
            self.line_combo.addItem(line_text(line), line.id)
        wanted = line_id if line_id is not None else self._receipt_line_id()
        if wanted is not None:
            self.line_combo.setCurrentIndex(max(0, self.line_combo.findData(wanted)))
        # A receipt stays with its line; only a new one chooses.
        self.line_combo.setEnabled(self._receipt is None)
        self.date_field = DateField(self._line_today)
        self.kind_combo = QComboBox()
        kinds = list(ADD_KINDS)
        if self._receipt is not None and self._receipt.fields.kind is ReceiptKind.RENEWAL:
            kinds.insert(0, ReceiptKind.RENEWAL)
        for kind in kinds:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.amount_edit = LeftToRightEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 10.000"))
        self.currency_combo = CurrencyCombo(lambda: self._clock().astimezone().date())
        self.currency_combo.setMinimumContentsLength(5)
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount_edit, 1)
        amount_layout.addWidget(self.currency_combo)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("— not recorded —"), "")
        for channel in Channel:
            self.channel_combo.addItem(channel_name(channel), channel.value)
        self.method_edit = QLineEdit()
        self.method_edit.setPlaceholderText(self.tr("e.g. bank card, cash, e-wallet"))
        self.reference_edit = LeftToRightEdit()
        self.reference_edit.setPlaceholderText(self.tr("transaction number on the slip or SMS"))
        self.sms_box = QCheckBox(self.tr("Confirmation SMS received"))
        self.note_edit = ReadingSideEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4)
        self.attachment_label = QLabel()
        self.attach_button = QPushButton(self.tr("Choose file…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        attach_row = QWidget()
        attach_layout = QHBoxLayout(attach_row)
        attach_layout.setContentsMargins(0, 0, 0, 0)
        attach_layout.addWidget(self.attachment_label, 1)
        attach_layout.addWidget(self.attach_button)
        attach_layout.addWidget(self.remove_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("Line:"), self.line_combo, "line")
        self.errors.add_row(form, self.tr("Paid on:"), self.date_field, "paid_on")
        self.errors.add_row(form, self.tr("Kind:"), self.kind_combo, "kind")
        error = self.errors.add_row(
            form, self.tr("Amount:"), amount_row, "amount", focus=self.amount_edit
        )
        self.errors.share("currency", error, self.currency_combo)
        self.errors.add_row(form, self.tr("Channel:"), self.channel_combo, "channel")
        form.addRow(self.tr("Payment method:"), self.method_edit)
        form.addRow(self.tr("Reference:"), self.reference_edit)
        form.addRow("", self.sms_box)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.errors.add_row(form, self.tr("Attachment:"), attach_row, "attachment")
        renewal = self._receipt.fields if self._receipt else None
        if renewal and renewal.previous_expiry and renewal.new_expiry:
            hint = QLabel(
                fill(
                    self.tr(
                        "This renewal moved the expiry from {before} to {after}. Editing the "
                        "receipt does not change the line's expiry."
                    ),
                    before=renewal.previous_expiry.isoformat(),
                    after=renewal.new_expiry.isoformat(),
                )
            )
            hint.setWordWrap(True)
            form.addRow("", hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        content.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        # The form scrolls instead of growing past a small screen (#16).
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.buttons)
        form_size = content.sizeHint()
        chrome = self.buttons.sizeHint().height() + 3 * layout.spacing()
        fit_into_screen(
            self, QSize(max(460, form_size.width() + 24), form_size.height() + chrome + 24)
        )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.attach_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self._remove_file)
        edits = {
            "amount": self.amount_edit,
            "paid_on": self.date_field.line_edit,
            "currency": self.currency_combo.lineEdit(),
        }
        for field, edit in edits.items():
            if edit is None:
                continue
            edit.textEdited.connect(lambda _text, f=field: self._edited(f))
            edit.editingFinished.connect(self._validate)
        self.date_field.picked.connect(lambda: self._edited("paid_on"))
        self.currency_combo.activated.connect(lambda _index: self._edited("currency"))

    def _receipt_line_id(self) -> int | None:
        return self._receipt.fields.line_id if self._receipt else None

    def _fill(self, receipt: Receipt) -> None:
        f = receipt.fields
        self.date_field.setText(f.paid_on.isoformat())
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(f.kind.value)))
        self.amount_edit.setText(f.amount.amount_text())
        self.currency_combo.setText(f.amount.currency)
        self.channel_combo.setCurrentIndex(
            max(0, self.channel_combo.findData(f.channel.value if f.channel else ""))
        )
        self.method_edit.setText(f.payment_method)
        self.reference_edit.setText(f.reference)
        self.sms_box.setChecked(f.sms_confirmed)
        self.note_edit.setPlainText(f.note)
        self._update_attachment()

    def _fill_defaults(self) -> None:
        self.date_field.setText(self._line_today().isoformat())
        line_id = self.line_id()
        currency = ""
        if line_id is not None:
            line = self._services.lines.get(line_id)
            if line.fields.balance is not None:
                currency = line.fields.balance.amount.currency
            else:
                preset = self._services.lines.catalog.get(line.fields.carrier)
                currency = preset.currency if preset and preset.currency else ""
        self.currency_combo.setText(currency)
        self._update_attachment()

    # -- values -----------------------------------------------------------------------------

    def line_id(self) -> int | None:
        """The chosen line's id."""
        data = self.line_combo.currentData()
        return int(data) if data is not None else None

    def _line_today(self) -> date:
        """Today where the line's carrier is; the user's today without a line, or when the
        line cannot be read (deleted or locked meanwhile: saving will say so)."""
        now = self._clock()
        line_id = self.line_id()
        if line_id is None:
            return now.astimezone().date()
        try:
            return self._services.lines.get(line_id).local_date(now)
        except NumberKeeperError:
            return now.astimezone().date()

    def field_errors(self, field: str) -> tuple[str, ...]:
        """The messages shown under a field."""
        return self.errors.messages(field)

    def _parse(self) -> tuple[ReceiptFields | None, list[FieldError]]:
        errors: list[FieldError] = []
        line_id = self.line_id()
        if line_id is None:
            errors.append(FieldError("line", ErrorCode.REQUIRED))
        paid_on: date | None = None
        amount: Money | None = None
        try:
            paid_on = parse_date(self.date_field.text(), "paid_on")
        except ValidationError as e:
            errors.extend(e.errors)
        try:
            amount = parse_money(self.amount_edit.text(), self.currency_combo.text(), "amount")
        except ValidationError as e:
            errors.extend(e.errors)
        if self._new_file is not None and not self._new_file.is_file():
            errors.append(
                FieldError(
                    "attachment",
                    ErrorCode.FILE_UNREADABLE,
                    {"value": self._new_file.name, "reason": self.tr("no such file")},
                )
            )
        if errors or line_id is None or paid_on is None or amount is None:
            return None, errors
        channel = str(self.channel_combo.currentData() or "")
        fields = ReceiptFields(
            line_id=line_id,
            paid_on=paid_on,
            kind=ReceiptKind(str(self.kind_combo.currentData())),
            amount=amount,
            channel=Channel(channel) if channel else None,
            payment_method=self.method_edit.text().strip(),
            reference=self.reference_edit.text().strip(),
            sms_confirmed=self.sms_box.isChecked(),
            attachment=self._attachment,
            note=self.note_edit.toPlainText().strip(),
        )
        if self._receipt is not None:
            old = self._receipt.fields
            fields = dataclasses.replace(
                fields, previous_expiry=old.previous_expiry, new_expiry=old.new_expiry
            )
        return fields, errors

    # -- reacting ---------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        self.errors.touch(field)
        # While typing, only re-check when something shows, so an error clears as it is fixed.
        if self.errors.messages(field) or field in ("currency", "paid_on"):
            self._validate()

    def _validate(self) -> None:
        self.errors.show(self._parse()[1])

    def _choose_file(self) -> None:
        path = prompts.choose_file(
            self,
            self.tr("Attach the receipt"),
            self.tr("Photos and PDFs (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)"),
        )
        if path is not None:
            self._new_file = path
            self.errors.touch("attachment")
            self._update_attachment()
            self._validate()

    def _remove_file(self) -> None:
        self._new_file = None
        self._attachment = None
        self._update_attachment()
        self._validate()

    def _update_attachment(self) -> None:
        if self._new_file is not None:
            text = fill(
                self.tr("{name} (will be copied into the data folder)"), name=self._new_file.name
            )
        elif self._attachment is not None:
            text = self._attachment.original_name
        else:
            text = self.tr("none")
        self.attachment_label.setText(text)
        self.remove_button.setEnabled(self._new_file is not None or self._attachment is not None)
        self.attach_button.setText(
            self.tr("Replace…") if self._attachment or self._new_file else self.tr("Choose file…")
        )

    def _save(self) -> None:
        self.errors.touch_all()
        fields, errors = self._parse()
        if fields is None:
            self.errors.show(errors)
            self.errors.focus_first(errors, FIELD_ORDER)
            return
        try:
            if self._receipt is None:
                result = self._services.receipts.add(fields, self._clock(), self._new_file)
            else:
                result = self._services.receipts.edit(
                    self._receipt.id, fields, self._clock(), self._new_file
                )
        except ValidationError as e:
            self.errors.show(e.errors)
            self.errors.focus_first(e.errors, FIELD_ORDER)
            return
        except NumberKeeperError as e:
            prompts.error(self, self.tr("The receipt was not saved"), write_error_text(e))
            return
        self.errors.show([])
        self.saved.emit(result)
        self.accept()
