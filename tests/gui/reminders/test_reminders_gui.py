"""Reminders in the GUI: the scheduler's timer, the banner, closing, start at login, and one
instance per data folder. The real tray and notification server are tested in tests/desktop.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QPushButton

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.core.reminders import Reminder, ReminderKind
from numberkeeper.gui.app import autostart
from numberkeeper.gui.app.single_instance import LOCK_NAME, SingleInstance
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.notifications import ReminderNotifier
from numberkeeper.gui.reminders.reminder_scheduler import (
    MARGIN_MS,
    MAX_WAIT,
    RETRY_AFTER_ERROR_MS,
    ReminderScheduler,
    wait_ms,
)
from numberkeeper.gui.reminders.reminder_texts import describe
from numberkeeper.gui.reminders.reminders_ui import ReminderUi
from numberkeeper.gui.reminders.tray import ReminderTray, most_urgent, nearest_lines
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineService

# The offscreen platform cannot raise windows or honour size hints; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


CAPPED_MS = MAX_WAIT // timedelta(milliseconds=1) + MARGIN_MS
# Where the user lives: reminders fall due at 09:00 of their day (#17).
USER_ZONE = ZoneInfo("Asia/Kuwait")


class FakeNotifier:
    """Records what would be shown outside the window."""

    def __init__(self) -> None:
        self.shown: list[Reminder] = []
        self.delivering = True  # False: like a desktop with no server and no tray
        self.answering_later = False  # True: like a server that has not replied yet
        self.waiting: list[tuple[Reminder, object]] = []

    def notify(self, reminder: Reminder, delivered, undelivered) -> None:
        self.shown.append(reminder)
        if self.answering_later:
            self.waiting.append((reminder, delivered))
        elif self.delivering:
            delivered(reminder)
        else:
            undelivered(reminder)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def services(service: LineService, data_dir: Path) -> Services:
    return Services.open(service.conn, data_dir, service.catalog)


@pytest.fixture
def window(qtbot, services: Services, clock: FixedClock, data_dir: Path) -> MainWindow:
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.lines.catalog, clock, settings, "en")
    qtbot.addWidget(window)
    return window


def make_scheduler(qtbot, services: Services, clock: FixedClock):
    notifier, monotonic = FakeNotifier(), FakeMonotonic()
    scheduler = ReminderScheduler(
        services.reminders, clock, notifier, monotonic=monotonic, zone=lambda: USER_ZONE
    )
    return scheduler, notifier, monotonic


# -- scheduler ------------------------------------------------------------------------------


def test_wait_is_exact_and_capped(clock) -> None:
    now = clock()
    assert wait_ms(now, now + timedelta(minutes=5)) == 5 * 60_000 + MARGIN_MS
    assert wait_ms(now, now - timedelta(minutes=5)) == MARGIN_MS
    assert wait_ms(now, now + timedelta(days=3)) == CAPPED_MS
    assert wait_ms(now, None) == CAPPED_MS


def test_timer_is_armed_for_the_next_check(qtbot, services, clock, make_line) -> None:
    # Expires 2026-11-22 23:59 Kuwait = 20:59 UTC: the final-days stage has started,
    # the next change (grace) comes at 09:00 the next day in Kuwait.
    make_line("2026-11-22", label="Bank OTP")
    scheduler, _notifier, _mono = make_scheduler(qtbot, services, clock)
    with qtbot.waitSignal(scheduler.due_changed) as blocker:
        scheduler.start()
    assert [r.line_id for r in blocker.args[0]]
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert next_check is not None
    assert scheduler.is_active()
    assert scheduler.interval() == wait_ms(clock(), next_check)
    assert scheduler.interval() <= CAPPED_MS


def test_nothing_due_waits_for_the_first_lead_time(qtbot, services, clock, make_line) -> None:
    make_line("2027-06-01")
    scheduler, notifier, _mono = make_scheduler(qtbot, services, clock)
    with qtbot.waitSignal(scheduler.due_changed) as blocker:
        scheduler.start()
    assert blocker.args == [[]]
    assert notifier.shown == []
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert next_check is not None
    assert next_check - clock() > MAX_WAIT
    assert scheduler.interval() == CAPPED_MS


def test_wake_at_the_due_instant_announces_and_notifies(qtbot, services, clock, make_line):
    make_line("2026-12-20", label="Travel")  # 30-day lead falls due on 2026-11-20: due now
    line = make_line("2026-12-30", label="Later")  # its 30-day lead falls due on 2026-11-30
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    scheduler.start()
    assert {r.line_id for r in scheduler.due} == {line.id - 1}
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert next_check is not None
    step = next_check - clock()
    clock.advance(seconds=step.total_seconds() + 1)
    mono.now += step.total_seconds() + 1
    with qtbot.waitSignal(scheduler.due_changed) as blocker:
        scheduler._timer.timeout.emit()
    assert line.id in {r.line_id for r in blocker.args[0]}
    assert [r.line_id for r in notifier.shown] == [line.id - 1, line.id]


def test_notifies_once_per_occurrence(qtbot, services, clock, make_line) -> None:
    make_line("2026-11-24", label="Bank OTP")  # final days: repeats daily
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    scheduler.start()
    assert len(notifier.shown) == 1
    scheduler.refresh()
    clock.advance(hours=1)
    mono.now += 3600
    scheduler.refresh()
    assert len(notifier.shown) == 1  # shown once; the banner still lists it
    assert len(scheduler.due) == 1
    clock.advance(days=1)  # the next daily occurrence
    mono.now += 86400
    scheduler.refresh()
    assert len(notifier.shown) == 2


def test_a_reminder_nothing_showed_is_tried_again(qtbot, services, clock, make_line) -> None:
    make_line("2026-11-24", label="Bank OTP")
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    notifier.delivering = False  # no notification server answered, no tray
    scheduler.start()
    assert len(notifier.shown) == 1
    clock.advance(minutes=5)
    mono.now += 300
    scheduler.refresh()
    assert len(notifier.shown) == 2  # not recorded as notified: tried again
    notifier.delivering = True
    scheduler.refresh()
    scheduler.refresh()
    assert len(notifier.shown) == 3  # delivered once, then left alone


def test_a_reminder_is_not_sent_again_while_its_answer_is_awaited(
    qtbot, services, clock, make_line
) -> None:
    make_line("2026-11-24", label="Bank OTP")
    scheduler, notifier, _mono = make_scheduler(qtbot, services, clock)
    notifier.answering_later = True
    scheduler.start()
    scheduler.refresh()  # e.g. an edit of another line, before the server replied
    scheduler.refresh()
    assert len(notifier.shown) == 1
    ((reminder, delivered),) = notifier.waiting
    delivered(reminder)  # the reply arrives
    scheduler.refresh()
    assert len(notifier.shown) == 1  # recorded as notified


def test_a_reply_for_a_deleted_line_is_shrugged_off(qtbot, services, clock, make_line) -> None:
    line = make_line("2026-11-24", label="Bank OTP")
    scheduler, notifier, _mono = make_scheduler(qtbot, services, clock)
    notifier.answering_later = True
    scheduler.start()
    ((reminder, delivered),) = notifier.waiting
    services.purge_line(line.id, clock())
    delivered(reminder)  # must not raise inside the D-Bus reply handler
    scheduler.refresh()
    assert scheduler.due == []


def test_clock_jump_replans(qtbot, services, clock, make_line) -> None:
    make_line("2026-12-30", label="Later")  # nothing due until 2026-11-30
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    scheduler.start()
    assert scheduler.due == []
    assert not scheduler.jumped()
    # The wall clock moves 10 days while only a minute passes (a clock change, or a sleep).
    clock.advance(days=10)
    mono.now += 60
    assert scheduler.jumped()
    with qtbot.waitSignal(scheduler.clock_jumped), qtbot.waitSignal(scheduler.due_changed) as b:
        scheduler._timer.timeout.emit()
    assert [r.kind for r in b.args[0]] == [ReminderKind.LEAD]
    assert len(notifier.shown) == 1
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert scheduler.interval() == wait_ms(clock(), next_check)
    assert not scheduler.jumped()


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


# -- start at login ---------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_autostart_writes_and_removes_the_desktop_entry(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = autostart.set_enabled(True, ["/opt/Number Keeper/bin/numberkeeper", "--background"])
    assert path == tmp_path / "config" / "autostart" / "io.github.numberkeeper.NumberKeeper.desktop"
    assert autostart.is_enabled()
    text = path.read_text()
    assert 'Exec="/opt/Number Keeper/bin/numberkeeper" --background' in text
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "error" not in result.stdout.lower()
    autostart.set_enabled(False)
    assert not path.exists()
    assert not autostart.is_enabled()


def test_launch_command_starts_in_the_background() -> None:
    assert autostart.launch_command()[-1] == "--background"
    assert b"<string>--background</string>" in autostart.launch_agent(autostart.launch_command())


# -- single instance ----------------------------------------------------------------------


def test_second_instance_is_refused_and_raises_the_first(qtbot, tmp_path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    second.listen()  # not the owner: never listens
    assert second.server is None
    # The first listens only once its window is painted; a second launch started before
    # that keeps trying until it gets through.
    helper = subprocess.Popen(
        [sys.executable, "-c", SEND_RAISE, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qtbot.wait(300)
    assert helper.poll() is None  # still trying
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        # send_raise blocks on the answer; the first answers from the event loop, so
        # send from a separate process, as a real second launch does.
        first.listen()
    assert helper.wait(timeout=10) == 0
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


SEND_RAISE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from numberkeeper.gui.app.single_instance import SingleInstance
    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    assert not instance.acquire()
    sys.exit(0 if instance.send_raise() else 1)
    """
)


def test_a_crashed_instance_does_not_block(qtbot, tmp_path) -> None:
    # A process takes the lock and dies without unlocking (SIGKILL: no clean-up runs).
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / LOCK_NAME)!r})
        assert lock.tryLock(0)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    crashed = subprocess.run([sys.executable, "-c", script], check=False)
    assert crashed.returncode != 0
    assert (tmp_path / LOCK_NAME).exists()
    assert not QLockFile(str(tmp_path / LOCK_NAME)).isLocked()
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.listen()
    assert instance.server is not None
    instance.release()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_stale_server_name_is_removed_after_connecting_fails(qtbot, tmp_path) -> None:
    import socket

    from PySide6.QtCore import QDir

    instance = SingleInstance(tmp_path / "data")
    # A crashed instance leaves its socket file; nobody accepts on it any more.
    path = Path(QDir.tempPath()) / instance.name
    path.unlink(missing_ok=True)
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(path))
    leftover.close()
    assert path.exists()
    assert instance.acquire()
    instance.listen()
    assert instance.server is not None
    assert instance.server.isListening()
    instance.release()


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


def test_with_nowhere_to_show_it_a_reminder_is_not_delivered(qtbot, services, clock, make_line):
    make_line("2026-11-24", label="Bank OTP")
    (reminder,) = services.reminders.check(clock(), USER_ZONE).due
    notifier = ReminderNotifier(services, clock, dbus=None, tray=lambda: None)
    delivered: list[Reminder] = []
    undelivered: list[Reminder] = []
    notifier.notify(reminder, delivered.append, undelivered.append)
    assert delivered == []
    assert undelivered == [reminder]


def test_a_busy_database_delays_the_check_instead_of_stopping_it(
    qtbot, services, clock, monkeypatch
) -> None:
    scheduler, _notifier, _mono = make_scheduler(qtbot, services, clock)

    def locked(_now, _zone):
        raise StorageError(StorageProblem.LOCKED, "db", "database is locked")

    monkeypatch.setattr(services.reminders, "check", locked)
    scheduler.check()
    assert scheduler.is_active()
    assert scheduler.interval() == RETRY_AFTER_ERROR_MS
