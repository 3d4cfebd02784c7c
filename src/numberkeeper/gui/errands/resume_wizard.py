"""The Resume wizard: ask the carrier to restore service, check it works, then clear the
suspension through services.status.resume. `finished_with` carries the updated Line."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numberkeeper.core.checklists import Action
from numberkeeper.core.lines import Line
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.services.container import Services


class ResumeWizard(ChecklistWizard):
    """Resume one suspended line; emits `finished_with(Line)` once saved."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.RESUME, parent)
        self.setWindowTitle(self.tr("Resume {line}").format(line=self.line.display_name))
        self.editors["requested_on"].set_value(self.line_today().isoformat())

    def commit(self) -> Line:
        """Clear the suspension in one transaction."""
        return self.services.status.resume(
            self.line.id, self.clock(), self.text("reference"), self.text("requested_on")
        )
