"""A plain-text field that starts its paragraphs on the window's reading side (#18).

Qt's QPlainTextEdit lays every paragraph out from the left, even an Arabic one in a right-to-
left window (QTextEdit starts it on the right): the notes and linked accounts of an Arabic line
hung on the far side of their boxes. In a right-to-left window this field aligns its paragraphs
to the right; each keeps its own direction, so a Latin name inside still reads left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class ReadingSideEdit(QPlainTextEdit):
    """A QPlainTextEdit aligned to the right in a right-to-left window, to the left otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def _align(self) -> None:
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        option = self.document().defaultTextOption()
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)
