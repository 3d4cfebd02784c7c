"""The Cancel wizard: balance, linked accounts, records, a scam warning, then the last four digits.

The pages show the status service's draft of the answers (services.status.draft_cancel): Finish
stays disabled until the draft finds that the last four digits typed match the number's; it
then commits the draft once, marking the line cancelled (history and receipts are kept).
`finished_with` carries the StatusResult.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.core.phones import format_readable
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.errands.accounts_field import AccountsEditor
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.gui.receipts.receipts_export import export_receipts
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import CancelDraft, CancelInput, StatusResult


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class CancelWizard(ChecklistWizard):
    """Cancel one line; emits `finished_with(StatusResult)` once saved."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.CANCEL, parent)
        self.setWindowTitle(fill(self.tr("Cancel {line}"), line=self.line.display_name))
        fields = self.line.fields
        number = format_readable(fields.number)

        balance = fields.balance
        if balance is not None:
            checked = balance.checked_on.isoformat() if balance.checked_on else self.tr("never")
            recorded = fill(
                self.tr("Last recorded balance: {amount} (checked {date})."),
                amount=str(balance.amount),
                date=checked,
            )
        else:
            recorded = self.tr("No balance is recorded for this line.")
        self.page_of("balance").top.addWidget(_wrapped(recorded))

        accounts = self.editors["accounts"]
        assert isinstance(accounts, AccountsEditor)
        self.accounts_editor = accounts
        try:
            currency = self.make_draft().default_currency
        except NumberKeeperError:  # cancelled meanwhile: Finish says so
            currency = ""
        if currency:
            self.editors["currency"].set_value(currency)

        count = len(self.services.receipts.list(ReceiptFilter(line_id=self.line.id)))
        self.page_of("records").top.addWidget(
            _wrapped(
                self.tr(
                    "This line has %n receipt(s). They and the line's history are kept "
                    "after cancelling, and stay in the receipts window.",
                    "",
                    count,
                )
            )
        )
        self.export_button = QPushButton(self.tr("Export this line's receipts…"))
        self.export_button.setEnabled(count > 0)
        self.export_button.clicked.connect(
            lambda: export_receipts(
                self, self.services, self.clock, ReceiptFilter(line_id=self.line.id)
            )
        )
        self.page_of("records").bottom.addWidget(self.export_button)

        icon = QLabel()
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(32, 32))
        advice = _wrapped(
            self.tr(
                "If someone contacts you about this number and asks for a code, hang up and "
                "call the carrier's official hotline yourself. A recycled number can also "
                "receive messages meant for you: unbind accounts before the carrier closes it."
            )
        )
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(advice, 1)
        self.page_of("scams").top.addLayout(row)

        self.page_of("confirm").top.addWidget(
            _wrapped(
                fill(
                    self.tr(
                        "You are cancelling {name} ({number}). Type the last four digits of the "
                        "number to confirm."
                    ),
                    name=self.line.display_name,
                    number=number,
                )
            )
        )

    def cancel_input(self) -> CancelInput:
        """The answers as the status service takes them."""
        transferred = self.text("transferred")
        return CancelInput(
            last_four=self.text("last_four"),
            transferred=transferred,
            currency=self.text("currency") if transferred else "",
            transferred_to=self.text("transferred_to"),
            accounts=self.accounts_editor.value(),
            records_saved=bool(self.editors["records_saved"].value()),
            scam_warning_read=bool(self.editors["scam_warning_read"].value()),
        )

    def make_draft(self) -> CancelDraft:
        """The status service's draft of the answers."""
        return self.services.status.draft_cancel(self.line.id, self.cancel_input(), self.clock())

    def commit(self) -> StatusResult:
        """Mark the line cancelled in one transaction."""
        return self.services.status.commit(self.make_draft(), self.clock())
