"""The calendar export's event titles in the interface language (#5).

`services.calendar_events` words them in English unless it is given a `summary`; the window
passes `calendar_summary`, so a Chinese interface exports Chinese events and alarms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.lines import Line
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP
from numberkeeper.gui.common.bidi import fill
from numberkeeper.services.calendar_events import DeadlineKind, event_name

_TITLES = {
    DeadlineKind.EXPIRY: QT_TRANSLATE_NOOP("CalendarExport", "{name} expires"),
    DeadlineKind.GRACE_END: QT_TRANSLATE_NOOP(
        "CalendarExport", "{name}: grace ends, the number may be recycled"
    ),
    DeadlineKind.KEEP_ALIVE: QT_TRANSLATE_NOOP("CalendarExport", "{name}: keep-alive activity due"),
    DeadlineKind.RESUME: QT_TRANSLATE_NOOP("CalendarExport", "{name}: suspension ends"),
}


def calendar_summary(line: Line, kind: str) -> str:
    """An event's title, e.g. "Zain (+965 9666 1234) 到期" (translate() is thread-safe: the
    export runs off the GUI thread)."""
    return fill(QCoreApplication.translate("CalendarExport", _TITLES[kind]), name=event_name(line))
