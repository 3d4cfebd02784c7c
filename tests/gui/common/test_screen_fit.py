"""Windows and dialogs stay on a small screen (#16): at 1024 × 700 the main window opened at
1280 × 600 with its filter off screen, and the add-line dialog grew past the screen with each
error, Save below it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLineEdit, QWidget

from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.common.screen_fit import FRAME_ROOM, fitted
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineService

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def discard(monkeypatch) -> None:
    """Closing a filled dialog at the end of a test throws its values away without asking."""
    monkeypatch.setattr(prompts, "ask", lambda *_args: True)


@pytest.fixture
def small(qapp) -> QScreen:
    """The 1024 × 700 screen right of the laptop's (tests/gui/screens.json)."""
    return next(s for s in QGuiApplication.screens() if s.name() == "small")


def inside(rect: QRect, area: QRect) -> bool:
    """Whether a window's size, with room for a title bar and frame, fits inside `area`."""
    return area.contains(rect.adjusted(0, 0, FRAME_ROOM.width(), FRAME_ROOM.height()))


def test_the_default_size_fits_a_small_screen() -> None:
    area = QRect(0, 0, 1024, 700)
    assert inside(fitted(QRect(0, 0, 1280, 720), area), area)
    assert fitted(QRect(0, 0, 1280, 720), area).width() == 1024 - FRAME_ROOM.width()
    # A window that fits keeps its size and place.
    assert fitted(QRect(50, 40, 800, 500), area) == QRect(50, 40, 800, 500)


def test_a_position_saved_on_a_bigger_screen_is_brought_back(
    qtbot, service: LineService, clock: FixedClock, data_dir: Path, small: QScreen
) -> None:
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    services = Services.open(service.conn, data_dir, service.catalog)
    first = MainWindow(services, service.catalog, clock, settings, "en")
    qtbot.addWidget(first)
    first.setGeometry(QRect(small.geometry().topLeft() + QPoint(300, 200), first.size()))
    first.resize(1300, 760)  # as saved on a bigger screen, then the screen changed
    first.save_settings()

    again = MainWindow(services, service.catalog, clock, settings, "en")
    qtbot.addWidget(again)
    again.show()
    assert again.screen() is small
    assert small.availableGeometry().contains(again.frameGeometry())
    filter_corner = again.filter_edit.mapToGlobal(again.filter_edit.rect().bottomRight())
    assert small.availableGeometry().contains(filter_corner)


def test_the_add_dialog_fits_and_keeps_its_size_and_its_fields_in_place(
    qtbot, service: LineService, clock: FixedClock, small: QScreen
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(QRect(small.geometry().topLeft() + QPoint(20, 20), parent.size()))
    dialog = LineDialog(service, service.catalog, clock, "en", None, parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    area = small.availableGeometry()
    assert area.contains(dialog.frameGeometry())
    size = dialog.size()
    notes_at = dialog.form.notes_edit.mapTo(dialog.form, QPoint(0, 0))
    expires_at = dialog.form.expires_field.mapTo(dialog.form, QPoint(0, 0))

    form = dialog.form
    for edit, text in (
        (form.number_edit, "12345"),
        (form.expires_field.line_edit, "2027-02-30"),
        (form.grace_edit, "many"),
        (form.amount_edit, "-3"),
    ):
        edit.setText(text)
    dialog.save_button.click()  # every field's error shows
    assert dialog.field_errors("number")
    assert dialog.field_errors("expires")
    assert dialog.size() == size  # it scrolls instead of growing
    assert area.contains(dialog.frameGeometry())
    save = dialog.save_button.mapToGlobal(dialog.save_button.rect().bottomRight())
    assert area.contains(save)
    # A one-line error takes the room kept for it: the fields below do not move.
    assert dialog.form.expires_field.mapTo(dialog.form, QPoint(0, 0)) == expires_at
    assert dialog.form.notes_edit.mapTo(dialog.form, QPoint(0, 0)) == notes_at
    assert isinstance(form.number_edit, QLineEdit)


def test_a_chinese_error_takes_the_room_kept_for_it(
    qtbot, service: LineService, clock: FixedClock, chinese: str
) -> None:
    # QLabel's own size hint wrapped a one-line message in two: the next field jumped (#16).
    dialog = LineDialog(service, service.catalog, clock, chinese)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    form = dialog.form
    below = form.label_edit.mapTo(form, QPoint(0, 0))
    form.number_edit.setText("12345")
    dialog.save_button.click()
    assert len(dialog.field_errors("number")) == 1
    qtbot.wait(50)
    assert form.label_edit.mapTo(form, QPoint(0, 0)) == below
