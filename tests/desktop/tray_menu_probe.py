"""Run by test_reminders_desktop.py under Xvfb with a tray host: build the real tray icon over
demo lines and print, as JSON, whether a tray exists and what its menu lists."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from numberkeeper import paths
from numberkeeper.gui.common.clock import system_clock
from numberkeeper.gui.reminders.tray import ReminderTray
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.demo import populate_demo
from numberkeeper.store.db import connect


def main() -> int:
    app = QApplication(sys.argv[:1])
    deadline = time.monotonic() + 10  # the tray host may still be starting
    while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.1)
    with tempfile.TemporaryDirectory() as folder:
        conn = connect(paths.database_path(Path(folder)))
        services = Services.open(conn, Path(folder), carrier_catalog())
        populate_demo(services.lines, system_clock())
        tray = ReminderTray(services, system_clock)
        tray.show()
        app.processEvents()
        tray.menu.aboutToShow.emit()  # what opening the menu does
        report = {
            "available": QSystemTrayIcon.isSystemTrayAvailable(),
            "visible": tray.icon.isVisible(),
            "geometry": tray.icon.geometry().getRect(),
            "menu": tray.action_texts(),
        }
        tray.hide()
        conn.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
