"""The window first, the rest once it is painted (#2 start-up): gui/app/launch.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from numberkeeper.gui.app import launch as launch_module
from numberkeeper.gui.app.launch import AfterFirstPaint, Launch
from numberkeeper.gui.app.single_instance import SingleInstance
from numberkeeper.gui.main.line_cells import NUMBER
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineService
from numberkeeper.store.lines import READABLE_VERSION_SETTING


@pytest.fixture
def window(qtbot, service: LineService, data_dir: Path, clock) -> MainWindow:
    services = Services.open(service.conn, data_dir, service.catalog)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, service.catalog, clock, settings, "en")
    qtbot.addWidget(window)
    return window


@pytest.fixture(autouse=True)
def no_early_fallback(monkeypatch) -> None:
    """Only the paint may start things here: the fallback waits a minute (one test lowers it)."""
    monkeypatch.setattr(launch_module, "FIRST_PAINT_FALLBACK_MS", 60_000)


@pytest.fixture
def no_session_bus(monkeypatch) -> None:
    """Notifications fall back to nothing: these tests are about when things start."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


def test_after_first_paint_calls_once_when_painted(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstPaint(widget, lambda: calls.append(1))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted
    widget.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    widget.repaint()
    widget.update()
    qtbot.wait(50)
    assert calls == [1]


def test_after_first_paint_falls_back_when_never_painted(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(launch_module, "FIRST_PAINT_FALLBACK_MS", 100)
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstPaint(widget, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    qtbot.wait(150)
    assert calls == [1]


def test_window_first_then_reminders_backups_and_second_launches(
    qtbot, window: MainWindow, make_line, data_dir: Path, tmp_path: Path, no_session_bus
) -> None:
    make_line("2026-11-24", label="Bank")  # expires in two days: a reminder is due
    window.reload()
    instance = SingleInstance(tmp_path / "instance")
    assert instance.acquire()
    launch = Launch(window, instance, daily_backups=True)
    # Shown, but nothing else has started: that waits for the first paint.
    assert window.isVisible()
    assert launch.ui is None
    assert instance.server is None
    assert "reminder_banner" not in vars(window)  # built with the reminders, after the paint
    qtbot.waitUntil(lambda: launch.ui is not None, timeout=3000)
    assert instance.server is not None
    assert instance.server.isListening()
    qtbot.waitUntil(window.reminder_banner.isVisible, timeout=2000)
    assert "Bank" in window.reminder_banner.texts[0].summary
    qtbot.waitUntil(lambda: any((data_dir / "backups").glob("*.sqlite3")), timeout=5000)
    launch.stop()
    window.data_actions.backups.shutdown()
    instance.release()


def test_after_the_paint_stale_readable_numbers_are_made_anew(
    qtbot, window: MainWindow, make_line, no_session_bus
) -> None:
    line = make_line("2027-03-01", label="Bank", number="+965 9666 1234")
    conn = window.services.lines.conn
    # Written by an older phone-number library that grouped the digits differently.
    conn.execute("UPDATE lines SET number_readable = '+965 96661234' WHERE id = ?", (line.id,))
    conn.execute("UPDATE settings SET value = '0.0' WHERE key = ?", (READABLE_VERSION_SETTING,))
    window.reload()
    assert window.model.index(0, NUMBER).data() == "+965 96661234"
    launch = Launch(window, None, daily_backups=False)
    qtbot.waitUntil(lambda: launch.ui is not None, timeout=3000)
    assert window.model.index(0, NUMBER).data() == "+965 9666 1234"
    launch.stop()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_raise_before_the_reminders_start_shows_the_window(qtbot, window, no_session_bus):
    launch = Launch(window, None, daily_backups=False)
    window.hide()
    assert launch.ui is None
    launch.raise_window()
    assert window.isVisible()
    qtbot.waitUntil(lambda: launch.ui is not None, timeout=3000)
    launch.stop()


# Started the way `numberkeeper` starts, until its first paint is over.
STARTUP_PROBE = textwrap.dedent(
    """
    import json, sys
    from numberkeeper.__main__ import preload_qt_free_layers
    preload_qt_free_layers()
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QAbstractItemView, QApplication
    app = QApplication([sys.argv[0]])

    class FirstTablePaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(
                watched.parent(), QAbstractItemView
            ):
                app.removeEventFilter(self)
                QCoreApplication.sendEvent(watched, event)
                print(json.dumps(sorted(sys.modules)), flush=True)
                QCoreApplication.exit(0)
                return True
            return False

    probe = FirstTablePaint()
    app.installEventFilter(probe)
    from numberkeeper.gui.app.application import main
    sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
    """
)

# What the first paint must not wait for: each is imported when it is first used.
NOT_BEFORE_THE_FIRST_PAINT = (
    "PySide6.QtNetwork",  # the single-instance server
    "phonenumbers",  # the readable numbers are stored with the lines
    "babel",  # core/currency_digits.py and resources/territories.json stand in
    "hashlib",
    "socket",
    "keyring",
    "jeepney",  # D-Bus notifications
    "xlsxwriter",  # the workbook export (#18)
    "numberkeeper.core.checklists",
    "numberkeeper.core.receipts",
    "numberkeeper.core.reminders",
    "numberkeeper.services.backups",
    "numberkeeper.services.receipts",
    "numberkeeper.services.reminders",
    "numberkeeper.services.renewals",
    "numberkeeper.services.secrets",
    "numberkeeper.services.status_changes",
    "numberkeeper.services.workbook",
    "numberkeeper.gui.reminders.reminders_ui",
    "numberkeeper.gui.reminders.tray",
    "numberkeeper.gui.secrets.keyring_worker",
    "numberkeeper.gui.data.daily_backup",
    "numberkeeper.gui.data.import_lines_dialog",
    "numberkeeper.gui.lines.line_dialog",
    # Reaching the phone (#17): with an account and a channel set up, still none of it.
    "caldav",
    "niquests",
    "apprise",
    "icalendar",
    "numberkeeper.services.calendar_sync",
    "numberkeeper.services.push",
)
# Whole features the first paint never shows (#14): each is loaded at its one entry point —
# a menu action opens it, or gui/app/launch.py starts it after the paint.
FEATURES_AFTER_THE_FIRST_PAINT = (
    "numberkeeper.gui.errands",
    "numberkeeper.gui.receipts",
    "numberkeeper.gui.reminders",
    "numberkeeper.gui.secrets",
    "numberkeeper.gui.calendar",
)


def test_the_first_paint_waits_only_for_what_it_shows(tmp_path: Path, make_line) -> None:
    data_dir = tmp_path / "startup"
    data_dir.mkdir()
    # The shared `service` fixture's folder is another one: copy a line into this one.
    from numberkeeper.core.validation import LineInput
    from numberkeeper.paths import database_path
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.store import calendar_sync, push
    from numberkeeper.store.db import connect, transaction

    conn = connect(database_path(data_dir))
    now = make_line.clock()
    LineService(conn, carrier_catalog()).add(
        LineInput(number="+965 9666 1000", expires="2026-11-24", label="Bank"), now
    )
    with transaction(conn):  # a calendar and a channel set up (their secrets are not needed)
        calendar_sync.connect_account(
            conn, "http://127.0.0.1:9/", "u", "http://127.0.0.1:9/c/", "NK", now
        )
        push.add_channel(conn, "Phone", "ntfy", now)
    conn.close()
    out = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE, str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    loaded = set(json.loads(out.strip().splitlines()[-1]))
    assert "numberkeeper.gui.main.main_window" in loaded  # the probe saw the real window
    early = sorted(name for name in NOT_BEFORE_THE_FIRST_PAINT if name in loaded)
    assert early == []
    features = sorted(
        name
        for name in loaded
        if any(name == f or name.startswith(f + ".") for f in FEATURES_AFTER_THE_FIRST_PAINT)
    )
    assert features == []
