"""Reminders in the window: the tray's words and menu, the banner, closing with and without a
tray, and "Start at login". The scheduler is tested in test_reminder_scheduler, the real tray
and notification server in tests/desktop."""

from __future__ import annotations

import errno
import sys
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from numberkeeper.gui.app import autostart
from numberkeeper.gui.common import prompts
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.reminder_texts import describe
from numberkeeper.gui.reminders.reminders_ui import ReminderUi
from numberkeeper.gui.reminders.tray import ReminderTray, most_urgent, nearest_lines

# The offscreen platform cannot raise windows or honour size hints; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


# Where the user lives: reminders fall due at 09:00 of their day (#17).
USER_ZONE = ZoneInfo("Asia/Kuwait")


# -- wording, tray logic (no tray offscreen) ------------------------------------------------


def test_summary_names_the_line_and_the_countdown(services, clock, make_line) -> None:
    line = make_line("2026-11-25", label="Bank OTP (Kuwait)")
    (reminder,) = services.reminders.due(clock(), USER_ZONE)
    text = describe(reminder, line, clock())
    assert text.summary == "Bank OTP (Kuwait) expires in 3 d 8 h"
    assert line.readable_number in text.body  # as the table writes it (#16)


def test_tray_menu_lists_the_nearest_expiries(qtbot, services, clock, make_line) -> None:
    for day in ("2026-12-30", "2026-11-25", "2027-03-01", "2026-12-05", "2027-01-01", "2026-11-29"):
        make_line(day, label=f"exp {day}")
    lines = services.lines.list_lines()
    assert [line.fields.label for line in nearest_lines(lines, clock())] == [
        "exp 2026-11-25",
        "exp 2026-11-29",
        "exp 2026-12-05",
        "exp 2026-12-30",
        "exp 2027-01-01",
    ]
    assert most_urgent(lines, clock()).name == "WARNING"  # 3 d 8 h left
    tray = ReminderTray(services, clock)
    tray.rebuild_menu()
    texts = tray.action_texts()
    assert texts[0] == "Open NumberKeeper"
    assert "exp 2026-11-25 — 3 d 8 h" in texts
    assert texts[-1] == "Quit"
    assert "  Until tomorrow 09:00" in texts
    tray.deleteLater()


# -- banner ---------------------------------------------------------------------------------


def banner_buttons(window: MainWindow, text: str) -> list[QPushButton]:
    banner = window.reminder_banner
    buttons = banner.findChildren(QPushButton)
    return [b for b in buttons if b.text() == text and b.isVisibleTo(banner)]


def test_banner_lists_due_reminders_and_snooze_dismiss_call_the_service(
    qtbot, window, services, clock, make_line
) -> None:
    make_line("2026-11-25", label="Bank OTP")
    make_line("2026-12-20", label="Travel")
    window.reload()
    ui = ReminderUi(window, use_tray=False)
    ui.start()
    banner = window.reminder_banner
    assert not banner.isHidden()
    assert [t.summary for t in banner.texts] == [
        "Bank OTP expires in 3 d 8 h",
        "Travel expires in 28 d 8 h",
    ]
    with qtbot.waitSignal(banner.changed):
        banner_buttons(window, "Snooze")[0].click()
    state = services.reminders.state()
    assert len(state.snoozed_until) == 1
    assert [t.summary for t in banner.texts] == ["Travel expires in 28 d 8 h"]
    with qtbot.waitSignal(banner.changed):
        banner_buttons(window, "Dismiss")[0].click()
    assert len(services.reminders.state().acknowledged) == 1
    assert banner.texts == []
    assert banner.isHidden()
    ui.stop()


def test_banner_renew_opens_the_lines_checklist(qtbot, window, monkeypatch, make_line) -> None:
    line = make_line("2026-11-25", label="Bank OTP")
    window.reload()
    opened: list[int | None] = []
    monkeypatch.setattr(
        window.line_actions, "renew", lambda: opened.append(window.line_actions.line.id)
    )
    ui = ReminderUi(window, use_tray=False)
    ui.start()
    banner_buttons(window, "Renew…")[0].click()
    assert opened == [line.id]
    assert window.selected_line() is not None
    ui.stop()


# -- closing ----------------------------------------------------------------------------------


def test_without_a_tray_closing_quits(qtbot, window) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # as a previous start with a tray left it
    ui = ReminderUi(window, use_tray=False)
    ui.start()
    assert ui.tray is None
    assert app.quitOnLastWindowClosed()  # start() decided: no tray, so closing quits
    window.show()
    window.close()
    assert not window.isVisible()
    assert app.quitOnLastWindowClosed()
    assert not window.settings.value("Tray/closeHintShown", False, type=bool)
    ui.stop()


def test_start_at_login_action_is_in_the_file_menu(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "platform", "linux")
    ui = ReminderUi(window, use_tray=False)
    assert not ui.autostart_action.isChecked()
    ui.autostart_action.setChecked(True)
    assert autostart.xdg_autostart_path().is_file()
    ui.autostart_action.setChecked(False)
    assert not autostart.xdg_autostart_path().exists()
    ui.stop()


def test_start_at_login_refused_is_told_by_name_and_unticked(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "platform", "linux")
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: told.append(text))

    def refuse(_enabled: bool, *_args: object) -> None:  # as a managed desktop may
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "config"))

    monkeypatch.setattr(autostart, "set_enabled", refuse)
    ui = ReminderUi(window, use_tray=False)
    ui.autostart_action.setChecked(True)
    where = tmp_path / "config"
    assert told == [f"NumberKeeper could not change its login entry ({where}: Permission denied)."]
    assert not ui.autostart_action.isChecked()
    ui.stop()


# Offscreen Qt has no tray; pretending it has one makes Qt look for a signal it lacks.
@pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)
def test_with_a_tray_closing_hides_and_says_so_once(qtbot, window, monkeypatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(ReminderTray, "available", staticmethod(lambda: True))
    said: list[str] = []
    ui = ReminderUi(window, use_tray=True)
    assert ui.tray is not None
    monkeypatch.setattr(ui.tray.icon, "showMessage", lambda title, *_args: said.append(title))
    monkeypatch.setattr(
        "numberkeeper.gui.common.prompts.info", lambda _p, title, _t: said.append(title)
    )
    ui.start()
    try:
        assert not app.quitOnLastWindowClosed()
        window.show()
        window.close()
        assert window.isHidden()
        assert said == ["NumberKeeper is still running"]
        assert window.settings.value("Tray/closeHintShown", False, type=bool)
        ui.toggle_window()  # a click on the tray icon
        assert window.isVisible()
        ui.toggle_window()
        assert window.isHidden()
        assert len(said) == 1  # said the first time only
    finally:
        ui.stop()
        app.setQuitOnLastWindowClosed(True)
