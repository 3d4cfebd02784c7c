"""Windows and dialogs stay on the screen they open on (#16).

At 1024 × 700 the main window opened at 1280 × 600 with its filter and title-bar buttons off
screen, and the add-line dialog grew with each error until Save was below the screen. A window
is fitted into its screen's available geometry (without the panels) when it opens, including
a position restored from an earlier session on a bigger or another screen; long forms scroll
(`scrolling`) instead of growing.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room kept for the window manager's frame and title bar, which Qt's size does not include.
FRAME_ROOM = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry of the screen `widget` is on (its parent's, before it shows)."""
    screen = widget.screen()
    parent = widget.parentWidget()
    if parent is not None and not widget.isVisible():
        screen = parent.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(rect: QRect, area: QRect, room: QSize = FRAME_ROOM) -> QRect:
    """`rect` made no bigger than `area` (less `room` for the frame) and moved inside it."""
    width = min(rect.width(), area.width() - room.width())
    height = min(rect.height(), area.height() - room.height())
    left = min(max(rect.left(), area.left()), area.right() + 1 - width - room.width())
    top = min(max(rect.top(), area.top()), area.bottom() + 1 - height - room.height())
    return QRect(max(left, area.left()), max(top, area.top()), width, height)


def fit_into_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Resize `widget` to `preferred` (default: its size) or less, and keep it on its screen."""
    area = available_geometry(widget)
    # move() places the frame's corner; the size is the contents', without the frame.
    target = fitted(QRect(widget.frameGeometry().topLeft(), preferred or widget.size()), area)
    widget.resize(target.size())
    if widget.isVisible() or widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        widget.move(target.topLeft())
    # else not placed yet: the window manager (or QDialog, over its parent) places it


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls vertically instead of growing."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
