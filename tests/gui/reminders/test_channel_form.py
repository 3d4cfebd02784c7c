"""The push channel form keeps one size while the user tries the kinds (#16)."""

from __future__ import annotations

import pytest

from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.reminders.reach_ui import ReachUi
from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler
from numberkeeper.services.channel_urls import ChannelKind

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.mark.parametrize("language_code", ["en", "zh_CN"])
def test_the_form_is_as_wide_for_every_kind(
    qtbot, window: MainWindow, language_code: str, request: pytest.FixtureRequest
) -> None:
    # Seen in a walk (Chinese, under X): fitted to each kind the dialog went from 400 px
    # (DingTalk) to 246 (PushPlus), the token field to 160 px, as one looked through them.
    if language_code == "zh_CN":
        request.getfixturevalue("chinese")
    reach = ReachUi(window, ReminderScheduler(window.services.reminders, window.clock))
    try:
        channels = reach.open_channels()
        qtbot.addWidget(channels)
        channels.add_channel()
        form = channels.form
        assert form is not None
        widths = {}
        for kind in ChannelKind:
            form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind.value))
            qtbot.waitUntil(lambda: form.isVisible())
            widths[kind.value] = form.width()
        assert len(set(widths.values())) == 1, widths
        form.reject()
    finally:
        reach.stop()
