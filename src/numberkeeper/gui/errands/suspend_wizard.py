"""The Suspend wizard: term, policy and fee, what to prepare, contacts, request, then waiting.

The last step ("waiting for the carrier") may stay open for days: "Save and close" keeps it,
and opening the wizard on the line again continues there. The pages show the status service's
draft of the answers (services.status.draft_suspend: its errors, the currency it suggests);
Finish needs the carrier's confirmation ticked, then commits a draft once (a fee becomes a
receipt). `finished_with` carries the StatusResult.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import StatusResult, SuspendDraft, SuspendInput


class SuspendWizard(ChecklistWizard):
    """Suspend one line; emits `finished_with(StatusResult)` once saved."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.SUSPEND, parent)
        self.setWindowTitle(fill(self.tr("Suspend {line}"), line=self.line.display_name))
        try:
            currency = self.make_draft().default_currency
        except NumberKeeperError:  # no longer active: Finish says so
            currency = ""
        if currency:
            self.editors["currency"].set_value(currency)
        self.editors["submitted_on"].set_value(self.line_today().isoformat())

    def suspend_input(self) -> SuspendInput:
        """The answers as the status service takes them."""
        return SuspendInput(
            term=self.text("term"),
            resume_on=self.text("resume_on"),
            fee=self.text("fee"),
            currency=self.text("currency") if self.text("fee") else "",
            submitted_on=self.text("submitted_on"),
            reference=self.text("reference"),
            contacts_told=bool(self.editors["contacts_told"].value()),
        )

    def make_draft(self) -> SuspendDraft:
        """The status service's draft of the answers."""
        return self.services.status.draft_suspend(self.line.id, self.suspend_input(), self.clock())

    def commit(self) -> StatusResult:
        """Suspend the line in one transaction."""
        return self.services.status.commit(self.make_draft(), self.clock())
