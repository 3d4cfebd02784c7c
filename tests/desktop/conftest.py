"""Desktop tests: the real app under a real X server (Xvfb), with real desktop services.

On a machine without these programs the tests skip with the reason; with
NUMBERKEEPER_REQUIRE_DESKTOP=1 (set by .ci/run) they fail instead, so CI cannot go green
by skipping them. Every test here carries the `desktop` marker: `pytest -m "not desktop"`
runs the rest quickly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_support import require_programs
from xvfb_server import display_env, start_xvfb

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
    server, display = start_xvfb()
    if not display:
        server.kill()
        pytest.fail("Xvfb did not start")
    env = display_env(display)
    try:
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)
