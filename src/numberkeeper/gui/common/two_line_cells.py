"""Cells that break in two when the table is narrow (#16).

At 1024 px the main table needed a horizontal scroll bar for the demo lines: its longest cells
are two phrases joined by a separator — "2026-11-20 · 本地时间 11月20日 20:59", "已过期 1天12小时 —
28天11小时后有回收风险", "Zain · Kuwait". When the columns do not fit side by side, the fitter
turns on `compact` and each such cell shows its phrases one under the other, about half as
wide, in rows two lines tall; with room again it goes back to one line.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

# The separators the table's texts join their phrases with, in every catalogue: a middle dot
# or a dash between spaces (ASCII or ideographic).
_BREAK = re.compile(r"[ \u3000]+[·—][ \u3000]+")


# Qt's item views break a line at U+2028; a "\n" is dropped from a cell's text.
LINE_SEPARATOR = "\u2028"


def two_lines(text: str) -> str:
    """`text` with its phrases on separate lines: "A · B" → "A", "B"."""
    return _BREAK.sub(LINE_SEPARATOR, text)


class TwoLineCells(QStyledItemDelegate):
    """A delegate that writes a cell's phrases on two lines while `compact` is on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The cell's text, broken at its separators while compact (painting and size)."""
        super().initStyleOption(option, index)
        if self.compact and option.text:
            option.text = two_lines(option.text)
            # Without it Qt's style lays a cell out on one line and drops the break.
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
