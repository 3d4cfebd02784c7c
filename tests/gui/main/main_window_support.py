"""The main window tests' window (a fixture, named `window`: import window_fixture) and
make_window, for a window of one's own (e.g. to close and open again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineService


def make_window(qtbot, service: LineService, clock: FixedClock, folder: Path) -> MainWindow:
    """A main window over the test database, its settings in `folder`, not shown."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    services = Services.open(service.conn, folder, service.catalog)
    window = MainWindow(services, service.catalog, clock, settings, "en")
    qtbot.addWidget(window)
    return window


@pytest.fixture(name="window")
def window_fixture(qtbot, service, clock, data_dir) -> MainWindow:
    """The main window over the test database, not shown."""
    return make_window(qtbot, service, clock, data_dir)
