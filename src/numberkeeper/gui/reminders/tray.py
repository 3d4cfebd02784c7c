"""The tray icon: its look shows the most urgent line, its menu the nearest expiries.

Created only when a system tray exists. The icon (gui/app/icons.py, resources/icons/tray-*.svg)
is the app's mark with a badge whose shape, not only its colour, says the urgency (dot,
triangle with "!", disc with "!", square with "x", pause). The menu is rebuilt each time it
opens, so its countdowns are current.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from numberkeeper import APP_NAME
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import Phase, Urgency, line_timing
from numberkeeper.core.reminders import SnoozeOption
from numberkeeper.gui.app.icons import tray_icon
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.reminders.reminder_texts import nearest_text
from numberkeeper.services.container import Services

NEAREST_COUNT = 5
_COUNTED = (Phase.ACTIVE, Phase.EXPIRING, Phase.IN_GRACE)


def most_urgent(lines: list[Line], now: datetime) -> Urgency:
    """The highest urgency among the kept (not archived) lines; CALM when none."""
    urgencies = [line_timing(line, now).urgency for line in lines if line.archived_at is None]
    return max(urgencies, default=Urgency.CALM)


def nearest_lines(lines: list[Line], now: datetime, count: int = NEAREST_COUNT) -> list[Line]:
    """The lines whose validity (or grace) ends soonest, running ones only."""
    timed = [(line, line_timing(line, now)) for line in lines if line.archived_at is None]
    running = [(line, t) for line, t in timed if t.phase in _COUNTED]
    running.sort(key=lambda pair: pair[1].until_expiry)
    return [line for line, _t in running[:count]]


class ReminderTray(QObject):
    """The tray icon and its menu. It asks the app to act through its signals."""

    open_requested = Signal()
    toggle_requested = Signal()
    renew_requested = Signal(int)  # line id
    quit_requested = Signal()
    snoozed = Signal()

    def __init__(self, services: Services, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.due_keys: list[str] = []
        self.urgency = Urgency.CALM
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.update_icon()
        self.rebuild_menu()

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a system tray to put the icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        self.icon.hide()

    def deleteLater(self) -> None:
        """Also free the menu, which has no parent (a QMenu cannot have a QObject parent)."""
        self.icon.hide()
        self.menu.deleteLater()
        super().deleteLater()

    # -- look -------------------------------------------------------------------------------

    def set_due(self, due: list[object]) -> None:
        """What is due now (from the scheduler): kept for "Snooze all", and the look updated."""
        self.due_keys = [str(getattr(r, "key", r)) for r in due]
        self.update_icon()

    def update_icon(self) -> None:
        """Draw the icon for the most urgent line and say it in the tooltip."""
        lines = self.services.lines.list_lines()
        self.urgency = most_urgent(lines, self.clock())
        self.icon.setIcon(tray_icon(self.urgency))
        if self.due_keys:
            tip = self.tr("%n reminder(s) due", "", len(self.due_keys))
        else:
            tip = self.tr("Nothing due")
        self.icon.setToolTip(fill(self.tr("{app} — {state}"), app=APP_NAME, state=tip))

    # -- menu -------------------------------------------------------------------------------

    def rebuild_menu(self) -> None:
        """Fill the menu afresh: open, the nearest expiries, snooze all, quit."""
        menu = self.menu
        menu.clear()
        open_action = menu.addAction(self.tr("Open NumberKeeper"))
        open_action.triggered.connect(self.open_requested)
        menu.addSeparator()
        now = self.clock()
        nearest = nearest_lines(self.services.lines.list_lines(), now)
        if nearest:
            menu.addSection(self.tr("Nearest expiries"))
            for line in nearest:
                action = menu.addAction(nearest_text(line, now))
                action.setToolTip(self.tr("Open the renew checklist"))
                action.setData(line.id)
                action.triggered.connect(
                    lambda _checked=False, line_id=line.id: self.renew_requested.emit(line_id)
                )
        else:
            empty = menu.addAction(self.tr("No running lines"))
            empty.setEnabled(False)
        menu.addSeparator()
        snooze = menu.addMenu(self.tr("Snooze all"))
        snooze.setEnabled(bool(self.due_keys))
        for option, text in (
            (SnoozeOption.HOUR, self.tr("For 1 hour")),
            (SnoozeOption.TOMORROW_MORNING, self.tr("Until tomorrow 09:00")),
            (SnoozeOption.DAY, self.tr("For 1 day")),
        ):
            action = snooze.addAction(text)
            action.triggered.connect(lambda _checked=False, o=option: self.snooze_all(o))
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit_requested)

    def action_texts(self) -> list[str]:
        """The menu's entries as shown (separators and sections skipped), for tests."""
        texts: list[str] = []
        for action in self.menu.actions():
            if action.isSeparator() and not action.text():
                continue
            texts.append(action.text())
            sub = action.menu()
            if isinstance(sub, QMenu):
                texts += ["  " + a.text() for a in sub.actions() if not a.isSeparator()]
        return texts

    def snooze_all(self, option: SnoozeOption) -> None:
        """Snooze every reminder due now."""
        from numberkeeper.local_zone import local_zone

        if self.due_keys:
            self.services.reminders.snooze(self.due_keys, option, self.clock(), local_zone())
            self.snoozed.emit()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.toggle_requested.emit()
