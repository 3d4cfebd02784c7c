"""Helpers for desktop tests: programs required, polling, windows and screenshots.

On a machine without these programs the tests skip with the reason; with
NUMBERKEEPER_REQUIRE_DESKTOP=1 (set by .ci/run) they fail instead, so CI cannot go green
by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")
REQUIRE_ENV = "NUMBERKEEPER_REQUIRE_DESKTOP"


def require_programs(*names: str) -> None:
    """Skip (or fail, when desktop tests are required) unless every program is installed."""
    missing = [n for n in names if shutil.which(n) is None]
    if not missing:
        return
    reason = f"desktop test needs {', '.join(missing)} (install with: make desktop-deps)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def wait_until(probe: Callable[[], T | None], timeout: float, what: str) -> T:
    """Poll `probe` until it returns a value; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value is not None:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


def find_window(env: dict[str, str], name: str) -> str | None:
    """The X window id of a visible window whose title contains `name`, if any."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    ids = result.stdout.split()
    return ids[0] if ids else None


def screenshot(env: dict[str, str], path: Path) -> Path:
    """The whole X screen as a PNG (ImageMagick's `import`)."""
    require_programs("import")
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True)
    return path
