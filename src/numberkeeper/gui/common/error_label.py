"""The red line of text that stands under a field while its value is refused."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

WARNING_SIGN = "\u26a0"  # ⚠ — in every CJK and Latin UI font we ship for


def error_color(palette: QPalette) -> QColor:
    """A red that reads well on the palette's window colour (light or dark theme)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c0392b")


class ErrorLabel(QLabel):
    """Shows a field's error messages (one per line) with a warning sign; hidden when none."""

    def __init__(self, parent: QWidget | None = None, keep_room: bool = False) -> None:
        """`keep_room`: stay one line high while empty instead of hiding (see InlineErrors)."""
        super().__init__(parent)
        self.keep_room = keep_room
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.setPalette(palette)
        self.messages: tuple[str, ...] = ()
        if keep_room:
            # One line of a message as it will be drawn: Chinese comes from a fallback font
            # taller than the Latin one, and a line of Latin height made the fields jump.
            self.setText(f"{WARNING_SIGN} 号码 Ag")
            self.setMinimumHeight(self.sizeHint().height())
            self.setText("")
        self.setVisible(keep_room)

    def sizeHint(self) -> QSize:
        """As tall as the messages are at the label's width: QLabel's own hint wraps a long
        line at a narrower width it finds nicer, and a form laid out by it made the fields
        below jump by a line that stayed empty (#16)."""
        hint = super().sizeHint()
        if self.text() and self.width() > hint.width():
            hint.setHeight(max(self.minimumHeight(), self.heightForWidth(self.width())))
        return hint

    def show_messages(self, messages: Sequence[str]) -> None:
        """Show these messages, or hide the label when there are none."""
        self.messages = tuple(messages)
        self.setText("\n".join(f"{WARNING_SIGN} {m}" for m in self.messages))
        self.setAccessibleName(" ".join(self.messages))
        self.setVisible(bool(self.messages) or self.keep_room)
