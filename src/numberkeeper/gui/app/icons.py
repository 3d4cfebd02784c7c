"""The app's icons: the window/app icon, one tray icon per urgency, and the table's status icons.

The pictures live in resources/icons (numberkeeper.svg is the source; `make icons` renders the
PNG sizes, .ico and .icns from it). The app icon is built from the rendered PNGs, so it looks
the same with or without Qt's SVG plugins; tray icons are SVG, each urgency with its own badge
shape (dot, triangle "!", disc "!", square "x", pause), not only its own colour. The lines
table marks a line's status with the same badges alone (status-*.svg), so a badge means the
same thing in the tray and in the window.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from numberkeeper import APP_ICON_SIZES
from numberkeeper.core.phases import Phase, Urgency
from numberkeeper.resources import resource_path

TRAY_ICON_NAMES: dict[Urgency, str] = {
    Urgency.INACTIVE: "inactive",
    Urgency.CALM: "calm",
    Urgency.NOTICE: "notice",
    Urgency.WARNING: "warning",
    Urgency.CRITICAL: "critical",
    Urgency.LOST: "lost",
}


def app_icon() -> QIcon:
    """NumberKeeper's icon, with a hand-rendered picture for each size from 16 to 256 px.

    The files are named, not read: Qt reads a size when something asks for it, so the start
    does not decode seven PNGs (#2).
    """
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", f"numberkeeper-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull():  # PNGs missing (a hand-made build): the SVG still draws it
        icon = QIcon(str(resource_path("icons", "numberkeeper.svg")))
    return icon


# Calm lines get no status icon: nothing needs doing.
STATUS_ICON_URGENCIES = tuple(u for u in TRAY_ICON_NAMES if u is not Urgency.CALM)


def status_icon(urgency: Urgency, phase: Phase | None = None) -> QIcon | None:
    """The badge that marks a line of this urgency in the table (None for calm lines).

    Suspended and cancelled lines share an urgency (nothing runs out) but not a badge: a
    suspended one pauses, a cancelled one has ended (#16).
    """
    if phase is Phase.CANCELLED:
        return QIcon(str(resource_path("icons", "status-cancelled.svg")))
    if urgency not in STATUS_ICON_URGENCIES:
        return None
    return QIcon(str(resource_path("icons", f"status-{TRAY_ICON_NAMES[urgency]}.svg")))


@cache
def tray_icon(urgency: Urgency) -> QIcon:
    """The tray icon for the most urgent line's urgency (one per urgency, made once)."""
    return QIcon(str(resource_path("icons", f"tray-{TRAY_ICON_NAMES[urgency]}.svg")))
