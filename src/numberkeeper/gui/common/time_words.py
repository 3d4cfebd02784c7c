"""Durations and instants in the interface language: the countdown column's words.

The table, the line dialog's facts and the reminders say "3 d 4 h" and "01 Dec 04:59" the same
way, in the translation context of the table (LineTableModel), where these words were first.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from numberkeeper.core.countdown import Span
from numberkeeper.gui.common.bidi import fill, latin_digits


def span_text(span: Span) -> str:
    """A compact duration: "3 d 4 h", "5 h 12 min", "12 min"."""
    if span.days:
        if span.hours:
            template = QCoreApplication.translate("LineTableModel", "{days} d {hours} h")
            return fill(template, days=span.days, hours=span.hours)
        return fill(QCoreApplication.translate("LineTableModel", "{days} d"), days=span.days)
    if span.hours:
        if span.minutes:
            template = QCoreApplication.translate("LineTableModel", "{hours} h {minutes} min")
            return fill(template, hours=span.hours, minutes=span.minutes)
        return fill(QCoreApplication.translate("LineTableModel", "{hours} h"), hours=span.hours)
    return fill(QCoreApplication.translate("LineTableModel", "{minutes} min"), minutes=span.minutes)


def local_text(instant: datetime, zone: tzinfo | None = None) -> str:
    """An instant in `zone` (None: the system's), worded by the user's locale ("01 Dec 04:59"),
    in Latin digits."""
    local = instant.astimezone(zone)
    # The wall-clock time in `zone` is only written out, so Qt holds it as UTC: as a time of
    # the system's zone it would be moved out of that zone's summer-time gap (02:30 in Kuwait
    # read 03:30 on a computer set to New York on 14 March 2027), and building it cost most
    # of the table's Expires column (about 29 µs a cell, against 2).
    date, time = QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    stamp = QDateTime(date, time, QTimeZone.utc())
    return latin_digits(
        QLocale().toString(
            stamp,
            QCoreApplication.translate("LineTableModel", "dd MMM HH:mm", "QLocale date format"),
        )
    )
