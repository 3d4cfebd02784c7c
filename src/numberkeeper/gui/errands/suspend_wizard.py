"""The Suspend wizard: term, policy and fee, what to prepare, contacts, request, then waiting.

The last step ("waiting for the carrier") may stay open for days: "Save and close" keeps it,
and opening the wizard on the line again continues there. Finish needs the carrier's
confirmation ticked; it then suspends the line through services.status.suspend (a fee becomes a
receipt). `finished_with` carries the updated Line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numberkeeper.core.checklists import Action
from numberkeeper.core.lines import Line
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import SuspendInput


class SuspendWizard(ChecklistWizard):
    """Suspend one line; emits `finished_with(Line)` once saved."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.SUSPEND, parent)
        self.setWindowTitle(self.tr("Suspend {line}").format(line=self.line.display_name))
        if self.preset is not None and self.preset.currency:
            self.editors["currency"].set_value(self.preset.currency)
        elif self.line.fields.balance is not None:
            self.editors["currency"].set_value(self.line.fields.balance.amount.currency)
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

    def commit(self) -> Line:
        """Suspend the line in one transaction."""
        return self.services.status.suspend(self.line.id, self.suspend_input(), self.clock())
