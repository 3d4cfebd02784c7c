"""The banner at the top of the main window: what is due now, always, whatever the tray or
the notification server do. Each row: the sentence, then Renew… · Snooze · Dismiss.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.services.container import Services

if TYPE_CHECKING:  # imported when something is due
    from numberkeeper.core.reminders import Reminder
    from numberkeeper.gui.reminders.reminder_texts import ReminderText

log = logging.getLogger(__name__)

MAX_ROWS = 5


class ReminderBanner(QFrame):
    """Lists the due reminders; hidden when nothing is due."""

    renew_requested = Signal(int)  # line id
    changed = Signal()  # a reminder was snoozed or dismissed

    def __init__(self, services: Services, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #d9a400; }"
            "#reminderBanner QLabel { color: #3b2600; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(2)
        self.texts: list[ReminderText] = []
        self.hide()

    def set_due(self, due: list[Reminder]) -> None:
        """Show these reminders (one row per line and kind), or hide when there are none."""
        from numberkeeper.gui.reminders.reminder_texts import describe

        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # deleted later: its button may be the one being clicked
                widget.hide()
                widget.deleteLater()
        now = self.clock()
        self.texts = []
        for reminder in due:
            try:
                line = self.services.lines.get(reminder.line_id)
            except Exception as e:  # deleted since the check
                log.info("reminder %s has no line: %s", reminder.key, e)
                continue
            self.texts.append(describe(reminder, line, now))
        for text in self.texts[:MAX_ROWS]:
            self._layout.addWidget(self._row(text, now))
        if len(self.texts) > MAX_ROWS:
            more = QLabel(
                self.tr("and %n more — see the list below", "", len(self.texts) - MAX_ROWS), self
            )
            self._layout.addWidget(more)
        self.setVisible(bool(self.texts))

    def _row(self, text: ReminderText, now: datetime) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(fill(self.tr("⚠ {summary}"), summary=text.summary), row)
        label.setToolTip(text.body)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label, 1)
        renew = QPushButton(self.tr("Renew…"), row)
        renew.clicked.connect(lambda: self.renew_requested.emit(text.line_id))
        snooze = QPushButton(self.tr("Snooze"), row)
        snooze.setToolTip(self.tr("Remind me again in an hour"))
        snooze.clicked.connect(lambda: self.snooze(text.key))
        dismiss = QPushButton(self.tr("Dismiss"), row)
        dismiss.setToolTip(self.tr("Do not show this reminder again"))
        dismiss.clicked.connect(lambda: self.dismiss(text.key))
        for button in (renew, snooze, dismiss):
            layout.addWidget(button)
        row.setObjectName(f"reminder-{text.key}")
        return row

    def snooze(self, key: str) -> None:
        """Snooze one reminder for an hour."""
        from numberkeeper.core.reminders import SnoozeOption
        from numberkeeper.local_zone import local_zone

        self.services.reminders.snooze([key], SnoozeOption.HOUR, self.clock(), local_zone())
        self.changed.emit()

    def dismiss(self, key: str) -> None:
        """Acknowledge one reminder: it is not shown again."""
        self.services.reminders.acknowledge([key], self.clock())
        self.changed.emit()
