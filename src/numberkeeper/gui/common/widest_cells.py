"""Which cells of a table column may be its widest, found without Qt laying each one out (#14).

Fitting the main table's columns asked Qt for the size of every sampled cell, twice when the
table went to two lines: with 1,000 lines that was most of what the fitting added to the time
before the first paint. A cell's width is its text's plus what its look adds (an icon, the
item's margins), so among cells that look alike the widest text makes the widest cell. Here
the texts are measured with the cells' own fonts, and Qt then measures only the few rows that
may be the widest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics

from numberkeeper.gui.common.two_line_cells import LINE_SEPARATOR, two_lines

# Rows whose text is this close to the widest of their look are measured by Qt too: Qt lays a
# cell's text out with its own rounding, which a plain advance can miss by a pixel or two.
TEXT_SLACK = 3


@dataclass(frozen=True)
class SampledCell:
    """What decides a cell's width: its text, its font (None: the table's) and an icon."""

    row: int
    text: str
    font: QFont | None
    icon: bool

    @property
    def font_key(self) -> str:
        return self.font.key() if self.font is not None else ""


def read_cells(model: QAbstractItemModel, column: int, rows: Iterable[int]) -> list[SampledCell]:
    """The cells of `column` in `rows`, as the model gives them."""
    display, font_role = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
    decoration = Qt.ItemDataRole.DecorationRole
    # A sorting proxy that gives its source's data as it is is read through: every call
    # through it crosses into C++ and back, and cost as much as the text itself.
    source = model
    if isinstance(model, QSortFilterProxyModel) and type(model).data is QSortFilterProxyModel.data:
        source = model.sourceModel()
    cells = []
    for row in rows:
        index = model.index(row, column)
        if source is not model:
            index = model.mapToSource(index)  # type: ignore[attr-defined]
        text = source.data(index, display)
        font = source.data(index, font_role)
        cells.append(
            SampledCell(
                row,
                "" if text is None else str(text),
                font if isinstance(font, QFont) else None,
                source.data(index, decoration) is not None,
            )
        )
    return cells


def widest_rows(
    cells: list[SampledCell],
    compact: bool,
    table_metrics: QFontMetrics,
    advances: dict[tuple[str, str], int] | None = None,
) -> list[int]:
    """The rows among `cells` that may be the widest, shown on two lines when `compact`:
    for each look (icon, font), one row for each text width within TEXT_SLACK of its widest
    (dates and numbers in a column are often all as wide). `advances` keeps the width of each
    text measured, by font, for the next call: the same texts come back on one line and on two,
    and in many rows."""
    advances = {} if advances is None else advances
    metrics: dict[str, QFontMetrics] = {"": table_metrics}
    looks: dict[tuple[bool, str], dict[int, int]] = {}
    for cell in cells:
        key = cell.font_key
        parts = two_lines(cell.text).split(LINE_SEPARATOR) if compact else cell.text.splitlines()
        advance = 0
        for part in parts:
            if (key, part) not in advances:
                if key not in metrics and cell.font is not None:
                    metrics[key] = QFontMetrics(cell.font)
                advances[key, part] = metrics[key].horizontalAdvance(part)
            advance = max(advance, advances[key, part])
        looks.setdefault((cell.icon, key), {}).setdefault(advance, cell.row)
    rows: list[int] = []
    for by_advance in looks.values():
        widest = max(by_advance)
        rows.extend(row for advance, row in by_advance.items() if advance >= widest - TEXT_SLACK)
    return rows
