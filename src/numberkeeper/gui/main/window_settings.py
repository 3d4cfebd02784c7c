"""What the main window remembers between runs, in QSettings: its geometry, the toolbar's
state, the table's header (widths, order, sort), the columns the user widened or narrowed by
hand, and whether archived lines are shown."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QTableView

from numberkeeper.gui.common.column_fit import ColumnFitter
from numberkeeper.gui.common.screen_fit import fit_into_screen

GEOMETRY_KEY = "MainWindow/geometry"
STATE_KEY = "MainWindow/state"
HEADER_KEY = "MainWindow/header"
SHOW_ARCHIVED_KEY = "MainWindow/showArchived"
# The columns whose width the user dragged: the others follow their contents (#16).
DRAGGED_KEY = "MainWindow/draggedColumns"
DEFAULT_SIZE = QSize(1280, 720)  # fitted into the screen's available area


def shows_archived(settings: QSettings) -> bool:
    """Whether archived lines were shown when the window last closed."""
    return bool(settings.value(SHOW_ARCHIVED_KEY, False, type=bool))


def restore_window(window: QMainWindow, fitter: ColumnFitter, settings: QSettings) -> None:
    """Put the window and its table back as they were saved (a default size the first time),
    fitted into the screen it opens on."""
    geometry = settings.value(GEOMETRY_KEY)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(DEFAULT_SIZE)
    fit_into_screen(window)  # a small screen, or a size saved on a bigger one (#16)
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    header_state = settings.value(HEADER_KEY)
    if isinstance(header_state, QByteArray):
        dragged = str(settings.value(DRAGGED_KEY, "") or "")
        columns = [int(c) for c in dragged.split(",") if c.strip().isdigit()]
        fitter.restore(header_state, columns)


def save_window(
    window: QMainWindow,
    table: QTableView,
    fitter: ColumnFitter,
    settings: QSettings,
    show_archived: bool,
) -> None:
    """Write geometry, toolbar state, the table header and the archived lines' toggle."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(HEADER_KEY, table.horizontalHeader().saveState())
    settings.setValue(DRAGGED_KEY, ",".join(str(c) for c in fitter.dragged()))
    settings.setValue(SHOW_ARCHIVED_KEY, show_archived)
    settings.sync()
