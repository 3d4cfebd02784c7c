"""The app's icons: the window/app icon, one tray icon per urgency, and the table's status icons.

The pictures live in resources/icons (numberkeeper.svg is the source; `make icons` renders the
PNG sizes, .ico and .icns from it). The app icon is built from the rendered PNGs, so it looks
the same with or without Qt's SVG plugins; tray icons are SVG, each urgency with its own badge
shape (dot, triangle "!", disc "!", square "x", pause), not only its own colour. The lines
table marks a line's status with the same badges alone (status-*.svg), so a badge means the
same thing in the tray and in the window. The menus' and toolbars' pictures come from the
desktop's icon theme (`themed_icon`); those that point one way turn around in a right-to-left
interface (#18).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

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


# Theme icons that point along the line of reading: an arrow going back (restore), one going
# out (send: renew), a door left through (quit). Arabic reads the other way, so they turn
# around; a play or pause sign, a folder, a bin do not (media signs keep their direction in
# every language).
DIRECTIONAL_ICONS = frozenset(
    {QIcon.ThemeIcon.DocumentRevert, QIcon.ThemeIcon.MailSend, QIcon.ThemeIcon.ApplicationExit}
)
_MIRRORED_SIZES = (16, 22, 24, 32, 48, 64)


def theme_name(icon: QIcon.ThemeIcon) -> str:
    """The freedesktop name of a theme icon: DocumentRevert → "document-revert"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", icon.name).lower()


def themed_icon(icon: QIcon.ThemeIcon) -> QIcon:
    """The desktop theme's icon, turned around for a right-to-left interface when it points.

    The theme's own "-rtl" picture when it has one (Adwaita draws document-revert-rtl), else
    the picture mirrored: Qt picks neither by itself.
    """
    themed = QIcon.fromTheme(icon)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if not rtl or icon not in DIRECTIONAL_ICONS or themed.isNull():
        return themed
    # fromTheme falls back from "x-rtl" to "x" when the theme has no such picture.
    own = QIcon.fromTheme(theme_name(icon) + "-rtl")
    if not own.isNull() and own.pixmap(32).toImage() != themed.pixmap(32).toImage():
        return own
    mirrored = QIcon()
    for size in _MIRRORED_SIZES:
        picture = themed.pixmap(size).toImage().flipped(Qt.Orientation.Horizontal)
        mirrored.addPixmap(QPixmap.fromImage(picture))
    return mirrored
