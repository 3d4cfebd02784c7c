"""The notes' and accounts' fields start their paragraphs on the reading side (#18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from numberkeeper.gui.common.text_edit import ReadingSideEdit

NOTE = "يُشحن ببطاقة شحن زين"


def inked_columns(edit: QPlainTextEdit) -> tuple[int, int]:
    """The leftmost and rightmost columns of the first line where the text is drawn."""
    edit.resize(400, 80)
    edit.show()
    image = edit.viewport().grab().toImage()
    height = edit.fontMetrics().height() + 4
    xs = [
        x
        for x in range(image.width())
        for y in range(height)
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert xs, "nothing drawn"
    return min(xs), max(xs)


@pytest.mark.usefixtures("arabic")
def test_an_arabic_note_starts_on_the_right(qtbot) -> None:
    plain = QPlainTextEdit()  # Qt's own: from the left, even in a right-to-left window
    ours = ReadingSideEdit()
    for edit in (plain, ours):
        qtbot.addWidget(edit)
        edit.setPlainText(NOTE)
    assert ours.isRightToLeft()
    assert inked_columns(plain)[0] < 50
    left, right = inked_columns(ours)
    assert left > 150  # beside the label on the right, as the fields are
    assert right > 330


def test_an_english_note_starts_on_the_left(qtbot, qapp) -> None:
    edit = ReadingSideEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Top up at the supermarket")
    assert inked_columns(edit)[0] < 50
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # it follows a change, too
    assert inked_columns(edit)[1] > 330
