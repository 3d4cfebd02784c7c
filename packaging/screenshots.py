"""Regenerate the README's screenshots: the main window and a renew checklist, in English,
Simplified Chinese, Traditional Chinese and Arabic (right to left, #18), on the demo lines at a
fixed moment, so they change only when the app does.

Run under an X server with the xcb platform (real fonts and style, like a user's desktop):

    make screenshots      # xvfb-run -a -s '-screen 0 1400x800x24' python packaging/screenshots.py

Writes docs/screenshots/{main-window,renew-checklist,calendar-sync,push-channels,
push-channel-form}-{en,zh_CN,zh_TW,ar}.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
# The demo lines are laid out around "now": a fixed now keeps the pictures stable.
MOMENT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
LANGUAGES = ("en", "zh_CN", "zh_TW", "ar")
WINDOW_SIZE = (1366, 480)  # a 1366-wide screen: every column shows whole (#16)
KIOSK = 2  # the third channel: a self-service kiosk, with its guidance
RENEWED_CARRIER = "kw-zain"  # the demo's Zain line; its label is in the interface language


def settle(rounds: int = 20) -> None:
    """Let Qt lay out and paint what was just shown."""
    from PySide6.QtCore import QEventLoop, QThread
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


def shoot(lang: str) -> list[Path]:
    """Both screenshots in one language."""
    from PySide6.QtCore import Qt
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
    conn = window.service.conn
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        settle()
        written.append(save(window.grab(), f"main-window-{lang}.png"))

        line = next(
            line for line in window.service.list_lines() if line.fields.carrier == RENEWED_CARRIER
        )
        wizard = RenewWizard(window.services, clock, language, line.id, window)
        # Gone when closed, as the app's wizards are: one left open would hear the next
        # language's changes and ask about a line it can no longer find.
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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
        written += shoot_reach(window, clock, lang)
        window.close()
        window.deleteLater()  # with its database watch, before its folder goes
        settle()
    finally:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)
    return written


def shoot_reach(window: Any, clock: Any, lang: str) -> list[Path]:
    """The calendar sync and push channel dialogs (#17), with an account and two channels as
    stored (names and schemes: their secrets are not needed to show them)."""
    from numberkeeper.gui.reminders.reach_ui import ReachUi
    from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler
    from numberkeeper.services.channel_urls import ChannelKind

    # Staged as stored, straight in the store: through the services, an account and channels
    # need a keyring and servers, which a screenshot has no use for.
    from numberkeeper.store import calendar_sync, push  # noqa: TID251
    from numberkeeper.store.db import transaction  # noqa: TID251

    conn, now = window.services.lines.conn, clock()
    with transaction(conn):
        calendar_sync.connect_account(
            conn, "https://caldav.icloud.com", "you@icloud.com", "", "NumberKeeper", now
        )
        calendar_sync.record_success(conn, None, now - timedelta(minutes=7))
        push.add_channel(conn, "WeChat", "schan", now)
        push.add_channel(conn, "Telegram", "tgram", now)
    reach = ReachUi(window, ReminderScheduler(window.services.reminders, clock))
    reach.calendar.refresh_status()
    written = []
    dialog = reach.open_calendar()
    settle()
    written.append(save(dialog.grab(), f"calendar-sync-{lang}.png"))
    dialog.close()
    channels = reach.open_channels()
    settle()
    written.append(save(channels.grab(), f"push-channels-{lang}.png"))
    channels.add_channel()
    form = channels.form
    form.name_edit.setText("Telegram")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(ChannelKind.TELEGRAM.value))
    form.edits["bot_token"].setText("123456789:AAE-example")
    form.edits["chat_id"].setText("987654321")
    settle()
    written.append(save(form.grab(), f"push-channel-form-{lang}.png"))
    form.reject()
    channels.close()
    reach.stop()
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
