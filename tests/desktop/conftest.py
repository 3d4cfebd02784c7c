"""Desktop tests: the real app under a real X server (Xvfb), with real desktop services.

On a machine without these programs the tests skip with the reason; with
NUMBERKEEPER_REQUIRE_DESKTOP=1 (set by .ci/run) they fail instead, so CI cannot go green
by skipping them. Every test here carries the `desktop` marker: `pytest -m "not desktop"`
runs the rest quickly.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_support import require_programs

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of this folder `desktop`."""
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.desktop)


@pytest.fixture
def xvfb() -> Iterator[dict[str, str]]:
    """A private Xvfb server; yields an environment whose DISPLAY points at it.

    The developer's session bus is left out, so nothing a test starts can reach their desktop
    (notifications, keyring); tests that need a bus start their own with dbus-run-session.
    """
    require_programs("Xvfb", "xdotool")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    if not display:
        server.kill()
        pytest.fail("Xvfb did not start")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
    try:
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)
