"""Where a line stands now — expiry, countdown, phase, balance, grace — as a small read-only form.

The countdown and phase words are the main table's (gui/main/line_cells.py), so the wizard and the
table say the same thing in the same language.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.countdown import Span, countdown
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import Phase, line_timing
from numberkeeper.gui.common.bidi import fill, isolate, left_to_right
from numberkeeper.gui.common.time_words import span_text
from numberkeeper.gui.main.line_cells import LineCells, phase_text


class LineFacts(QWidget):
    """Label → value rows describing one line at one instant; `show_line` recomputes them."""

    def __init__(
        self, catalog: CarrierCatalog, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._words = LineCells(catalog, language)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        rows = {
            "line": self.tr("Line:"),
            "expires": self.tr("Validity ends:"),
            "countdown": self.tr("Time left:"),
            "phase": self.tr("Status:"),
            "balance": self.tr("Balance:"),
            "grace": self.tr("Grace:"),
        }
        for key, text in rows.items():
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(text, value)
            self.values[key] = value

    def text(self, key: str) -> str:
        """What one row says (for tests and screen readers)."""
        return self.values[key].text()

    def show_line(self, line: Line, now: datetime) -> None:
        """Describe `line` at `now`."""
        t = line_timing(line, now)
        words = self._words
        number = line.readable_number
        self.values["line"].setText(
            fill(self.tr("{name} ({number})"), name=line.display_name, number=number)
            if line.fields.label
            else left_to_right(number)
        )
        self.values["expires"].setText(
            fill(
                self.tr("{date} {time} {zone} — {local} your time"),
                date=line.fields.expires_on.isoformat(),
                time=t.expires_at.strftime("%H:%M"),
                zone=line.fields.time_zone,
                local=words.local_text(t.expires_at),
            )
        )
        self.values["countdown"].setText(words.countdown_text(countdown(t), t))
        self.values["phase"].setText(phase_text(t.phase))
        balance = line.fields.balance
        if balance is None:
            self.values["balance"].setText(self.tr("not recorded"))
        elif balance.checked_on is not None:
            self.values["balance"].setText(
                fill(
                    self.tr("{amount}, checked {date}"),
                    amount=str(balance.amount),
                    date=balance.checked_on.isoformat(),
                )
            )
        else:
            self.values["balance"].setText(isolate(balance.amount))
        if t.phase is Phase.IN_GRACE:
            grace = self.tr("{left} left before the number may be recycled ({date} your time)")
            left = span_text(Span.of(t.until_grace_end))
        elif t.phase is Phase.PAST_GRACE:
            grace = self.tr("ended {left} ago ({date} your time): the number may be gone")
            left = span_text(Span.of(t.until_grace_end))
        else:
            days = line.fields.grace_days
            grace = self.tr("%n day(s) after validity ends, until {date} your time", "", days)
            left = ""
        self.values["grace"].setText(fill(grace, left=left, date=words.local_text(t.grace_ends_at)))
