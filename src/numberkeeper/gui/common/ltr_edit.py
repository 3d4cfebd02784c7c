"""A text field for what is written left to right in every language (#18).

A phone number, an amount, a date, a file's path, an address or a password is typed and read
left to right in an Arabic window too: in a right-to-left field "+965 9000 1234" would show its
groups of digits in reverse order while being typed. The field keeps the left-to-right layout
whatever the window's direction; its label and the form around it still mirror.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class LeftToRightEdit(QLineEdit):
    """A QLineEdit laid out left to right in a right-to-left window."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
