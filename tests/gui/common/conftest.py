"""The views of the main window counted while a change goes through the one change signal
(#14): shared by the tests of the errands' writes and of the line and receipt writes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest
from reload_counts import counting

from numberkeeper.core.lines import Line
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.gui.reminders.reminders_ui import ReminderUi
from numberkeeper.services.changes import Changes


@dataclass
class Views:
    """The main window, an open receipts window and the reminders, their reloads counted, and
    every change the signal carried."""

    window: MainWindow
    line: Line  # selected in the window
    receipts: ReceiptsWindow
    counts: Counter[str]
    heard: list[Changes]


@pytest.fixture
def views(qtbot, window, services, clock, make_line, monkeypatch, answers):
    line = make_line("2026-12-01", label="Bank")
    window.reload(line.id)
    receipts = ReceiptsWindow(services, clock, "en", None, window)
    ui = ReminderUi(window, use_tray=False)
    ui.start()
    counts: Counter[str] = Counter()
    counting(monkeypatch, counts, "window", window, "reload")
    counting(monkeypatch, counts, "receipts", receipts, "refresh")
    counting(monkeypatch, counts, "reminders", ui.scheduler, "refresh")
    heard: list[Changes] = []
    change_signal(services).changed.connect(heard.append)
    yield Views(window, line, receipts, counts, heard)
    ui.stop()
