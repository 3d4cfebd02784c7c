"""What the lines table answers for each Qt role it knows: one function per role, in a table
data() looks the role up in (text, tooltip, colours, icon, font, alignment, the line itself,
its sort key).

Each function is given the model (what `LineRows` says it has), the row's line and timing,
and the column.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from numberkeeper.core.lines import Line
from numberkeeper.core.phases import LineTiming, Phase, Urgency
from numberkeeper.gui.common.bidi import isolate
from numberkeeper.gui.main.line_cells import BALANCE, COUNTDOWN, PHASE, LineCells

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

LineRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

# (text, background) per urgency; pale backgrounds with dark text keep contrast in light and
# dark themes alike. Colour is never the only cue: the phase word and its icon say it too.
_COLOURS: dict[Urgency, tuple[str, str | None]] = {
    Urgency.LOST: ("#5c2b2b", "#e8dede"),
    Urgency.CRITICAL: ("#8a1c1c", "#fde2e1"),
    Urgency.WARNING: ("#6b4200", "#fff0cf"),
}

_URGENT_COLUMNS = (PHASE, COUNTDOWN)


class LineRows(Protocol):
    """What the role functions ask of the table model."""

    cells: LineCells

    def tooltip(self, line: Line, t: LineTiming, column: int) -> str | None:
        """What a cell explains when pointed at."""

    def icon(self, phase: Phase, urgency: Urgency) -> QIcon | None:
        """The phase cell's icon."""


@cache
def _colour(name: str) -> QColor:
    """One QColor per colour, made once: data() is asked for them at every repaint.

    The views take a QColor wherever they expect a brush. A QBrush would cost more: PySide
    builds its Python type (with QGradient's enums) the first time one is made, ~3 ms at the
    first paint (#2).
    """
    return QColor(name)


@cache
def _archived_font() -> QFont:
    """Archived lines are shown in italics.

    QFont is imported here, not with the module: PySide builds its Python type (with its
    enums) the first time it is named, ~1.5 ms, and archived lines are hidden by default (#2).
    """
    from PySide6.QtGui import QFont

    font = QFont()
    font.setItalic(True)
    return font


def _display(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    text = model.cells.display(line, t, column)
    return isolate(text) if text else text  # a number, a date, a label (#18)


def _line(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    return line


def _sort(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    return model.cells.sort_key(line, t, column)


def _tooltip(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    return model.tooltip(line, t, column)


def _foreground(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    if column in _URGENT_COLUMNS and t.urgency in _COLOURS:
        return _colour(_COLOURS[t.urgency][0])
    return None


def _background(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    if column in _URGENT_COLUMNS and t.urgency in _COLOURS:
        background = _COLOURS[t.urgency][1]
        return _colour(background) if background else None
    return None


def _decoration(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    return model.icon(t.phase, t.urgency) if column == PHASE else None


def _font(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    return _archived_font() if line.archived_at is not None else None


def _alignment(model: LineRows, line: Line, t: LineTiming, column: int) -> Any:
    if column == BALANCE:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return None


# Keyed by plain ints: data() runs for every painted cell and every role the view asks about,
# and an int lookup costs a fraction of reaching Qt.ItemDataRole.X.
ROLES: dict[int, Callable[[LineRows, Line, LineTiming, int], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): _display,
    int(LineRole): _line,
    int(SortRole): _sort,
    int(Qt.ItemDataRole.ToolTipRole): _tooltip,
    int(Qt.ItemDataRole.ForegroundRole): _foreground,
    int(Qt.ItemDataRole.BackgroundRole): _background,
    int(Qt.ItemDataRole.DecorationRole): _decoration,
    int(Qt.ItemDataRole.FontRole): _font,
    int(Qt.ItemDataRole.TextAlignmentRole): _alignment,
}
