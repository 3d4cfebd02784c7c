"""All the services of one open data folder, built once and handed to the GUI or the CLI."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.services.activities import ActivityService
from numberkeeper.services.checklist_progress import ChecklistProgressService
from numberkeeper.services.lines import LineService
from numberkeeper.services.receipts import ReceiptService
from numberkeeper.services.reminders import ReminderService
from numberkeeper.services.renewals import RenewalService
from numberkeeper.services.secrets import KeyringVault, SecretsService
from numberkeeper.services.status_changes import StatusService


@dataclass(frozen=True)
class Services:
    """The use cases over one database and data folder."""

    data_dir: Path
    lines: LineService
    renewals: RenewalService
    status: StatusService
    receipts: ReceiptService
    activities: ActivityService
    checklists: ChecklistProgressService
    secrets: SecretsService
    reminders: ReminderService

    @classmethod
    def open(
        cls,
        conn: sqlite3.Connection,
        data_dir: Path,
        catalog: CarrierCatalog,
        vault: KeyringVault | None = None,
    ) -> Services:
        """Build every service over an open connection (`vault`: the OS keyring by default)."""
        lines = LineService(conn, catalog)
        return cls(
            data_dir=data_dir,
            lines=lines,
            renewals=RenewalService(lines, data_dir),
            status=StatusService(lines),
            receipts=ReceiptService(lines, data_dir),
            activities=ActivityService(lines),
            checklists=ChecklistProgressService(lines),
            secrets=SecretsService(lines, vault),
            reminders=ReminderService(lines),
        )

    def purge_line(self, line_id: int, now: datetime) -> None:
        """Delete a line for good: its keyring secrets first, then every record of it."""
        self.lines.get(line_id)
        self.secrets.delete_all(line_id, now)
        self.status.purge(line_id)
