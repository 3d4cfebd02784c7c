"""When reminders are pushed (#17): after the window's first paint (what fell due while the app
was closed, as one summary per channel), whenever the reminders due change (the scheduler's
wake: a reminder falls due, a daily one comes round), and again a minute after a failure (the
service's backoff decides what is really tried). Only with a channel set up — Apprise is
imported on the worker then, never before the first paint — and never on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from numberkeeper.core.lines import Line
from numberkeeper.core.reminders import Reminder
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.reminders.push_texts import push_text, summary_title
from numberkeeper.gui.reminders.reach_worker import ReachWorker
from numberkeeper.local_zone import local_zone
from numberkeeper.services.container import Services
from numberkeeper.services.push import PushReport

log = logging.getLogger(__name__)

RETRY_MS = 60_000
JOB = "push"


def window_wording(reminder: Reminder, line: Line, now: datetime) -> tuple[str, str]:
    """A push's words: the desktop notification's, in the interface language."""
    return push_text(reminder, line, now, local_zone())


class PushUi(QObject):
    """Sends the due reminders to the push channels of one window; `sent(PushReport)`."""

    sent = Signal(object)

    def __init__(
        self, services: Services, clock: Clock, worker: ReachWorker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.worker = worker
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.send)
        self.last_report: PushReport | None = None

    def send(self, *_ignored: object) -> None:
        """Send what is due (on the worker), when a channel is set up."""
        try:
            if not self.services.push.has_channels():
                return
        except Exception as e:
            log.warning("could not read the push channels: %s", e)
            return
        clock = self.clock

        def job(own: Services) -> PushReport:
            return own.push.send_due(clock(), local_zone(), window_wording, summary_title)

        self.worker.run(JOB, job, self._done)

    def stop(self) -> None:
        """No more retries (at exit)."""
        self._retry.stop()

    def _done(self, report: PushReport | None, error: Exception | None) -> None:
        if error is not None:
            log.warning("pushing reminders failed: %s", error)
            self._retry.start()
            return
        assert report is not None
        self.last_report = report
        if report.failed:
            self._retry.start()
        self.sent.emit(report)
