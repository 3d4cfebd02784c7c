"""Regenerate the README's screenshots: the main window and a renew checklist, in English and
Simplified Chinese, on the demo lines at a fixed moment, so they change only when the app does.

Run under an X server with the xcb platform (real fonts and style, like a user's desktop):

    make screenshots      # xvfb-run -a -s '-screen 0 1400x800x24' python packaging/screenshots.py

Writes docs/screenshots/{main-window,renew-checklist}-{en,zh_CN}.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
# The demo lines are laid out around "now": a fixed now keeps the pictures stable.
MOMENT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
LANGUAGES = ("en", "zh_CN")
WINDOW_SIZE = (1366, 480)  # a 1366-wide screen: every column shows whole (#16)
KIOSK = 2  # the third channel: a self-service kiosk, with its guidance
RENEWED_LINE = "Bank OTP (Kuwait)"


def settle(rounds: int = 20) -> None:
    """Let Qt lay out and paint what was just shown."""
    from PySide6.QtCore import QEventLoop, QThread
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


def shoot(lang: str) -> list[Path]:
    """Both screenshots in one language."""
    from PySide6.QtWidgets import QRadioButton

    from numberkeeper.gui.app.application import build_main_window
    from numberkeeper.gui.app.i18n import install_translators
    from numberkeeper.gui.common.clock import FixedClock
    from numberkeeper.gui.errands.renew_wizard import RenewWizard

    language = install_translators(lang)
    clock = FixedClock(MOMENT)
    folder = Path(tempfile.mkdtemp(prefix="numberkeeper-shots-"))
    written = []
    window = build_main_window(folder, clock, language, demo=True)
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        settle()
        written.append(save(window.grab(), f"main-window-{lang}.png"))

        line = next(
            line for line in window.service.list_lines() if line.fields.label == RENEWED_LINE
        )
        wizard = RenewWizard(window.services, clock, language, line.id, window)
        wizard.open()
        settle()
        wizard.next()  # past the line's current state, to how it is renewed
        settle()
        channels = wizard.currentPage().findChildren(QRadioButton)
        if len(channels) > KIOSK:
            channels[KIOSK].click()
            settle()
        written.append(save(wizard.grab(), f"renew-checklist-{lang}.png"))
        wizard.reject()
        window.close()
        settle()
    finally:
        window.service.conn.close()
        shutil.rmtree(folder, ignore_errors=True)
    return written


def save(pixmap: object, name: str) -> Path:
    from PySide6.QtGui import QPixmap

    assert isinstance(pixmap, QPixmap)
    path = OUT / name
    if not pixmap.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    return path


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("screenshots.py needs a display: run `make screenshots` (uses xvfb-run)")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    # Window layout is saved beside the database; keep the user's own settings out of it.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="numberkeeper-shots-config-")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtWidgets import QApplication

    from numberkeeper import APP_NAME
    from numberkeeper.gui.app.icons import app_icon

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        for path in shoot(lang):
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
