"""When to look at the reminders: one single-shot timer armed for the exact moment the next
one falls due — no polling.

The wait is capped (an hour), because a timer counts monotonic time: after a sleep or a
wall-clock change it would fire late or early. Each wake compares the wall clock with the
monotonic clock; a difference means the clock jumped, and the plan is made again from the
wall clock. Becoming the active application (e.g. after a resume) also checks at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.core.reminders import Reminder, ReminderState, needs_notification
from numberkeeper.gui.common.clock import Clock
from numberkeeper.local_zone import local_zone
from numberkeeper.services.reminders import ReminderCheck

log = logging.getLogger(__name__)

MAX_WAIT = timedelta(hours=1)
# Wall and monotonic time may drift apart a little between wakes; more than this is a jump.
JUMP_TOLERANCE = timedelta(seconds=30)
# Fire a little after the due instant, so the clock read in the check is past it for certain.
MARGIN_MS = 250
# After the database could not be read, look again this soon.
RETRY_AFTER_ERROR_MS = 60_000


class ReminderSource(Protocol):
    """What the scheduler needs from services.reminders."""

    def check(self, now: datetime, user_zone: tzinfo) -> ReminderCheck: ...

    def mark_notified(self, keys: Sequence[str], now: datetime) -> None: ...


class Notifier(Protocol):
    """Shows one reminder outside the window (desktop notification or tray message).

    Calls `delivered(reminder)` once something took it (at once for a tray message; when the
    notification server answered with an id for a desktop notification), or
    `undelivered(reminder)` when nothing could show it. Only delivered reminders are recorded
    as notified; the rest are tried again at the next check.
    """

    def notify(
        self,
        reminder: Reminder,
        delivered: Callable[[Reminder], object],
        undelivered: Callable[[Reminder], object],
    ) -> None: ...


def wait_ms(now: datetime, next_check: datetime | None, max_wait: timedelta = MAX_WAIT) -> int:
    """Milliseconds to wait from `now` until `next_check` (capped at `max_wait`)."""
    wait = max_wait
    if next_check is not None:
        wait = min(max(next_check - now, timedelta(0)), max_wait)
    return int(wait.total_seconds() * 1000) + MARGIN_MS


class ReminderScheduler(QObject):
    """Checks the reminders when one falls due; `due_changed` carries the list due now."""

    due_changed = Signal(list)  # list[Reminder]
    clock_jumped = Signal()

    def __init__(
        self,
        reminders: ReminderSource,
        clock: Clock,
        notifier: Notifier | None = None,
        parent: QObject | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        zone: Callable[[], tzinfo] = local_zone,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._clock = clock
        self._notifier = notifier
        self._monotonic = monotonic
        self._zone = zone  # where the user's reminder hour is (#17), read at each check
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may fire 5 % early: that would wake before the due instant.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)
        self._armed_wall: datetime | None = None
        self._armed_mono = 0.0
        self.due: list[Reminder] = []
        self._in_flight: set[str] = set()  # keys handed to the notifier, not answered yet
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    # -- timer ------------------------------------------------------------------------------

    def start(self) -> None:
        """Check now (what fell due while the app was closed), then plan the next check."""
        self.check()

    def stop(self) -> None:
        """Stop planning checks."""
        self._timer.stop()

    def is_active(self) -> bool:
        """Whether a check is planned."""
        return self._timer.isActive()

    def interval(self) -> int:
        """Milliseconds the planned check was armed for."""
        return self._timer.interval()

    def _arm(self, now: datetime, next_check: datetime | None) -> None:
        self._timer.start(wait_ms(now, next_check))
        self._armed_wall = now
        self._armed_mono = self._monotonic()

    def jumped(self) -> bool:
        """Whether the wall clock moved differently from the monotonic clock since arming."""
        if self._armed_wall is None:
            return False
        wall = self._clock() - self._armed_wall
        mono = timedelta(seconds=self._monotonic() - self._armed_mono)
        return abs(wall - mono) > JUMP_TOLERANCE

    def _wake(self) -> None:
        if self.jumped():
            log.info("wall clock jumped or the machine slept: re-planning reminders")
            self.clock_jumped.emit()
        self.check()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.jumped():
            self._wake()

    # -- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        """Read what is due now, announce it, notify what is new, and plan the next check."""
        now = self._clock()
        try:
            # One read of lines and state, one pass over them, per wake (#4).
            result = self._reminders.check(now, self._zone())
        except NumberKeeperError as e:  # e.g. locked by the command line for longer than 5 s
            log.warning("could not check the reminders, trying again soon: %s", e)
            self._timer.start(RETRY_AFTER_ERROR_MS)
            return
        try:
            self.due = result.due
            self.due_changed.emit(result.due)
            self._notify(result.due, result.state, now)
        finally:
            self._arm(now, result.next_check)

    def refresh(self) -> None:
        """Check again now (after an acknowledgement, a snooze or an edit of a line)."""
        self.check()

    def _notify(self, due: list[Reminder], state: ReminderState, now: datetime) -> None:
        if self._notifier is None:
            return
        for reminder in due:
            # Not twice while the notification server has not answered the first one yet.
            if needs_notification(reminder, state) and reminder.key not in self._in_flight:
                self._in_flight.add(reminder.key)
                self._notifier.notify(reminder, self._delivered, self._undelivered)

    def _delivered(self, reminder: Reminder) -> None:
        self._in_flight.discard(reminder.key)
        try:
            self._reminders.mark_notified([reminder.key], self._clock())
        except NumberKeeperError as e:
            # The line went away meanwhile, or the database is busy: the next check decides.
            log.info("could not record reminder %s as notified: %s", reminder.key, e)

    def _undelivered(self, reminder: Reminder) -> None:
        self._in_flight.discard(reminder.key)
