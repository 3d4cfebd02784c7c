"""The automatic daily backup: once at start-up, then once each local day while running (#5).

The copy itself (`services.backups.daily_backup`, the SQLite backup API) runs in a worker
thread so a large database never freezes the window. A single-shot timer is armed for just
after the next local midnight, capped at an hour: a timer counts monotonic time, so after a
sleep or a clock change it would fire late, and the hourly wake notices the new day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import failure_text

log = logging.getLogger(__name__)

MAX_WAIT = timedelta(hours=1)
# A little after midnight, so the clock read at the wake is in the new day for certain.
AFTER_MIDNIGHT = timedelta(seconds=30)

BackupJob = Callable[[datetime], Path | None]
"""Makes today's backup at `now` (None when today's already exists); runs in a worker thread."""


def ms_until_next_check(now: datetime, max_wait: timedelta = MAX_WAIT) -> int:
    """Milliseconds from `now` until just after the next local midnight, at most `max_wait`."""
    local = now.astimezone()
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    wait = min(midnight + AFTER_MIDNIGHT - local, max_wait)
    return max(int(wait.total_seconds() * 1000), 0)


class _BackupThread(QThread):
    def __init__(self, job: Callable[[], Path | None]) -> None:
        super().__init__()
        self._job = job
        self.result: Path | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """Qt's hook, in the worker thread."""
        try:
            self.result = self._job()
        except Exception as e:  # reported in the GUI thread
            self.error = e


class DailyBackups(QObject):
    """Runs `job` once per local day: at `start()`, and after each local midnight.

    `made(path)` follows a new backup; `failed(message)` a failed one (it is tried again at
    the next wake).
    """

    made = Signal(object)
    failed = Signal(str)
    finished = Signal()  # after each attempt, made or not

    def __init__(self, job: Callable[[], BackupJob], clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._job = job  # asked for the job each time: a restore replaces the connection
        self._clock = clock
        self._done_on: date | None = None
        self._day: date | None = None
        self._thread: _BackupThread | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Back up now if today has no backup yet, and plan the next check."""
        self.check()

    def stop(self) -> None:
        """Stop planning, and wait for a running backup to end (before closing the database)."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.wait()
            self._on_finished()

    @property
    def running(self) -> bool:
        """Whether a backup is being written now."""
        return self._thread is not None

    def check(self) -> None:
        """Make today's backup unless it is made (or being made); plan the next check."""
        now = self._clock()
        self.timer.start(ms_until_next_check(now))
        today = now.astimezone().date()
        if self._thread is not None or self._done_on == today:
            return
        job = self._job()
        # The services take "today" from the time they are given: local time, for local days.
        thread = _BackupThread(lambda: job(now.astimezone()))
        thread.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        self._day = today
        thread.start()

    def _on_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        if thread.error is None:
            self._done_on = self._day
            if thread.result is not None:
                log.info("daily backup written to %s", thread.result)
                self.made.emit(thread.result)
        else:
            log.warning("daily backup failed: %s", thread.error)
            self.failed.emit(failure_text(thread.error))  # in the user's language
        thread.deleteLater()
        self.finished.emit()
