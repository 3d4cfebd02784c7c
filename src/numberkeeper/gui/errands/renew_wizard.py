"""The Renew wizard: current state, channel, amount and validity, proof, summary, then one save.

The errand flows one way (#14): the renewal service drafts the renewal from the answers
(services.renewals.draft: the errors by field, the new expiry, the suggested amounts and
currency, the expiry it is based on); the wizard only shows the draft. The amount page
previews it, the summary lists it, and Finish commits the summary's draft, once — the very
renewal the user read (drafted again only if the answers changed since). The service refuses
it if the line was renewed elsewhere since the wizard opened. `finished_with` carries the
RenewalResult.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from numberkeeper.core.checklists import CHANNEL_GUIDANCE, Action
from numberkeeper.core.errors import FieldError, NumberKeeperError
from numberkeeper.core.money import Money
from numberkeeper.core.receipts import Channel
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.errands.checklist_texts import checklist_text, choice_label, facts_html
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.gui.errands.step_fields import NEW_EXPIRY_PREFIX, TextEditor
from numberkeeper.gui.lines.line_facts import LineFacts
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import (
    PreparedRenewal,
    RenewalDraft,
    RenewalInput,
    RenewalResult,
)


def _info_box(label: QLabel) -> QLabel:
    """Frame a wrapped label (guidance, preview); a QLabel is a QFrame, and staying one widget
    keeps its height-for-width, so the wrapped text is never clipped."""
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    return label


class RenewWizard(ChecklistWizard):
    """Renew one line; emits `finished_with(RenewalResult)` once saved."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.RENEW, parent)
        self.setWindowTitle(fill(self.tr("Renew {line}"), line=self.line.display_name))
        catalog = services.lines.catalog
        self.prepared: PreparedRenewal | None = None
        # The first draft, of the empty answers: what to suggest (amounts, currency).
        self.draft: RenewalDraft = self.make_draft()

        self.facts = LineFacts(catalog, language)
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
        for money in self.draft.suggested_amounts:
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
        self.editors["currency"].set_value(self.draft.default_currency)
        method = self.editors["payment_method"]
        assert isinstance(method, TextEditor)
        # The receipt dialog's hint, one catalogue entry: general, true of a line anywhere (#16).
        method.edit.setPlaceholderText(
            QCoreApplication.translate("ReceiptDialog", "e.g. bank card, cash, e-wallet")
        )

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

    def make_draft(self, with_attachment: bool = True) -> RenewalDraft:
        """The service's draft of the answers, based on the expiry this wizard showed."""
        return self.services.renewals.draft(
            self.line.id,
            self.renewal_input(with_attachment),
            self.clock(),
            based_on=self.line.fields.expires_on,
        )

    def extra_errors(self, step_id: str) -> list[FieldError]:
        """On the amount page: the draft's new expiry (its errors are under the fields)."""
        if step_id != "amount":
            return []
        try:
            draft = self.make_draft(with_attachment=False)  # the file is the proof page's
        except NumberKeeperError as e:  # deleted, or locked, meanwhile
            self.preview.setText(write_error_text(e))
            return []  # Finish says it again, and writes nothing
        if not draft.ok:
            self.preview.setText(self.tr("The new expiry shows here once the values are valid."))
        else:
            self.preview.setText(self.preview_text(draft))
        return []

    def preview_text(self, draft: RenewalDraft) -> str:
        """ "New expiry: 2027-02-28 (was 2027-01-31)", and where it is counted from."""
        assert draft.new_expiry is not None
        text = fill(
            self.tr("New expiry: {new} (was {old})"),
            new=draft.new_expiry.isoformat(),
            old=draft.based_on.isoformat(),
        )
        if draft.counted_from_today:
            text += "\n" + fill(
                self.tr("Counted from today, {today}: validity had already ended."),
                today=draft.today.isoformat(),
            )
        return text

    # -- summary and finish ------------------------------------------------------------------

    def _show_summary(self, _step: str = "") -> None:
        while self.summary.rowCount():
            self.summary.removeRow(0)
        try:
            draft = self.make_draft()
        except NumberKeeperError as e:  # deleted, or locked, meanwhile
            self.summary.addRow(write_error_text(e), QLabel())
            return  # Finish says it again, and writes nothing
        self.draft = draft
        if draft.prepared is None:
            return  # the pages before refuse the same values; Finish will take the user there
        prepared = self.prepared = draft.prepared
        yes, no, none = self.tr("yes"), self.tr("no"), self.tr("—")
        source = prepared.source
        balance = str(prepared.new_balance) if prepared.new_balance else self.tr("unchanged")
        rows = [
            (self.tr("Line"), self.facts.text("line")),
            (checklist_text("Channel"), choice_label(prepared.channel.value)),
            (checklist_text("Amount"), str(prepared.amount)),
            (checklist_text("Validity"), self.preview_text(draft)),
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
            self.summary.addRow(fill(self.tr("{label}:"), label=label), shown)

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
        """Commit the draft the summary showed, in one transaction (the service refuses it if
        the line was renewed elsewhere since this wizard showed its expiry)."""
        draft = self.draft
        if draft.source != self.renewal_input():  # answers changed since: draft them again
            draft = self.make_draft()
        return self.services.renewals.commit(draft, self.clock())
