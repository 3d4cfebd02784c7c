"""The real app on a real X server: it opens its window, draws Chinese text, and quits."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from desktop_support import find_window, screenshot, wait_until
from PySide6.QtGui import QColor, QImage


def distinct_colours(image: QImage, step: int = 7) -> int:
    """How many different colours a sparse grid of pixels has (a blank screen has 1)."""
    seen: set[int] = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(QColor(image.pixel(x, y)).rgb())
    return len(seen)


def test_demo_window_opens_draws_and_quits(xvfb: dict[str, str], tmp_path: Path) -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "numberkeeper", "--demo", "--lang", "zh_CN"],
        env=xvfb,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_until(lambda: find_window(xvfb, "NumberKeeper"), 30, "the main window")

        # Mapped is not yet painted: poll the screen until the window has drawn itself.
        def drawn() -> QImage | None:
            image = QImage(str(screenshot(xvfb, tmp_path / "main.png")))
            return image if not image.isNull() and distinct_colours(image) > 20 else None

        wait_until(drawn, 30, "the main window to be drawn")
        # The window manager sees the Chinese title: the translation was loaded and the
        # title travelled as UTF-8.
        assert find_window(xvfb, "演示") == window
        # A session logout sends SIGTERM: the app must quit cleanly, not die.
        app.send_signal(signal.SIGTERM)
        _, stderr = app.communicate(timeout=30)
        assert app.returncode == 0, stderr
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
