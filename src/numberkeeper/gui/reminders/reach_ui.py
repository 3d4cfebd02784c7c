"""Reminders that reach the phone (#17), wired into one window after its first paint: the
Reminders menu (Calendar sync…, Push channels…, Sync calendar now), calendar sync and pushes on
a worker thread, and the interface language remembered for the command line's pushes.

Nothing here runs before the first paint (gui/app/launch.py starts it with the reminders);
caldav and Apprise are imported on the worker, and only with an account or a channel set up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from numberkeeper.gui.calendar.calendar_sync_ui import CalendarSyncUi
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.push_ui import PushUi
from numberkeeper.gui.reminders.reach_worker import ReachWorker
from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler

log = logging.getLogger(__name__)


class ReachUi(QObject):
    """Calendar sync and push channels of one window."""

    def __init__(
        self, window: MainWindow, scheduler: ReminderScheduler, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.scheduler = scheduler
        self.worker = ReachWorker(window.services, self)
        self.calendar = CalendarSyncUi(window, self.worker, self)
        self.push = PushUi(window.services, window.clock, self.worker, self)
        self.dialog: QDialog | None = None
        # The one change signal: every write the window makes, or sees another program make
        # (#14, #15) — this worker's own writes among them.
        change_signal(window.services).changed.connect(self.calendar.changed)
        # The scheduler wakes when a reminder falls due or a daily one comes round.
        scheduler.due_changed.connect(self.push.send)
        self.menu = self._add_menu()

    def _add_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Reminders"), self.window)
        self.calendar_action = QAction(self.tr("&Calendar sync…"), self.window)
        self.calendar_action.setToolTip(self.tr("Keep the deadlines in your phone's calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.channels_action = QAction(self.tr("&Push channels…"), self.window)
        self.channels_action.setToolTip(self.tr("Send the reminders to your phone"))
        self.channels_action.triggered.connect(self.open_channels)
        self.sync_action = QAction(self.tr("&Sync calendar now"), self.window)
        self.sync_action.triggered.connect(self.calendar.sync)
        menu.addActions([self.calendar_action, self.channels_action])
        menu.addSeparator()
        menu.addAction(self.sync_action)
        menu.aboutToShow.connect(
            lambda: self.sync_action.setEnabled(self.calendar.status.account is not None)
        )
        bar = self.window.menuBar()
        tops = bar.actions()
        # Before View, the last menu: File, Lines, Reminders, View.
        bar.insertMenu(tops[-1], menu) if tops else bar.addMenu(menu)
        return menu

    def start(self) -> None:
        """Sync and push what is due (the window has painted); remember its language."""
        try:
            self.window.services.reminders.set_language(self.window.language)
        except Exception as e:
            log.warning("could not record the interface language: %s", e)
        self.calendar.start()
        self.push.send()

    def stop(self) -> None:
        """No more timers (at exit); a job running finishes on its own."""
        self.calendar.stop()
        self.push.stop()

    def open_calendar(self) -> QDialog:
        """The calendar account dialog."""
        from numberkeeper.gui.calendar.calendar_dialog import CalendarDialog

        return self._open(CalendarDialog(self.calendar, self.window))

    def open_channels(self) -> QDialog:
        """The push channels dialog."""
        from numberkeeper.gui.reminders.channels_dialog import ChannelsDialog

        return self._open(ChannelsDialog(self.push, self.window))

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.open()
        return dialog
