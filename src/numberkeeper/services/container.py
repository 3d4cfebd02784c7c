"""All the services of one open data folder, handed to the GUI or the CLI.

Only `lines` is built up front; every other service (and the modules behind it) is built the
first time it is used. The window needs the lines to show itself, and nothing else until the
user does something, so start-up no longer imports receipts, checklists or keyring code (#2).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.services.lines import LineService

if TYPE_CHECKING:
    from numberkeeper.services.activities import ActivityService
    from numberkeeper.services.checklist_progress import ChecklistProgressService
    from numberkeeper.services.receipts import ReceiptService
    from numberkeeper.services.reminders import ReminderService
    from numberkeeper.services.renewals import RenewalService
    from numberkeeper.services.secrets import KeyringVault, SecretsService
    from numberkeeper.services.status_changes import StatusService


class Services:
    """The use cases over one database and data folder."""

    def __init__(self, lines: LineService, data_dir: Path, vault: KeyringVault | None = None):
        self.lines = lines
        self.data_dir = data_dir
        self._vault = vault

    @classmethod
    def open(
        cls,
        conn: sqlite3.Connection,
        data_dir: Path,
        catalog: CarrierCatalog,
        vault: KeyringVault | None = None,
    ) -> Services:
        """The services over an open connection (`vault`: the OS keyring by default)."""
        return cls(LineService(conn, catalog), data_dir, vault)

    @cached_property
    def renewals(self) -> RenewalService:
        from numberkeeper.services.renewals import RenewalService

        return RenewalService(self.lines, self.data_dir)

    @cached_property
    def status(self) -> StatusService:
        from numberkeeper.services.status_changes import StatusService

        return StatusService(self.lines)

    @cached_property
    def receipts(self) -> ReceiptService:
        from numberkeeper.services.receipts import ReceiptService

        return ReceiptService(self.lines, self.data_dir)

    @cached_property
    def activities(self) -> ActivityService:
        from numberkeeper.services.activities import ActivityService

        return ActivityService(self.lines)

    @cached_property
    def checklists(self) -> ChecklistProgressService:
        from numberkeeper.services.checklist_progress import ChecklistProgressService

        return ChecklistProgressService(self.lines)

    @cached_property
    def secrets(self) -> SecretsService:
        from numberkeeper.services.secrets import SecretsService

        return SecretsService(self.lines, self._vault)

    @cached_property
    def reminders(self) -> ReminderService:
        from numberkeeper.services.reminders import ReminderService

        return ReminderService(self.lines)

    def rebind(self, conn: sqlite3.Connection) -> None:
        """Point every service built so far at a reopened connection (after a restore).

        Rebinding, rather than building new Services, keeps valid every reference the
        window, its tray, reminders and open windows hold; services built later take the
        connection from `lines`.
        """
        self.lines.conn = conn
        for service in vars(self).values():
            if isinstance(getattr(service, "conn", None), sqlite3.Connection):
                service.conn = conn

    def purge_line(self, line_id: int, now: datetime) -> None:
        """Delete a line for good: its keyring secrets first, then every record of it."""
        self.lines.get(line_id)
        self.secrets.delete_all(line_id, now)
        self.status.purge(line_id)
