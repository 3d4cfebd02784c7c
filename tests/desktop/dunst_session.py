"""Run inside `dbus-run-session` by test_reminders_desktop.py: start `dunst -print` as the
notification server, wait until it owns org.freedesktop.Notifications, start the app on demo
data, and wait until dunst has printed a notification naming `label`.

Usage: dunst_session.py DUNST_CONFIG DUNST_OUTPUT LABEL [APP OPTION…] (e.g. --lang ar). Exit 0
when it arrived, 1 if not.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

TIMEOUT = 20


def name_has_owner(name: str) -> bool:
    bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    with open_dbus_connection(bus="SESSION") as conn:
        reply = conn.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)))
        return bool(reply.body[0])


def main() -> int:
    config, output, label, options = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
    with output.open("w") as out:
        dunst = subprocess.Popen(["dunst", "-print", "-config", config], stdout=out)
    app = None
    try:
        deadline = time.monotonic() + TIMEOUT
        while not name_has_owner("org.freedesktop.Notifications"):
            if time.monotonic() > deadline or dunst.poll() is not None:
                print("dunst did not take org.freedesktop.Notifications", file=sys.stderr)
                return 1
            time.sleep(0.1)
        app = subprocess.Popen([sys.executable, "-m", "numberkeeper", "--demo", *options])
        while time.monotonic() < deadline:
            if label in output.read_text(errors="replace"):
                time.sleep(0.5)  # let dunst finish printing the notification
                return 0
            time.sleep(0.1)
        print("no notification reached dunst", file=sys.stderr)
        return 1
    finally:
        for process in (app, dunst):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


if __name__ == "__main__":
    sys.exit(main())
