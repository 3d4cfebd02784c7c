"""The Resume wizard: ask the carrier to restore service, check it works, then clear the
suspension. The pages show the status service's draft of the answers
(services.status.draft_resume); Finish commits one. `finished_with` carries the StatusResult."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numberkeeper.core.checklists import Action
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import ResumeDraft, ResumeInput, StatusResult


class ResumeWizard(ChecklistWizard):
    """Resume one suspended line; emits `finished_with(StatusResult)` once saved."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, clock, language, line_id, Action.RESUME, parent)
        self.setWindowTitle(fill(self.tr("Resume {line}"), line=self.line.display_name))
        self.editors["requested_on"].set_value(self.line_today().isoformat())

    def make_draft(self) -> ResumeDraft:
        """The status service's draft of the answers."""
        typed = ResumeInput(self.text("reference"), self.text("requested_on"))
        return self.services.status.draft_resume(self.line.id, typed, self.clock())

    def commit(self) -> StatusResult:
        """Clear the suspension in one transaction."""
        return self.services.status.commit(self.make_draft(), self.clock())
