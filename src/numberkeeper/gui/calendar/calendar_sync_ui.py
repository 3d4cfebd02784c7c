"""When the calendar is synced (#17): after the window's first paint, after each change (the
window's one change signal, gui/common/changes.py), hourly, on "Sync now", and when a failed
sync's retry time comes. The sync runs on a worker (ReachWorker): the window never waits
on the network.

A status line in the window's status bar says when the calendar last synced and, in the user's
language, why the last try failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from numberkeeper.gui.data.calendar_texts import calendar_summary
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.reach_texts import sync_status_text
from numberkeeper.gui.reminders.reach_worker import Done, ReachWorker
from numberkeeper.local_zone import local_zone
from numberkeeper.services.calendar_sync import SyncStatus
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services

log = logging.getLogger(__name__)

HOURLY_MS = 3_600_000
# Changes in a burst (an import, a restore) give one sync.
AFTER_CHANGE_MS = 2_000
JOB = "calendar"


class CalendarSyncUi(QObject):
    """Runs the calendar syncs of one window; `status_changed(SyncStatus)` after each."""

    status_changed = Signal(object)

    def __init__(self, window: MainWindow, worker: ReachWorker, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.services = window.services
        self.clock = window.clock
        self.worker = worker
        self.status = SyncStatus(None)
        self.label = QLabel(window)
        self.label.setObjectName("calendarSyncStatus")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self._hourly = self._timer(HOURLY_MS, self.sync, single=False)
        self._after_change = self._timer(AFTER_CHANGE_MS, self._sync_if_changed)
        self._retry = self._timer(0, self.sync)

    def _timer(self, interval_ms: int, slot: Callable[[], None], single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        """Show the status and sync once (the window has painted)."""
        self._hourly.start()
        self.refresh_status()
        if self.status.account is not None:
            self.sync()

    def stop(self) -> None:
        """No more syncs from timers (at exit)."""
        for timer in (self._hourly, self._after_change, self._retry):
            timer.stop()

    def changed(self, changes: Changes | None = None) -> None:
        """Something the calendar shows may have changed (the window's one change signal:
        lines, keep-alive log, reminder settings — or anything, written elsewhere): sync soon."""
        shown = (Kind.LINES, Kind.ACTIVITIES, Kind.REMINDERS)
        if self.status.account is not None and (changes is None or changes.touches(*shown)):
            self._after_change.start()

    def sync(self, force: bool = True) -> None:
        """Sync now, on the worker (once more afterwards if one is running). Not forced (a
        change asked), it asks the server nothing when nothing changed here since a recent
        good sync (CalendarSyncService.sync)."""
        if self.status.account is None:
            return
        clock = self.clock

        def job(own: Services) -> object:
            return own.calendar_sync.sync(clock(), local_zone(), calendar_summary, force)

        self.worker.run(JOB, job, self._synced)

    def connect_account(
        self, url: str, user: str, password: str, calendar: str, done: Done
    ) -> None:
        """Connect an account and sync it a first time, on the worker — the command line's
        `calendar connect` (CalendarSyncService.connect_and_sync). As a job of the syncs' name,
        it never runs beside a sync. `done(Connected | None, error)` on the GUI thread."""
        clock = self.clock

        def job(own: Services) -> object:
            return own.calendar_sync.connect_and_sync(
                url, user, password, calendar or None, clock(), local_zone(), calendar_summary
            )

        self.worker.run(JOB, job, done)

    def _sync_if_changed(self) -> None:
        self.sync(force=False)

    def busy(self) -> bool:
        """Whether a sync is running."""
        return self.worker.busy(JOB)

    def _synced(self, _report: object, error: Exception | None) -> None:
        if error is not None:
            log.info("calendar sync failed: %s", error)  # recorded by the service, shown below
        self.refresh_status()

    def refresh_status(self) -> None:
        """Read how sync stands (SQLite only) and show it; plan the retry after a failure."""
        try:
            self.status = self.services.calendar_sync.status()
        except Exception as e:
            log.warning("could not read the calendar sync status: %s", e)
            return
        status = self.status
        self.label.setVisible(status.account is not None)
        self.label.setText(self._short(status))
        self.label.setToolTip(sync_status_text(status))
        self._retry.stop()
        if status.account is not None and status.retry_at is not None:
            wait = max(status.retry_at - self.clock(), timedelta(0))
            self._retry.start(int(min(wait, timedelta(hours=1)).total_seconds() * 1000) + 250)
        self.status_changed.emit(status)

    def _short(self, status: SyncStatus) -> str:
        if status.problem is not None:
            return self.tr("Calendar: not synced")
        if status.last_good_sync is None:
            return self.tr("Calendar: syncing…")
        return self.tr("Calendar: synced")
