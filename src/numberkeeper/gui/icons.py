"""The app's icons: the window/app icon and one tray icon per urgency.

The pictures live in resources/icons (numberkeeper.svg is the source; `make icons` renders the
PNG sizes, .ico and .icns from it). The app icon is built from the rendered PNGs, so it looks
the same with or without Qt's SVG plugins; tray icons are SVG, each urgency with its own badge
shape (dot, triangle "!", disc "!", square "x", pause), not only its own colour.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from numberkeeper.core.phases import Urgency
from numberkeeper.resources import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
TRAY_ICON_NAMES: dict[Urgency, str] = {
    Urgency.INACTIVE: "inactive",
    Urgency.CALM: "calm",
    Urgency.NOTICE: "notice",
    Urgency.WARNING: "warning",
    Urgency.CRITICAL: "critical",
    Urgency.LOST: "lost",
}


def app_icon() -> QIcon:
    """NumberKeeper's icon, with a hand-rendered pixmap for each size from 16 to 256 px."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        pixmap = QPixmap(str(resource_path("icons", f"numberkeeper-{size}.png")))
        if not pixmap.isNull():
            icon.addPixmap(pixmap)
    if icon.isNull():  # PNGs missing (a hand-made build): the SVG still draws it
        icon = QIcon(str(resource_path("icons", "numberkeeper.svg")))
    return icon


def tray_icon(urgency: Urgency) -> QIcon:
    """The tray icon for the most urgent line's urgency."""
    return QIcon(str(resource_path("icons", f"tray-{TRAY_ICON_NAMES[urgency]}.svg")))
