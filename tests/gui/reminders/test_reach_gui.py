"""Reaching the phone in the window (#17): the Reminders menu, the calendar dialog against a real
Radicale, the channels dialog and its form against a local json:// receiver — everything that
talks to a server runs on the worker while the window goes on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from local_servers import Radicale, json_receiver, running_radicale
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QSettings, QTime

from numberkeeper.gui.calendar import calendar_sync_ui
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.channel_form import ChannelFormDialog
from numberkeeper.gui.reminders.reach_ui import ReachUi
from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.channel_urls import ChannelKind
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineService
from numberkeeper.services.secrets import KeyringVault

PASSWORD = "gui-radicale-pw"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with running_radicale(tmp_path_factory.mktemp("radicale"), {"dana": PASSWORD}) as server:
        yield server


@pytest.fixture
def window(qtbot, service: LineService, data_dir: Path, clock: FixedClock) -> MainWindow:
    services = Services.open(service.conn, data_dir, service.catalog, KeyringVault(MemoryKeyring()))
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.lines.catalog, clock, settings, "en")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def reach(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[ReachUi]:
    monkeypatch.setattr(calendar_sync_ui, "AFTER_CHANGE_MS", 50)
    scheduler = ReminderScheduler(window.services.reminders, window.clock)
    ui = ReachUi(window, scheduler)
    ui.start()
    yield ui
    ui.stop()
    assert ui.worker.join(20)  # nothing left writing to the test's folder


def test_the_reminders_menu_sits_before_view(reach: ReachUi, window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Lines", "&Reminders", "&View"]
    assert [a.text() for a in reach.menu.actions() if a.text()] == [
        "&Calendar sync…",
        "&Push channels…",
        "&Sync calendar now",
    ]


def connect_in_dialog(qtbot, reach: ReachUi, radicale: Radicale, password: str = PASSWORD):
    """Type the account into the calendar dialog and press Connect; the dialog."""
    dialog = reach.open_calendar()
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(radicale.url)
    dialog.user_edit.setText("dana")
    dialog.password_edit.setText(password)
    dialog.connect_button.click()
    return dialog


def test_connecting_in_the_dialog_syncs_and_follows_changes(
    qtbot, reach: ReachUi, window: MainWindow, make_line, radicale: Radicale
) -> None:
    line = make_line("2026-12-20", label="Bank")
    dialog = connect_in_dialog(qtbot, reach, radicale)
    assert dialog.status_label.text() == "Connecting…"  # the window did not wait
    qtbot.waitUntil(lambda: "Last synced" in dialog.status_label.text(), timeout=15_000)
    assert dialog.password_edit.text() == ""
    status = window.services.calendar_sync.status()
    assert (status.account.calendar_name, status.events) == ("NumberKeeper", 2)
    assert reach.calendar.label.text() == "Calendar: synced"
    # A change in the window (the one change signal) syncs again by itself.
    window.services.lines.archive(line.id, window.clock())
    change_signal(window.services).tell(Changes.of(Kind.LINES, lines=[line.id]))
    qtbot.waitUntil(lambda: window.services.calendar_sync.status().events == 0, timeout=15_000)


def test_its_own_writes_do_not_make_it_sync_again_and_again(
    qtbot, reach: ReachUi, window: MainWindow, make_line, radicale: Radicale, monkeypatch
) -> None:
    """The window's database watch hears the worker's writes as changes made elsewhere (#15):
    they ask for a sync, which finds nothing new and asks the server nothing."""
    import niquests

    make_line("2026-12-20", label="Bank")
    dialog = connect_in_dialog(qtbot, reach, radicale)
    qtbot.waitUntil(lambda: "Last synced" in dialog.status_label.text(), timeout=15_000)
    requests: list[str] = []
    original = niquests.Session.request

    def counting(self, method, url, *args, **kwargs):  # type: ignore[no-untyped-def]
        requests.append(method)
        return original(self, method, url, *args, **kwargs)

    monkeypatch.setattr(niquests.Session, "request", counting)
    qtbot.wait(3000)  # six looks of the watch, each change-asked sync long over
    assert requests == []


def test_a_refused_password_is_said_in_the_dialog(
    qtbot, reach: ReachUi, radicale: Radicale
) -> None:
    dialog = connect_in_dialog(qtbot, reach, radicale, "wrong")
    qtbot.waitUntil(lambda: dialog.general_error.messages != (), timeout=15_000)
    assert dialog.general_error.messages[0].startswith("The user name or password was refused.")
    assert dialog.status_label.text() == "Not connected."
    assert not dialog.sync_button.isEnabled()


def test_typing_errors_stand_under_their_fields(qtbot, reach: ReachUi) -> None:
    dialog = reach.open_calendar()
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("caldav.example.com")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.errors.messages("url") != (), timeout=10_000)
    assert dialog.errors.messages("url") == (
        "“caldav.example.com” is not a web address. Write it as https://…",
    )
    assert dialog.errors.messages("user") == ("This field is required.",)


@pytest.fixture
def receiver() -> Iterator[tuple[int, list[dict[str, Any]]]]:
    with json_receiver() as found:
        yield found


def open_form(qtbot, reach: ReachUi) -> ChannelFormDialog:
    """The channels dialog's form for a new channel."""
    dialog = reach.open_channels()
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert dialog.form is not None
    return dialog.form


def add_channel(qtbot, form: ChannelFormDialog, name: str, kind: ChannelKind, **fields: str):
    form.name_edit.setText(name)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind.value))
    for key, value in fields.items():
        form.edits[key].setText(value)
    form.add_button.click()


def test_channels_dialog_adds_tests_and_pushes(
    qtbot, reach: ReachUi, make_line, receiver: tuple[int, list[dict[str, Any]]]
) -> None:
    make_line("2026-12-01", label="Bank")  # its 30-day reminder is due
    dialog = reach.open_channels()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    dialog.add_button.click()
    form = dialog.form
    assert form is not None
    add_channel(qtbot, form, "Hook", ChannelKind.OTHER, url=f"json://127.0.0.1:{receiver[0]}/t")
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.list.item(0).text() == "Hook — json"  # a kind without a form: its scheme
    qtbot.waitUntil(lambda: len(receiver[1]) == 1, timeout=10_000)  # what is due goes at once
    assert receiver[1][0]["title"] == "Bank expires in 9 d 8 h"
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "went to Hook" in dialog.status.text(), timeout=10_000)
    assert receiver[1][-1]["title"] == "NumberKeeper test"


def test_the_form_names_what_is_missing_or_unknown(qtbot, reach: ReachUi) -> None:
    form = open_form(qtbot, reach)
    add_channel(qtbot, form, "Phone", ChannelKind.TELEGRAM, bot_token="123:abc")
    assert form.error.messages == ("Chat ID: This field is required.",)
    add_channel(qtbot, form, "Phone", ChannelKind.OTHER, url="foo://bar")
    qtbot.waitUntil(lambda: "kind of channel" in " ".join(form.error.messages), timeout=10_000)
    assert form.isVisible()


def test_the_reminder_hour_is_kept_and_moves_everything(
    qtbot, reach: ReachUi, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = reach.open_channels()
    qtbot.addWidget(dialog)
    assert dialog.hour_edit.time() == QTime(9, 0)
    with qtbot.waitSignal(change_signal(window.services).changed) as told:
        dialog.hour_edit.setTime(QTime(19, 30))
        dialog.hour_edit.editingFinished.emit()
    assert told.args[0].touches(Kind.REMINDERS)  # the scheduler and calendar sync follow
    assert window.services.reminders.settings().hour.strftime("%H:%M") == "19:30"


def test_an_empty_channel_list_says_so(qtbot, reach: ReachUi, window: MainWindow) -> None:
    # Seen in a walk: a blank white list, with nothing saying there are no channels.
    dialog = reach.open_channels()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0
    assert dialog.empty_hint.isVisible()
    assert dialog.empty_hint.text().startswith("No channels yet.")
    assert dialog.list.viewport().rect().contains(dialog.empty_hint.geometry())
    window.services.push.add("Phone", "ntfy://numberkeeper-test", window.clock())
    dialog.reload()
    assert not dialog.empty_hint.isVisible()


def test_removing_asks_first(
    qtbot, reach: ReachUi, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.services.push.add("Phone", "ntfy://numberkeeper-test", window.clock())
    dialog = reach.open_channels()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    dialog.remove_button.click()
    assert dialog.list.count() == 1
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)


def test_the_dialogs_speak_chinese(qtbot, chinese: str, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(calendar_sync_ui, "AFTER_CHANGE_MS", 50)
    reach = ReachUi(window, ReminderScheduler(window.services.reminders, window.clock))
    window.services.push.add("微信", "schan://SCT123456abcdef", window.clock())
    calendar = reach.open_calendar()
    qtbot.addWidget(calendar)
    assert calendar.windowTitle() == "日历同步"
    assert calendar.status_label.text() == "尚未连接日历。"
    channels = reach.open_channels()
    qtbot.addWidget(channels)
    assert channels.windowTitle() == "推送渠道"
    assert channels.list.item(0).text() == "微信 — Server酱（微信）"
    assert reach.calendar_action.text() == "日历同步(&C)…"
    reach.stop()


def test_failures_are_said_in_chinese(
    qtbot, chinese: str, reach: ReachUi, make_line, tmp_path: Path
) -> None:
    """A refused password where it was typed, a malformed channel address under its form, and
    a server gone away in the sync status — each a sentence in the user's language."""
    make_line("2026-12-20", label="Bank")
    with running_radicale(tmp_path / "radicale", {"dana": PASSWORD}) as radicale:
        dialog = connect_in_dialog(qtbot, reach, radicale, "wrong")
        qtbot.waitUntil(lambda: dialog.general_error.messages != (), timeout=15_000)
        assert dialog.general_error.messages[0].startswith("用户名或密码被拒绝。")
        assert dialog.status_label.text() == "未连接。"
        dialog.general_error.show_messages([])
        dialog.password_edit.setText(PASSWORD)
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: dialog.status_label.text().startswith("上次同步："), timeout=15_000)
        radicale.stop()
        dialog.sync_button.click()
        qtbot.waitUntil(lambda: "上次同步失败：" in dialog.status_label.text(), timeout=15_000)
    status = dialog.status_label.text()
    assert "无法连接服务器：请检查地址和网络连接。" in status
    assert "下次重试：" in status
    assert "Connection refused" in status  # the server's own words, after the sentence
    form = open_form(qtbot, reach)
    add_channel(qtbot, form, "电话", ChannelKind.OTHER, url="tgram://")
    qtbot.waitUntil(lambda: form.error.messages != (), timeout=10_000)
    assert form.error.messages == (
        "渠道地址：“tgram://…”不是 NumberKeeper 能使用的渠道地址："
        "缺少所需的部分（令牌、主机或收件人），或其格式有误。",
    )
