"""Following the database while other programs write to it (#15).

The command line, a script, calendar sync or a second tool write to the same database while
the window is open. Twice a second the window asks its services whether another connection
committed (`Services.changed_elsewhere`: one PRAGMA, no query of the data); when one did, it
reloads within a second, keeping the selection and the scroll position, and tells a dialog
open on a line that line's fate: the watch tells `Changes.everything()` on the one change
signal (gui/common/changes.py, #14), which the window, the reminders and open dialogs follow.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.services.changes import Changes
from numberkeeper.services.container import Services

log = logging.getLogger(__name__)

POLL_MS = 500


class DatabaseWatch(QObject):
    """Tells the change signal when another program wrote to the database."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Take the database's state now, then look again twice a second."""
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        """Look no more (the app is closing)."""
        self.timer.stop()

    def poll(self) -> bool:
        """Look now; True (and the change told) when another program wrote meanwhile."""
        if self._services.closed:
            return False
        try:
            changed = self._services.changed_elsewhere()
        except NumberKeeperError as e:  # busy, or the disk gone: the next look tells
            log.info("could not look for changes made elsewhere: %s", e)
            return False
        if changed:
            change_signal(self._services).tell(Changes.everything())
        return changed
