"""A session bus with no notification server: the Notify call fails, and the app hears it
(so the reminder falls back to the tray instead of being lost)."""

from __future__ import annotations

import subprocess
import sys

from desktop_support import require_programs

SCRIPT = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QTimer
from numberkeeper.gui.reminders.notifications import DBusNotifications
app = QCoreApplication(sys.argv)
dbus = DBusNotifications.open(app)
if dbus is None:
    print("no bus"); sys.exit(2)
def failed(reason):
    print("failed:", reason); app.quit()
def answered(nid):
    print("answered:", nid); app.quit()
dbus.notify("Bank OTP expires in 2 d", "+965 9666 1234", [], on_id=answered, on_error=failed)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_notify_without_a_server_reports_the_failure() -> None:
    require_programs("dbus-run-session")
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}  # no DISPLAY: no server can be activated
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert "failed: org.freedesktop.DBus.Error" in result.stdout, result.stdout + result.stderr
