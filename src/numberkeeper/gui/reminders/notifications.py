"""Desktop notifications for reminders.

On Linux they go straight to `org.freedesktop.Notifications` over D-Bus: Qt's tray balloon
sends nothing there, and the tray may not exist at all. The messages are built with jeepney
(keyring's D-Bus library) because Notify needs exact types (`susssasa{sv}i`, a uint32
replaces_id) that PySide6's QtDBus cannot express; the connection's socket is watched by a
QSocketNotifier, so replies and the ActionInvoked / NotificationClosed signals arrive in the
Qt event loop without a thread or polling. Anywhere else (no session bus, not Linux),
`QSystemTrayIcon.showMessage` is used when a tray icon is shown. Failures are logged.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from numberkeeper import APP_ID, APP_NAME
from numberkeeper.core.reminders import Reminder, SnoozeOption
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.reminders.reminder_texts import ReminderText, describe
from numberkeeper.local_zone import local_zone
from numberkeeper.resources import resource_path
from numberkeeper.services.container import Services

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"

RENEW_ACTION = "renew"
SNOOZE_ACTION = "snooze"
DEFAULT_ACTION = "default"  # a click on the notification itself


def notification_icon() -> str:
    """The app icon for the server: a PNG file of ours, else the installed icon's name."""
    path = resource_path("icons", "numberkeeper-64.png")
    return str(path) if path.is_file() else APP_ID


class DBusNotifications(QObject):
    """A client of the freedesktop notification server on the session bus."""

    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int)  # notification id

    def __init__(self, connection: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from jeepney import DBusAddress, MatchRule, new_method_call  # type: ignore[import-untyped]
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]

        self._conn = connection
        self._address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        self._new_call = new_method_call
        self._replies: dict[int, Callable[[Any], None]] = {}
        self._errors: dict[int, str] = {}
        # Called when a call is answered with an error (e.g. no notification server).
        self._failures: dict[int, Callable[[str], object]] = {}
        self.capabilities: list[str] | None = None  # None until the server answered
        self._pending: list[Callable[[], None]] = []
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH, member=member)
            self._send(message_bus.AddMatch(rule), None, "AddMatch")
        self._send(
            self._new_call(self._address, "GetCapabilities"),
            self._on_capabilities,
            "GetCapabilities",
        )

    @classmethod
    def open(cls, parent: QObject | None = None) -> DBusNotifications | None:
        """A client on the session bus; None (logged) when there is no session bus."""
        if not sys.platform.startswith("linux"):
            return None
        try:
            from jeepney.io.blocking import (  # type: ignore[import-untyped]
                open_dbus_connection,
            )

            connection = open_dbus_connection(bus="SESSION")
        except Exception as e:  # no bus address, refused, timed out, jeepney missing
            log.info("no D-Bus session bus for notifications: %s", e)
            return None
        return cls(connection, parent)

    def close(self) -> None:
        """Stop listening and close the connection."""
        self._notifier.setEnabled(False)
        self._conn.close()

    @property
    def ready(self) -> bool:
        """Whether the server's capabilities are known (until then, sends wait)."""
        return self.capabilities is not None

    def supports_actions(self) -> bool:
        """Whether the server shows action buttons."""
        return "actions" in (self.capabilities or [])

    # -- sending ----------------------------------------------------------------------------

    def _send(
        self,
        message: Any,
        on_reply: Callable[[Any], None] | None,
        what: str,
        on_error: Callable[[str], object] | None = None,
    ) -> None:
        serial = next(self._conn.outgoing_serial)
        if on_reply is not None:
            self._replies[serial] = on_reply
        if on_error is not None:
            self._failures[serial] = on_error
        self._errors[serial] = what
        try:
            self._conn.send(message, serial=serial)
        except OSError as e:
            log.warning("D-Bus %s failed: %s", what, e)
            self._replies.pop(serial, None)
            self._errors.pop(serial, None)
            failed = self._failures.pop(serial, None)
            if failed is not None:
                failed(str(e))

    def notify(
        self,
        summary: str,
        body: str,
        actions: list[tuple[str, str]],
        icon: str = "",
        on_id: Callable[[int], None] | None = None,
        urgency: int = 1,
        on_error: Callable[[str], object] | None = None,
    ) -> None:
        """Send a notification; `on_id` gets the server's id once it answers, `on_error` the
        reason if the bus answers with an error (no notification server, …).

        Actions are (key, label) pairs, sent only when the server supports actions.
        """
        if not self.ready:
            self._pending.append(
                lambda: self.notify(summary, body, actions, icon, on_id, urgency, on_error)
            )
            return
        flat: list[str] = []
        if self.supports_actions():
            for key, label in actions:
                flat += [key, label]
        hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", urgency)}
        message = self._new_call(
            self._address,
            "Notify",
            NOTIFY_SIGNATURE,
            (APP_NAME, 0, icon, summary, body, flat, hints, -1),
        )

        def reply(body: Any) -> None:
            if on_id is not None:
                on_id(int(body[0]))

        self._send(message, reply, "Notify", on_error)

    # -- receiving --------------------------------------------------------------------------

    def _on_capabilities(self, body: Any) -> None:
        self.capabilities = [str(c) for c in body[0]]
        self._flush()

    def _flush(self) -> None:
        if self.capabilities is None:
            self.capabilities = []
        pending, self._pending = self._pending, []
        for send in pending:
            send()

    def _read(self) -> None:
        from jeepney import MessageType

        while True:
            try:
                message = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError) as e:  # the bus went away
                log.warning("D-Bus connection for notifications lost: %s", e)
                self._notifier.setEnabled(False)
                return
            kind = message.header.message_type
            if kind in (MessageType.method_return, MessageType.error):
                self._answered(message, failed=kind is MessageType.error)
            elif kind is MessageType.signal:
                self._signalled(message)

    def _answered(self, message: Any, failed: bool) -> None:
        """A reply to one of our calls: its callback, or its failure's."""
        from jeepney import HeaderFields

        header = message.header
        serial = header.fields.get(HeaderFields.reply_serial)
        on_reply = self._replies.pop(serial, None)
        on_failure = self._failures.pop(serial, None)
        what = self._errors.pop(serial, "call")
        if failed:
            log.warning("D-Bus %s failed: %s %s", what, header.fields, message.body)
            if on_failure is not None:
                error_name = str(header.fields.get(HeaderFields.error_name, ""))
                self._call_back(on_failure, error_name)
            if what == "GetCapabilities":
                self._flush()
        elif on_reply is not None:
            self._call_back(on_reply, message.body)

    def _signalled(self, message: Any) -> None:
        """A signal of the notification server: an action clicked, a notification closed."""
        from jeepney import HeaderFields

        fields = message.header.fields
        if fields.get(HeaderFields.interface) != INTERFACE:
            return
        member = fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            self.action_invoked.emit(int(message.body[0]), str(message.body[1]))
        elif member == "NotificationClosed":
            self.closed.emit(int(message.body[0]))

    @staticmethod
    def _call_back(callback: Callable[[Any], object], value: Any) -> None:
        # One failing callback must not leave the messages after it unread until the socket
        # next wakes the loop.
        try:
            callback(value)
        except Exception:
            log.exception("a D-Bus reply handler failed")


class ReminderNotifier(QObject):
    """Words a reminder and shows it: a desktop notification, else a tray message.

    `renew_requested(line_id)` asks the window to open that line's renew checklist;
    `open_requested(line_id)` to show the window on that line; `snoozed` follows a snooze.
    """

    renew_requested = Signal(int)
    open_requested = Signal(int)
    snoozed = Signal()

    def __init__(
        self,
        services: Services,
        clock: Clock,
        dbus: DBusNotifications | None,
        tray: Callable[[], QSystemTrayIcon | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.dbus = dbus
        self._tray = tray
        self._shown: dict[int, Reminder] = {}  # notification id → reminder
        self._last_tray_message: Reminder | None = None
        self._watched_tray: QSystemTrayIcon | None = None
        if dbus is not None:
            dbus.action_invoked.connect(self._on_action)
            dbus.closed.connect(lambda nid: self._shown.pop(nid, None))

    def notify(
        self,
        reminder: Reminder,
        delivered: Callable[[Reminder], object],
        undelivered: Callable[[Reminder], object],
    ) -> None:
        """Show `reminder`; then `delivered(reminder)` once a server or the tray took it, or
        `undelivered(reminder)` when nothing could show it (the banner still lists it).
        """
        try:
            line = self.services.lines.get(reminder.line_id)
        except Exception as e:  # the line was deleted since
            log.info("no notification for reminder %s: %s", reminder.key, e)
            undelivered(reminder)
            return
        text = describe(reminder, line, self.clock())

        def shown(notification_id: int) -> None:
            self._shown[notification_id] = reminder
            delivered(reminder)

        def failed(_reason: str) -> None:
            # A session bus with no notification server: the tray says it instead.
            if self._show_in_tray(reminder, text):
                delivered(reminder)
            else:
                undelivered(reminder)

        if self.dbus is not None:
            self.dbus.notify(
                text.summary,
                text.body,
                [(RENEW_ACTION, self.tr("Renew…")), (SNOOZE_ACTION, self.tr("Snooze"))],
                icon=notification_icon(),
                on_id=shown,
                urgency=2 if text.urgency >= 4 else 1,
                on_error=failed,
            )
        elif self._show_in_tray(reminder, text):
            delivered(reminder)
        else:
            undelivered(reminder)

    def _show_in_tray(self, reminder: Reminder, text: ReminderText) -> bool:
        """A tray balloon for `reminder`, when a tray icon is shown; False otherwise."""
        tray = self._tray()
        if tray is not None and tray.isVisible():
            if self._watched_tray is not tray:
                tray.messageClicked.connect(self._on_tray_message_clicked)
                self._watched_tray = tray
            tray.showMessage(text.summary, text.body, QSystemTrayIcon.MessageIcon.Warning, 30_000)
            self._last_tray_message = reminder
            return True
        return False

    def _on_tray_message_clicked(self) -> None:
        if self._last_tray_message is not None:
            self.renew_requested.emit(self._last_tray_message.line_id)

    def _on_action(self, notification_id: int, action: str) -> None:
        reminder = self._shown.get(notification_id)
        if reminder is None:
            return  # another app's notification, or one from before a restart
        if action == RENEW_ACTION:
            self.renew_requested.emit(reminder.line_id)
        elif action == SNOOZE_ACTION:
            self.services.reminders.snooze(
                [reminder.key], SnoozeOption.HOUR, self.clock(), local_zone()
            )
            self.snoozed.emit()
        elif action == DEFAULT_ACTION:
            self.open_requested.emit(reminder.line_id)
