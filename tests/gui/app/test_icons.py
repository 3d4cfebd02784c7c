"""The app icon has every rendered size; each urgency has its own tray picture (issue #7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from numberkeeper.core.phases import Urgency
from numberkeeper.gui.app.icons import (
    APP_ICON_SIZES,
    STATUS_ICON_URGENCIES,
    TRAY_ICON_NAMES,
    app_icon,
    status_icon,
    tray_icon,
)


def test_app_icon_has_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(APP_ICON_SIZES)


def _picture(urgency: Urgency, side: int = 22) -> QImage:
    return tray_icon(urgency).pixmap(QSize(side, side)).toImage()


@pytest.mark.parametrize("urgency", list(Urgency))
def test_every_urgency_has_a_tray_icon(qapp: QApplication, urgency: Urgency) -> None:
    assert urgency in TRAY_ICON_NAMES
    image = _picture(urgency)
    assert not image.isNull()
    assert image.width() == 22


def test_tray_icons_differ_in_shape_not_only_colour(qapp: QApplication) -> None:
    """In grey (a monochrome panel, a colour-blind user) each urgency still looks different:
    the badges differ in outline (none, disc, triangle, square) or in their mark."""

    def grey(urgency: Urgency) -> bytes:
        image = _picture(urgency, 32).convertToFormat(QImage.Format.Format_Grayscale8)
        return bytes(image.constBits())

    def outline(urgency: Urgency) -> bytes:
        image = _picture(urgency, 32).convertToFormat(QImage.Format.Format_Alpha8)
        return bytes(image.constBits())

    assert len({grey(urgency) for urgency in Urgency}) == len(Urgency)
    outlines = {outline(urgency) for urgency in Urgency}
    assert len(outlines) >= 5  # notice and inactive share a disc: a dot vs a pause sign


def test_status_icons_are_the_tray_badges_distinct_in_grey(qapp: QApplication) -> None:
    """The table marks each urgency but calm with its badge; in grey they still differ."""
    assert status_icon(Urgency.CALM) is None
    pictures = {}
    for urgency in STATUS_ICON_URGENCIES:
        icon = status_icon(urgency)
        assert icon is not None
        image = icon.pixmap(QSize(16, 16)).toImage()
        assert not image.isNull()
        assert image.width() == 16
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        pictures[urgency] = bytes(grey.constBits())
    assert len(set(pictures.values())) == len(STATUS_ICON_URGENCIES) == len(Urgency) - 1


def test_cancelled_and_suspended_lines_have_different_badges(qapp: QApplication) -> None:
    # Both are "inactive" (nothing runs out), and both showed the pause sign (#16).
    from numberkeeper.core.phases import Phase

    def picture(phase: Phase) -> bytes:
        icon = status_icon(Urgency.INACTIVE, phase)
        assert icon is not None
        return bytes(icon.pixmap(QSize(16, 16)).toImage().constBits())

    assert picture(Phase.CANCELLED) != picture(Phase.SUSPENDED)
    assert picture(Phase.SUSPENDED) == bytes(
        status_icon(Urgency.INACTIVE).pixmap(QSize(16, 16)).toImage().constBits()  # type: ignore[union-attr]
    )
