"""Puts the reminders in front of the user and keeps the app alive in the background.

Wires the scheduler to the banner, the tray icon (when a tray exists) and the desktop
notifications; decides what closing the window means (hide to the tray when there is one,
quit otherwise); raises the window for a second launch; and adds "Start at login".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from numberkeeper.gui.app import autostart
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.notifications import DBusNotifications, ReminderNotifier
from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler
from numberkeeper.gui.reminders.tray import ReminderTray
from numberkeeper.services.changes import Changes, Kind

log = logging.getLogger(__name__)

CLOSE_HINT_KEY = "Tray/closeHintShown"


class ReminderUi(QObject):
    """The reminder machinery of one main window."""

    def __init__(
        self,
        window: MainWindow,
        use_tray: bool = True,
        dbus: DBusNotifications | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.services = window.services
        self.clock = window.clock
        self._quitting = False
        available = use_tray and ReminderTray.available()
        log.info("system tray available: %s", available)
        self.tray = ReminderTray(self.services, self.clock, self) if available else None
        self.dbus = dbus
        self.notifier = ReminderNotifier(self.services, self.clock, dbus, self._tray_icon, self)
        self.scheduler = ReminderScheduler(self.services.reminders, self.clock, self.notifier, self)
        banner = window.reminder_banner
        self.scheduler.due_changed.connect(banner.set_due)
        banner.renew_requested.connect(self.open_renew)
        # Every write — an errand, a dialog, an import, a snooze here, another process (#15) —
        # is told on the one change signal: the reminders are checked again once per write.
        self.changes = change_signal(self.services)
        self.changes.changed.connect(self._on_changes)
        self._listening = True
        banner.changed.connect(self._reminders_changed)
        self.notifier.renew_requested.connect(self.open_renew)
        self.notifier.open_requested.connect(self.open_line)
        self.notifier.snoozed.connect(self._reminders_changed)
        if self.tray is not None:
            self.scheduler.due_changed.connect(self.tray.set_due)
            self.tray.open_requested.connect(self.show_window)
            self.tray.toggle_requested.connect(self.toggle_window)
            self.tray.renew_requested.connect(self.open_renew)
            self.tray.snoozed.connect(self._reminders_changed)
            self.tray.quit_requested.connect(self.quit)
        # Quit means quit, also when closing the window only hides it.
        window.commands.quit.triggered.disconnect()
        window.commands.quit.triggered.connect(self.quit)
        self.autostart_action = self._add_autostart_action()
        window.installEventFilter(self)

    def start(self) -> None:
        """Show the tray icon and check the reminders (what fell due while closed, too)."""
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            # Closing the window must not hide the app where the user cannot find it.
            app.setQuitOnLastWindowClosed(self.tray is None)
        if self.tray is not None:
            self.tray.show()
        self.scheduler.start()

    def stop(self) -> None:
        """Stop checking, take the icon out of the tray, close the D-Bus connection."""
        if self._listening:  # no check after this
            self.changes.changed.disconnect(self._on_changes)
            self._listening = False
        self.scheduler.stop()
        if self.tray is not None:
            self.tray.hide()
        if self.dbus is not None:
            self.dbus.close()

    def _tray_icon(self) -> QSystemTrayIcon | None:
        return self.tray.icon if self.tray is not None else None

    def _reminders_changed(self) -> None:
        """A reminder was snoozed or dismissed here (banner, tray, notification)."""
        self.changes.tell(Changes.of(Kind.REMINDERS))

    def _on_changes(self, changes: Changes) -> None:
        # What falls due follows the lines (expiry, status), their keep-alive log, and what
        # was snoozed or dismissed.
        if changes.touches(Kind.LINES, Kind.ACTIVITIES, Kind.REMINDERS):
            self.scheduler.refresh()

    # -- the window -------------------------------------------------------------------------

    def show_window(self) -> None:
        """Show, un-minimise, raise and activate the main window."""
        self.window.bring_to_front()

    def raise_window(self) -> None:
        """What a second launch asks for."""
        self.show_window()
        log.info("raised the window for a second launch")

    def toggle_window(self) -> None:
        """The tray icon was clicked: hide a shown window, show a hidden one."""
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.close()
        else:
            self.show_window()

    def open_line(self, line_id: int) -> None:
        """Show the window with a line selected."""
        self.show_window()
        self.window.select_line(line_id)

    def open_renew(self, line_id: int) -> None:
        """Show the window on a line and open its renew checklist."""
        self.open_line(line_id)
        line = self.window.selected_line()
        if line is not None and line.id == line_id:
            self.window.line_actions.renew()

    def quit(self) -> None:
        """Really quit (the tray's and the menu's Quit)."""
        self._quitting = True
        if self.window.isVisible():
            self.window.close()
        else:
            self.window.save_settings()
        QCoreApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdowns when shown; after a close to the tray, say so once."""
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                # Refreshes only if a minute passed (not right after start-up), and re-arms
                # the timer a close to the tray stopped.
                self.window.countdown_timer.catch_up()
            elif event.type() == QEvent.Type.Close and self.tray is not None and not self._quitting:
                self._hint_still_running()
        return False

    def _hint_still_running(self) -> None:
        settings = self.window.settings
        if settings.value(CLOSE_HINT_KEY, False, type=bool):
            return
        settings.setValue(CLOSE_HINT_KEY, True)
        settings.sync()
        title = self.tr("NumberKeeper is still running")
        text = self.tr(
            "It keeps reminding you from the tray. Click the tray icon to open the window, "
            "or choose Quit in its menu to stop it."
        )
        assert self.tray is not None
        if QSystemTrayIcon.supportsMessages():
            self.tray.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        else:
            prompts.info(None, title, text)

    # -- start at login ---------------------------------------------------------------------

    def _add_autostart_action(self) -> QAction:
        action = QAction(self.tr("Start at &login"), self.window)
        action.setCheckable(True)
        action.setToolTip(self.tr("Start NumberKeeper in the tray when you log in"))
        try:
            action.setChecked(autostart.is_enabled())
        except OSError as e:
            log.warning("cannot read the login entry: %s", e)
        action.toggled.connect(self.set_autostart)
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and self.window.commands.quit in menu.actions():
                menu.insertAction(self.window.commands.quit, action)
                menu.insertSeparator(self.window.commands.quit)
                break
        return action

    def set_autostart(self, enabled: bool) -> None:
        """Write or remove the login entry; on failure tell the user and untick."""
        try:
            autostart.set_enabled(enabled)
        except OSError as e:
            where = f"{e.filename}: " if isinstance(e.filename, str) else ""
            prompts.error(
                self.window,
                self.tr("Could not change “Start at login”"),
                fill(
                    self.tr("NumberKeeper could not change its login entry ({reason})."),
                    reason=where + (e.strerror or str(e)),
                ),
            )
            self.autostart_action.blockSignals(True)
            self.autostart_action.setChecked(not enabled)
            self.autostart_action.blockSignals(False)
