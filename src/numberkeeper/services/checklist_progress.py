"""Saving and resuming a half-finished errand (a suspension waiting for the carrier …)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from numberkeeper.core.checklists import Action, step_index
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.lines import LineService
from numberkeeper.store import checklist_runs
from numberkeeper.store.db import transaction


@speaks_storage
class ChecklistProgressService:
    """Checklist runs over one database."""

    def __init__(self, lines: LineService) -> None:
        self.lines = lines
        self.conn = lines.conn

    def save(
        self, line_id: int, action: Action, step_id: str, answers: dict[str, Any], now: datetime
    ) -> None:
        """Remember where an errand stands; called on every step change."""
        self.lines.get(line_id)
        with transaction(self.conn):
            checklist_runs.save(self.conn, line_id, action, step_id, answers, now)

    def resume_point(self, line_id: int, action: Action) -> tuple[int, dict[str, Any]] | None:
        """(step index, answers) of an open run to continue, or None to start afresh."""
        run = checklist_runs.open_run(self.conn, line_id, action)
        if run is None:
            return None
        return step_index(action, run.step), run.answers

    def abandon(self, line_id: int, action: Action, now: datetime) -> None:
        """Drop an open run (the user chose to start over or gave up)."""
        with transaction(self.conn):
            checklist_runs.close(self.conn, line_id, action, "abandoned", now)
