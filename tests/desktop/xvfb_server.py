"""A private Xvfb server and the environment to reach it: for the desktop tests and for
`make bench`'s tray measurement (benchmarks/tray_idle.py), which imports this file too.
"""

from __future__ import annotations

import os
import subprocess


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a display it picks itself: (the server, e.g. ":3"); "" if it failed."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}" if number else ""


def display_env(display: str) -> dict[str, str]:
    """This process's environment pointed at `display` for Qt (xcb).

    The developer's session bus and Wayland display are left out, so nothing started with it
    reaches their desktop (notifications, keyring); whoever needs a bus starts their own.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env
