"""One timer for the whole window: refresh the countdowns just after each minute boundary.

The timer is single-shot and re-armed after every tick from the wall clock, so it never
drifts and is right again on the first tick after a sleep or a clock change: it reads the
time each tick instead of counting ticks.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.main.line_table_model import LineTableModel

# Fire a little after the boundary, so the clock read in the tick is past it for certain.
MARGIN_MS = 250


def ms_until_next_minute(now: datetime, margin_ms: int = MARGIN_MS) -> int:
    """Milliseconds from `now` to the next whole minute (:00 seconds), plus a margin."""
    boundary = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    remaining = boundary - now
    return remaining.seconds * 1000 + remaining.microseconds // 1000 + margin_ms


class CountdownTimer(QObject):
    """Calls `model.refresh_countdowns()` just after every minute boundary, then `ticked`."""

    ticked = Signal()

    def __init__(self, model: LineTableModel, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early: a whole second before the boundary.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Arm the timer for the next minute boundary."""
        self._timer.start(ms_until_next_minute(self._clock()))

    def stop(self) -> None:
        """Stop ticking (e.g. when the window closes)."""
        self._timer.stop()

    def is_active(self) -> bool:
        """Whether a tick is pending."""
        return self._timer.isActive()

    def interval(self) -> int:
        """Milliseconds the pending tick was armed for."""
        return self._timer.interval()

    def tick(self) -> None:
        """Refresh the countdowns from the clock now, re-arm, and announce it."""
        self._model.refresh_countdowns()
        self.start()
        self.ticked.emit()

    def catch_up(self) -> None:
        """Tick now if a minute boundary passed since the model last refreshed, else re-arm.

        For when the app becomes active again, e.g. after a sleep, when the pending tick may
        be late. The app also becomes active right after start-up, a moment after the lines
        were loaded: refreshing 1,000 countdowns again then would change nothing on screen
        (they show whole minutes) and cost as much as a tick.
        """
        refreshed = self._model.refreshed_at()
        now = self._clock()
        if refreshed is None or _minute(refreshed) != _minute(now):
            self.tick()
        else:
            self.start()  # a sleep within the minute: the armed tick would come late


def _minute(instant: datetime) -> int:
    """Whole minutes since the epoch: what the countdowns, floored to the minute, follow."""
    return int(instant.timestamp() // 60)
