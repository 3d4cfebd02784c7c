"""The File menu tests' services and main window (fixtures named `services` and `window`:
import services_fixture and window_fixture)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services


@pytest.fixture(name="services")
def services_fixture(conn: sqlite3.Connection, data_dir: Path) -> Services:
    """Every service over the test database and data folder."""
    return Services.open(conn, data_dir, carrier_catalog())


def make_main_window(qtbot, services: Services, clock: FixedClock, folder: Path) -> MainWindow:
    """A main window over `services`, its settings in `folder`, not shown."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.lines.catalog, clock, settings, "en")
    qtbot.addWidget(window)
    return window


@pytest.fixture(name="window")
def window_fixture(qtbot, services, clock, data_dir) -> MainWindow:
    """The main window over the test services, not shown."""
    return make_main_window(qtbot, services, clock, data_dir)
