"""The running app around the main window: shown first, everything else once it is painted.

A user opening NumberKeeper wants the list of lines. The reminders (a read of every line and
the banner), the tray icon, the D-Bus connection, the daily backup and the single-instance
server are started right after the window's first paint (#2: start-up), so they no longer
stand between the double-click and the window. Started in the background with a tray, there
is no window to wait for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.changes import Changes, Kind

if TYPE_CHECKING:
    from numberkeeper.gui.app.single_instance import SingleInstance
    from numberkeeper.gui.reminders.reach_ui import ReachUi
    from numberkeeper.gui.reminders.reminders_ui import ReminderUi

log = logging.getLogger(__name__)

# Should a platform never paint a shown window (or paint it very late), start anyway.
FIRST_PAINT_FALLBACK_MS = 2000


class AfterFirstPaint(QObject):
    """Calls `callback` once, when `widget` has finished its first paint (or after a while)."""

    def __init__(self, widget: QObject, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Children are painted in the same pass; a zero timer runs once it is over.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            callback()


class Launch(QObject):
    """Shows the window and starts the reminders, the tray and the daily backup after it."""

    def __init__(
        self,
        window: MainWindow,
        instance: SingleInstance | None,
        background: bool = False,
        daily_backups: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ui: ReminderUi | None = None
        self.reach: ReachUi | None = None
        self._instance = instance
        self._daily_backups = daily_backups
        if instance is not None:
            instance.raise_requested.connect(self.raise_window)
        if background and QSystemTrayIcon.isSystemTrayAvailable():
            self._start_the_rest()  # the tray is the only thing shown
        else:
            AfterFirstPaint(window, self._start_the_rest)
            window.show()

    def _start_the_rest(self) -> None:
        from numberkeeper.gui.reminders.notifications import DBusNotifications
        from numberkeeper.gui.reminders.reach_ui import ReachUi
        from numberkeeper.gui.reminders.reminders_ui import ReminderUi

        if self._instance is not None:
            self._instance.listen()  # second launches raise this window from now on
        try:
            if self.window.services.lines.refresh_readable_numbers():
                # The phone-number library formats some numbers anew.
                self.window.changes.tell(Changes.any_of(Kind.LINES))
        except NumberKeeperError as e:  # busy (e.g. the command line is writing): next start
            log.warning("could not refresh the readable numbers: %s", e)
        if self._daily_backups:
            self.window.data_actions.backups.start_daily_backups()  # today's copy, then one a day
        self.ui = ReminderUi(self.window, dbus=DBusNotifications.open())
        self.ui.start()  # with a tray, closing the window keeps the app running there
        # Calendar sync and pushes (#17): on a worker, and only with an account or a channel.
        self.reach = ReachUi(self.window, self.ui.scheduler)
        self.reach.start()

    def raise_window(self) -> None:
        """What a second launch asks for."""
        if self.ui is not None:
            self.ui.raise_window()
        else:
            self.window.bring_to_front()

    def quit(self) -> None:
        """Quit for real (SIGTERM, the menus)."""
        if self.ui is not None:
            self.ui.quit()
        else:
            self.window.close()
            QCoreApplication.quit()

    def stop(self) -> None:
        """Stop the reminders, the tray, calendar sync and pushes (at exit)."""
        if self.reach is not None:
            self.reach.stop()
        if self.ui is not None:
            self.ui.stop()
