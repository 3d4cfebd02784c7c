"""All the services of one open data folder, handed to the GUI or the CLI.

The container owns the connection (#14): `open_folder` opens the folder's database, `close`
closes it, `restore` swaps a backup in and opens it again; the faces never touch SQLite. Only
`lines` is built up front; every other service (and the modules behind it) is built the
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
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.lines import LineService
from numberkeeper.store.base import Connection
from numberkeeper.store.db import BUSY_TIMEOUT_MS, DATABASE_NAME, connect

if TYPE_CHECKING:
    from numberkeeper.services.activities import ActivityService
    from numberkeeper.services.archives import RestoreReport
    from numberkeeper.services.calendar_sync import CalendarSyncService
    from numberkeeper.services.changes import Changes
    from numberkeeper.services.checklist_progress import ChecklistProgressService
    from numberkeeper.services.push import PushService
    from numberkeeper.services.receipts import ReceiptService
    from numberkeeper.services.reminders import ReminderService
    from numberkeeper.services.renewals import RenewalService
    from numberkeeper.services.secrets import KeyringVault, SecretsService
    from numberkeeper.services.status_changes import StatusService


class Services:
    """The use cases over one database and data folder."""

    def __init__(
        self,
        lines: LineService,
        data_dir: Path,
        vault: KeyringVault | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ):
        self.lines = lines
        self.data_dir = data_dir
        self._vault = vault
        self._busy_timeout_ms = busy_timeout_ms
        self.closed = False  # True after `close`, and after a restore that could not reopen
        self._data_version: int | None = None  # see `changed_elsewhere`

    @classmethod
    def open(
        cls,
        conn: sqlite3.Connection,
        data_dir: Path,
        catalog: CarrierCatalog,
        vault: KeyringVault | None = None,
    ) -> Services:
        """The services over a connection already open; they own it from now on (`vault`:
        the OS keyring by default)."""
        return cls(LineService(conn, catalog), data_dir, vault)

    @classmethod
    def open_folder(
        cls,
        data_dir: Path,
        catalog: CarrierCatalog,
        vault: KeyringVault | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> Services:
        """The services over the database of a data folder, created if there is none.

        StorageError when it cannot be used (store.db.connect): another program's file, a
        damaged or newer one, a read-only place, a full disk … `busy_timeout_ms`: how long a
        write waits for another program's (the window waits less than the command line).
        """
        conn = connect(data_dir / DATABASE_NAME, busy_timeout_ms)
        return cls(LineService(conn, catalog), data_dir, vault, busy_timeout_ms)

    def reopened(self) -> Services:
        """The same data folder's services on a connection of their own, with the same
        keyring: for a worker thread, whose writes must not interleave with this one's
        transactions (#17: calendar sync and pushes run off the GUI thread). Close it after."""
        return Services.open_folder(
            self.data_dir, self.lines.catalog, self._vault, self._busy_timeout_ms
        )

    @property
    def database(self) -> Path:
        """The database file."""
        return self.data_dir / DATABASE_NAME

    def close(self) -> None:
        """Close the database. Nothing may use the services afterwards but `restore`."""
        self.lines.conn.close()
        self.closed = True

    @storage_errors
    def restore(self, archive: Path, now: datetime) -> RestoreReport:
        """Replace the data with a backup archive's, and go on over the restored database.

        The archive is checked first (RestoreRefusedError, nothing changed); the current data
        is kept as a safety copy (services.backups.restore_archive). The database is closed
        for the swap and opened again afterwards, also when the restore was refused; every
        service built so far is pointed at the new connection (`rebind`). If it cannot be
        opened again, that StorageError is raised and `closed` stays True.
        """
        from numberkeeper.services.backups import restore_archive

        self.close()
        try:
            return restore_archive(archive, self.data_dir, now)
        finally:
            self.rebind(connect(self.database, self._busy_timeout_ms))

    @storage_errors
    def changed_elsewhere(self) -> bool:
        """Whether another program wrote to the database since the last call (#15).

        Cheap enough to ask twice a second: `PRAGMA data_version` reads a counter of the
        connection, which moves when any other connection commits. If the file itself was
        replaced (a restore made by the command line), the new one is opened, and every
        service goes on over it. The first call only takes the counter.
        """
        conn = self.lines.conn
        replaced = isinstance(conn, Connection) and conn.replaced()
        if replaced:
            self.rebind(connect(self.database, self._busy_timeout_ms))
            conn.close()
        version = int(self.lines.conn.execute("PRAGMA data_version").fetchone()[0])
        before, self._data_version = self._data_version, version
        return replaced or (before is not None and before != version)

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

    @cached_property
    def calendar_sync(self) -> CalendarSyncService:
        from numberkeeper.services.calendar_sync import CalendarSyncService

        return CalendarSyncService(self.lines, self.reminders, self._vault)

    @cached_property
    def push(self) -> PushService:
        from numberkeeper.services.push import PushService

        return PushService(self.reminders, self._vault)

    def rebind(self, conn: sqlite3.Connection) -> None:
        """Point every service built so far at a reopened connection (after a restore).

        Rebinding, rather than building new Services, keeps valid every reference the
        window, its tray, reminders and open windows hold; services built later take the
        connection from `lines`.
        """
        self.lines.conn = conn
        self.closed = False
        self._data_version = None
        for service in vars(self).values():
            if isinstance(getattr(service, "conn", None), sqlite3.Connection):
                service.conn = conn

    @storage_errors
    def purge_line(self, line_id: int, now: datetime) -> Changes:
        """Delete a line for good: its keyring secrets first, then every record of it."""
        self.lines.get(line_id)
        self.secrets.delete_all(line_id, now)
        return self.status.purge(line_id)
