"""The words of pushes and of the calendar's events in the interface language (#17): one
reminder is the notification's sentence and detail (reminder_texts.describe); several due
together are one summary; the test message. Only QtCore: the command line uses these too,
in the language the window last ran in (cli/wording.py).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.lines import Line
from numberkeeper.core.reminders import Reminder
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.reminders.reminder_texts import describe


def push_text(
    reminder: Reminder, line: Line, now: datetime, zone: tzinfo | None = None
) -> tuple[str, str]:
    """One reminder's message: the desktop notification's sentence and detail."""
    text = describe(reminder, line, now, zone)
    return text.summary, text.body


def summary_title(count: int) -> str:
    """The title of one message that carries several (two or more) reminders."""
    return fill(
        QCoreApplication.translate("PushTexts", "NumberKeeper: {count} reminders"), count=count
    )


def test_message() -> tuple[str, str]:
    """What "Send a test" sends."""
    return (
        QCoreApplication.translate("PushTexts", "NumberKeeper test"),
        QCoreApplication.translate(
            "PushTexts", "If you read this, NumberKeeper's reminders reach you here."
        ),
    )
