"""A date typed as YYYY-MM-DD, with a button that pops up a calendar to pick it.

The text stays the source of truth: typing is always possible, so a wrong date such as
2026-02-31 reaches validation and is refused with a message instead of being silently fixed
(which a QDateEdit would do).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from numberkeeper.gui.common.ltr_edit import LeftToRightEdit


def calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the palette's text colour (themes rarely ship one offline)."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    color = palette.color(QPalette.ColorRole.ButtonText)
    painter.setPen(color)
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, color)
    painter.drawLine(4, 1, 4, 3)
    painter.drawLine(11, 1, 11, 3)
    for y in (8, 11):
        for x in (4, 7, 10):
            painter.fillRect(x, y, 2, 2, color)
    painter.end()
    return QIcon(pixmap)


class DateField(QWidget):
    """A QLineEdit for an ISO date plus a calendar button that fills it."""

    picked = Signal()  # the user chose a date in the calendar (the text is already set)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.line_edit = LeftToRightEdit(parent=self)
        self.line_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line_edit.setMaxLength(32)
        width = self.line_edit.fontMetrics().horizontalAdvance("0000-00-00") * 3 // 2
        self.line_edit.setMinimumWidth(width)
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon(self.palette()))
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._menu = QMenu(self.button)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        # Popped up by hand rather than with setMenu(): no menu arrow next to the icon.
        self.button.clicked.connect(self.show_calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line_edit)

    def text(self) -> str:
        """What is typed, unvalidated."""
        return self.line_edit.text()

    def setText(self, text: str) -> None:
        """Replace the text (as a program: `picked` and the line edit's textEdited stay silent)."""
        self.line_edit.setText(text)

    def pick(self, day: date) -> None:
        """Fill in `day` as if the user had chosen it in the calendar."""
        self._pick(QDate(day.year, day.month, day.day))

    def show_calendar(self) -> None:
        """Pop up the calendar under the button, on the typed date (or today)."""
        try:
            shown = date.fromisoformat(self.text().strip())
        except ValueError:
            shown = self._today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        self.calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        text = qdate.toString("yyyy-MM-dd")
        self.line_edit.setText(text)
        self._menu.close()
        self.picked.emit()
