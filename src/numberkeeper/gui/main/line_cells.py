"""What each cell of the lines table says: the columns, their titles, and for one line at one
instant the text and sort key of every column, in the interface language.

The words are the table's (translation context LineTableModel, where they were first), so the
line facts of a wizard or dialog (gui/lines/line_facts.py) say the same as the table. No Qt
model here: the table model (line_table_model.py) asks these for its roles; its tooltips stay
with it, their sentences with a count (%n) translated by its own tr().
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.countdown import Countdown, CountdownKind, countdown
from numberkeeper.core.lines import Line, LineFields, LineKind
from numberkeeper.core.phases import LineTiming, Phase
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP, carrier_language
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.time_words import local_text, span_text
from numberkeeper.territory_names import country_name

LABEL, NUMBER, CARRIER, KIND, PHASE, EXPIRES, COUNTDOWN, BALANCE, KEEP_ALIVE = range(9)
COLUMN_COUNT = 9

HEADERS: dict[int, str] = {
    LABEL: QT_TRANSLATE_NOOP("LineTableModel", "Label"),
    NUMBER: QT_TRANSLATE_NOOP("LineTableModel", "Number"),
    CARRIER: QT_TRANSLATE_NOOP("LineTableModel", "Carrier"),
    KIND: QT_TRANSLATE_NOOP("LineTableModel", "Kind"),
    PHASE: QT_TRANSLATE_NOOP("LineTableModel", "Status"),
    EXPIRES: QT_TRANSLATE_NOOP("LineTableModel", "Expires"),
    COUNTDOWN: QT_TRANSLATE_NOOP("LineTableModel", "Time left"),
    BALANCE: QT_TRANSLATE_NOOP("LineTableModel", "Balance"),
    KEEP_ALIVE: QT_TRANSLATE_NOOP("LineTableModel", "Keep-alive due"),
}

KIND_NAMES: dict[LineKind, str] = {
    LineKind.PHYSICAL_SIM: QT_TRANSLATE_NOOP("LineTableModel", "SIM card"),
    LineKind.ESIM: QT_TRANSLATE_NOOP("LineTableModel", "eSIM"),
    LineKind.VIRTUAL: QT_TRANSLATE_NOOP("LineTableModel", "Virtual (VoIP)"),
}

PHASE_NAMES: dict[Phase, str] = {
    Phase.ACTIVE: QT_TRANSLATE_NOOP("LineTableModel", "Active"),
    Phase.EXPIRING: QT_TRANSLATE_NOOP("LineTableModel", "Expiring soon"),
    Phase.IN_GRACE: QT_TRANSLATE_NOOP("LineTableModel", "Expired — at risk"),
    Phase.PAST_GRACE: QT_TRANSLATE_NOOP("LineTableModel", "Past grace — probably lost"),
    Phase.SUSPENDED: QT_TRANSLATE_NOOP("LineTableModel", "Suspended"),
    Phase.CANCELLED: QT_TRANSLATE_NOOP("LineTableModel", "Cancelled"),
}


def phase_text(phase: Phase) -> str:
    """A phase's name in the interface language ("Expiring soon")."""
    return QCoreApplication.translate("LineTableModel", PHASE_NAMES[phase])


class LineCells:
    """The table's words about one line: a cell's text, tooltip and sort key by column."""

    def __init__(
        self, catalog: CarrierCatalog, language: str = "en", local_zone: tzinfo | None = None
    ) -> None:
        """`language` is the interface language ("zh_CN", "en"); `local_zone` is the user's
        zone for the "local" expiry time (None: the system's, read at each display)."""
        self._catalog = catalog
        self._language = language
        self._local_zone = local_zone

    def carrier_text(self, line: Line) -> str:
        """Carrier display name and country, e.g. "Zain · Kuwait"."""
        return self.carrier_words(line.fields)

    def carrier_words(self, fields: LineFields) -> str:
        """The carrier and country of a line's fields, stored or about to be (an import's)."""
        name = self._catalog.display_name(fields.carrier, carrier_language(self._language))
        country = country_name(fields.country, self._language) if fields.country else ""
        if name and country:
            template = QCoreApplication.translate("LineTableModel", "{carrier} · {country}")
            return fill(template, carrier=name, country=country)
        return name or country

    def local_text(self, instant: datetime) -> str:
        """An instant in the user's zone, worded by the user's locale ("01 Dec 04:59")."""
        return local_text(instant, self._local_zone)

    def display(self, line: Line, t: LineTiming, column: int) -> str | None:
        """What a cell shows (None for a column the table does not have)."""
        f = line.fields
        if column == LABEL:
            return f.label
        if column == NUMBER:
            return line.readable_number
        if column == CARRIER:
            return self.carrier_text(line)
        if column == KIND:
            return QCoreApplication.translate("LineTableModel", KIND_NAMES[f.kind])
        if column == PHASE:
            return self._phase_text(line, t)
        if column == EXPIRES:
            return fill(
                QCoreApplication.translate("LineTableModel", "{date} · {local} local"),
                date=f.expires_on.isoformat(),
                local=self.local_text(t.expires_at),
            )
        if column == COUNTDOWN:
            return self.countdown_text(countdown(t), t)
        if column == BALANCE:
            return str(f.balance.amount) if f.balance else ""
        if column == KEEP_ALIVE:
            return t.keep_alive_due_on.isoformat() if t.keep_alive_due_on else ""
        return None

    def _phase_text(self, line: Line, t: LineTiming) -> str:
        name = phase_text(t.phase)
        if line.archived_at is not None:
            template = QCoreApplication.translate("LineTableModel", "{phase} (archived)")
            return fill(template, phase=name)
        return name

    def sort_key(self, line: Line, t: LineTiming, column: int) -> Any:
        """What a column sorts a line by: the countdown sorts "most urgent first" ascending."""
        if column in (PHASE, EXPIRES, COUNTDOWN):
            return t.sort_key
        if column == NUMBER:
            return line.fields.number
        if column == BALANCE:
            money = line.fields.balance.amount if line.fields.balance else None
            return (money.currency, money.minor) if money else ("", -1)
        return (self.display(line, t, column) or "").casefold()

    def countdown_text(self, c: Countdown, t: LineTiming) -> str:
        """The countdown cell's sentence."""
        if c.kind is CountdownKind.CANCELLED:
            return QCoreApplication.translate("LineTableModel", "cancelled")
        if c.kind is CountdownKind.SUSPENDED:
            if t.resume_on is not None:
                return fill(
                    QCoreApplication.translate("LineTableModel", "suspended until {date}"),
                    date=t.resume_on.isoformat(),
                )
            return QCoreApplication.translate("LineTableModel", "suspended")
        assert c.primary is not None
        if t.deadline_is_keep_alive:
            if c.kind is CountdownKind.REMAINING:
                return fill(
                    QCoreApplication.translate(
                        "LineTableModel", "keep-alive activity due in {left}"
                    ),
                    left=span_text(c.primary),
                )
            return fill(
                QCoreApplication.translate(
                    "LineTableModel", "keep-alive activity missed {ago} ago — number at risk"
                ),
                ago=span_text(c.primary),
            )
        if c.kind is CountdownKind.REMAINING:
            return span_text(c.primary)
        assert c.secondary is not None
        if c.kind is CountdownKind.IN_GRACE:
            return fill(
                QCoreApplication.translate(
                    "LineTableModel", "expired {ago} ago — number at risk in {left}"
                ),
                ago=span_text(c.primary),
                left=span_text(c.secondary),
            )
        return fill(
            QCoreApplication.translate(
                "LineTableModel", "expired {ago} ago — grace ended {ended} ago"
            ),
            ago=span_text(c.primary),
            ended=span_text(c.secondary),
        )
