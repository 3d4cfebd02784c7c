"""How the command line words what it sends outside (#17): pushes, their summaries, the test
message and the calendar's event titles.

In the language the window last ran in (ReminderService.language), through the window's own
translated texts, so a push sent by `remind --push` from a timer reads like the window's, and a
calendar synced from here has the titles the window gives it (the same events, nothing to
rewrite). Qt's core library and the translation are loaded only then — no display is needed;
when the window never said its language, plain English and no Qt at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from numberkeeper.core.lines import Line
from numberkeeper.core.reminder_english import push_english, summary_english
from numberkeeper.core.reminders import Reminder
from numberkeeper.services.calendar_events import english_summary

_application: Any = None  # the QCoreApplication the translators need, kept while we run


@dataclass(frozen=True)
class Words:
    """The wording of each thing sent outside."""

    push: Callable[[Reminder, Line, datetime], tuple[str, str]]
    summary: Callable[[int], str]
    calendar_title: Callable[[Line, str], str]
    test: tuple[str, str]


ENGLISH = Words(
    push_english,
    summary_english,
    english_summary,
    ("NumberKeeper test", "If you read this, NumberKeeper's reminders reach you here."),
)


def words(language: str | None, zone: tzinfo) -> Words:
    """The words in `language` (the window's); times shown in `zone`, the user's."""
    if not language:
        return ENGLISH
    global _application
    from PySide6.QtCore import QCoreApplication

    from numberkeeper.gui.app.i18n import install_translators
    from numberkeeper.gui.data.calendar_texts import calendar_summary
    from numberkeeper.gui.reminders.push_texts import push_text, summary_title, test_message

    _application = QCoreApplication.instance() or QCoreApplication(["numberkeeper-cli"])
    install_translators(language)

    def push(reminder: Reminder, line: Line, now: datetime) -> tuple[str, str]:
        return push_text(reminder, line, now, zone)

    return Words(push, summary_title, calendar_summary, test_message())
