"""The Renew wizard: current state, channel, amount and validity, proof, summary, then one save.

The new expiry is previewed on the amount page with services.renewals.prepare — the very
computation Finish saves with — so what the user sees before saving is what gets stored.
Finish prepares again (the clock may have moved) and commits: receipt, new expiry, balance and
event in one transaction. `finished_with` carries the RenewalResult.
"""

from __future__ import annotations

import html
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from numberkeeper.core.checklists import CHANNEL_GUIDANCE, Action
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    FieldError,
    NumberKeeperError,
    ValidationError,
)
from numberkeeper.core.money import Money, parse_money
from numberkeeper.core.receipts import Channel, ReceiptFilter, ReceiptKind
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.errands.checklist_texts import checklist_text, choice_label, facts_html
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.gui.errands.step_fields import NEW_EXPIRY_PREFIX
from numberkeeper.gui.lines.line_facts import LineFacts
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import PreparedRenewal, RenewalInput, RenewalResult

AMOUNT_FIELDS = ("amount", "currency", "extension", "new_balance")
MAX_QUICK_AMOUNTS = 6


def _info_box(label: QLabel) -> QLabel:
    """Frame a wrapped label (guidance, preview); a QLabel is a QFrame, and staying one widget
    keeps its height-for-width, so the wrapped text is never clipped."""
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    return label


class RenewWizard(ChecklistWizard):
    """Renew one line; emits `finished_with(RenewalResult)` once saved."""

    field_aliases: ClassVar[dict[str, str]] = {"extend": "extension", "new_expiry": "extension"}

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.RENEW, parent)
        self.setWindowTitle(self.tr("Renew {line}").format(line=self.line.display_name))
        catalog = services.lines.catalog
        self.prepared: PreparedRenewal | None = None

        self.facts = LineFacts(clock, catalog, language)
        self.page_of("state").top.addWidget(self.facts)
        self.page_of("state").entered.connect(self._show_state)
        self._show_state()

        self.guidance = QLabel()
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setOpenExternalLinks(True)
        self.guidance_box = _info_box(self.guidance)
        self.page_of("channel").bottom.addWidget(self.guidance_box)
        self.editors["channel"].changed.connect(self._update_guidance)
        self._update_guidance()

        self.quick_buttons: list[QPushButton] = []
        quick = QWidget()
        quick_row = QHBoxLayout(quick)
        quick_row.setContentsMargins(0, 0, 0, 0)
        for money in self.usual_amounts():
            button = QPushButton(str(money), quick)
            button.clicked.connect(lambda _on=False, m=money: self.use_amount(m))
            quick_row.addWidget(button)
            self.quick_buttons.append(button)
        quick_row.addStretch(1)
        if self.quick_buttons:
            self.page_of("amount").insert_row_after("amount", self.tr("Usual amounts:"), quick)
        self.preview = QLabel()
        self.preview_box = _info_box(self.preview)
        self.page_of("amount").bottom.addWidget(self.preview_box)
        self.editors["currency"].set_value(self.default_currency())

        self.summary = QFormLayout()
        self.page_of("summary").top.addLayout(self.summary)
        self.page_of("summary").entered.connect(self._show_summary)

    # -- content -----------------------------------------------------------------------------

    def _show_state(self, _step: str = "") -> None:
        self.facts.show_line(self.line, self.clock())

    def _update_guidance(self) -> None:
        channel = self.text("channel")
        if channel in set(Channel):
            general = html.escape(checklist_text(CHANNEL_GUIDANCE[Channel(channel)]), quote=False)
            own = self.preset.facts_for(Action.RENEW, "channel", channel) if self.preset else ()
            self.guidance.setText(f"<p>{general}</p>" + facts_html(own, self.language))
        else:
            self.guidance.setText(self.tr("Choose a channel to see what to keep in mind."))

    def usual_amounts(self) -> list[Money]:
        """The carrier's usual recharge amounts, then this line's earlier renewal amounts."""
        amounts: list[Money] = []
        if self.preset is not None and self.preset.currency:
            for text in self.preset.recharge_amounts:
                try:
                    amounts.append(parse_money(text, self.preset.currency))
                except ValidationError:
                    continue
        for receipt in self.services.receipts.list(ReceiptFilter(line_id=self.line.id)):
            if receipt.fields.kind is ReceiptKind.RENEWAL:
                amounts.append(receipt.fields.amount)
        return list(dict.fromkeys(amounts))[:MAX_QUICK_AMOUNTS]

    def default_currency(self) -> str:
        """The carrier's currency, else the balance's, else the one last paid in."""
        if self.preset is not None and self.preset.currency:
            return self.preset.currency
        if self.line.fields.balance is not None:
            return self.line.fields.balance.amount.currency
        earlier = self.services.receipts.list(ReceiptFilter(line_id=self.line.id))
        return earlier[-1].fields.amount.currency if earlier else ""

    def use_amount(self, money: Money) -> None:
        """Fill in one of the usual amounts (a quick button)."""
        self.editors["amount"].set_value(money.amount_text())
        self.editors["currency"].set_value(money.currency)
        self.editors["amount"].changed.emit()

    # -- checking ----------------------------------------------------------------------------

    def renewal_input(self, with_attachment: bool = True) -> RenewalInput:
        """The answers as the renewal service takes them."""
        extension = self.text("extension")
        explicit = extension.startswith(NEW_EXPIRY_PREFIX)
        return RenewalInput(
            amount=self.text("amount"),
            currency=self.text("currency"),
            channel=self.text("channel"),
            extend="" if explicit else extension,
            new_expiry=extension[len(NEW_EXPIRY_PREFIX) :] if explicit else "",
            payment_method=self.text("payment_method"),
            reference=self.text("reference"),
            sms_confirmed=bool(self.editors["sms_confirmed"].value()),
            attachment=self.text("attachment") if with_attachment else "",
            new_balance=self.text("new_balance"),
            note=self.text("note"),
        )

    def extra_errors(self, step_id: str) -> list[FieldError]:
        """On the amount page: what prepare() refuses, and the preview of the new expiry."""
        if step_id != "amount":
            return []
        try:
            prepared = self.services.renewals.prepare(
                self.line.id, self.renewal_input(with_attachment=False), self.clock()
            )
        except ValidationError as e:
            self.preview.setText(self.tr("The new expiry shows here once the values are valid."))
            errors = [
                FieldError(self.field_aliases.get(x.field, x.field), x.code, x.params)
                for x in e.errors
            ]
            return [x for x in errors if x.field in AMOUNT_FIELDS]
        except NumberKeeperError as e:  # deleted, or locked, meanwhile
            self.preview.setText(write_error_text(e))
            return []  # Finish says it again, and writes nothing
        self.preview.setText(self.preview_text(prepared))
        return []

    def preview_text(self, prepared: PreparedRenewal) -> str:
        """ "New expiry: 2027-02-28 (was 2027-01-31)", and where it is counted from."""
        old = self.line.fields.expires_on
        new = prepared.outcome.new_expiry
        text = self.tr("New expiry: {new} (was {old})").format(
            new=new.isoformat(), old=old.isoformat()
        )
        today = self.line_today()
        if prepared.outcome.chain is not None and today >= old:
            text += "\n" + self.tr(
                "Counted from today, {today}: validity had already ended."
            ).format(today=today.isoformat())
        return text

    # -- summary and finish ------------------------------------------------------------------

    def _show_summary(self, _step: str = "") -> None:
        while self.summary.rowCount():
            self.summary.removeRow(0)
        try:
            prepared = self.services.renewals.prepare(
                self.line.id, self.renewal_input(), self.clock()
            )
        except ValidationError:
            return  # the pages before refuse the same values; Finish will take the user there
        except NumberKeeperError as e:  # deleted, or locked, meanwhile
            self.summary.addRow(write_error_text(e), QLabel())
            return  # Finish says it again, and writes nothing
        self.prepared = prepared
        yes, no, none = self.tr("yes"), self.tr("no"), self.tr("—")
        source = prepared.source
        balance = str(prepared.new_balance) if prepared.new_balance else self.tr("unchanged")
        rows = [
            (self.tr("Line"), self.facts.text("line")),
            (checklist_text("Channel"), choice_label(prepared.channel.value)),
            (checklist_text("Amount"), str(prepared.amount)),
            (checklist_text("Validity"), self.preview_text(prepared)),
            (checklist_text("Balance afterwards"), balance),
            (checklist_text("Payment method"), source.payment_method or none),
            (checklist_text("Reference / transaction number"), source.reference or none),
            (checklist_text("Confirmation SMS received"), yes if source.sms_confirmed else no),
            (checklist_text("Receipt photo or PDF"), source.attachment or none),
            (checklist_text("Note"), source.note or none),
        ]
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            self.summary.addRow(self.tr("{label}:").format(label=label), shown)

    def summary_rows(self) -> dict[str, str]:
        """What the summary page lists, label → value (for tests)."""
        rows: dict[str, str] = {}
        for row in range(self.summary.rowCount()):
            label = self.summary.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self.summary.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label else None
            value_widget = value.widget() if value else None
            if isinstance(label_widget, QLabel) and isinstance(value_widget, QLabel):
                rows[label_widget.text()] = value_widget.text()
        return rows

    def commit(self) -> RenewalResult:
        """Prepare again at this instant and save it all in one transaction."""
        now = self.clock()
        prepared = self.services.renewals.prepare(self.line.id, self.renewal_input(), now)
        if prepared.line.fields.expires_on != self.line.fields.expires_on:
            # Renewed elsewhere (another window, the CLI) since this wizard showed its preview:
            # saving now would extend from a different expiry than the one the user saw.
            raise ChangedElsewhereError(f"line {self.line.id} was renewed elsewhere meanwhile")
        return self.services.renewals.commit(prepared, now)
