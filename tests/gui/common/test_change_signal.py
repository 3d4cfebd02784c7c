"""The one change signal (#14): whoever writes tells it what changed; the main window, the
reminders, an open receipts window and open dialogs on the line each reload once; a write by
another process (`Changes.everything()`, #15's watcher) reaches them all."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWizard
from reload_counts import counting

from numberkeeper.core.validation import LineInput
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.errands.activity_dialog import ActivityDialog
from numberkeeper.gui.errands.cancel_wizard import CancelWizard
from numberkeeper.gui.errands.renew_wizard import RenewWizard
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.gui.reminders.reminders_ui import ReminderUi
from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.changes import Changes
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput
from numberkeeper.store.db import connect

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def others(data_dir: Path):
    """Another program's services on the same database (the command line, a second window)."""
    conn = connect(database_path(data_dir))
    yield Services.open(conn, data_dir, carrier_catalog())
    conn.close()


def test_one_signal_per_data_folder_and_nothing_said_for_no_change(
    services, conn, data_dir
) -> None:
    assert change_signal(services) is change_signal(services)
    other = Services.open(conn, data_dir, carrier_catalog())
    assert change_signal(other) is not change_signal(services)
    heard: list[Changes] = []
    change_signal(services).changed.connect(heard.append)
    change_signal(services).tell(Changes())
    change_signal(other).tell(Changes.everything())
    assert heard == []


def test_a_renewal_reloads_each_view_once(qtbot, views, services) -> None:
    window, line, receipts, counts = views.window, views.line, views.receipts, views.counts
    window.line_actions.renew_action.trigger()
    [wizard] = window.findChildren(RenewWizard)
    wizard.editors["channel"].choose("online")  # type: ignore[attr-defined]
    wizard.editors["amount"].set_value("10")
    wizard.editors["currency"].set_value("KWD")
    wizard.editors["extension"].choose("1m")  # type: ignore[attr-defined]
    while wizard.current_step() != "summary":
        wizard.next()
    with qtbot.waitSignal(wizard.finished):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert counts == {"window": 1, "receipts": 1, "reminders": 1}
    assert receipts.model.rowCount() == 1  # the open receipts window shows the new receipt
    assert window.selected_line() == services.lines.get(line.id)


def test_a_snooze_rechecks_the_reminders_but_leaves_the_table(
    qtbot, window, make_line, monkeypatch
) -> None:
    make_line("2026-11-25", label="Bank OTP")
    window.reload()
    ui = ReminderUi(window, use_tray=False)
    ui.start()
    counts: Counter[str] = Counter()
    counting(monkeypatch, counts, "window", window, "reload")
    counting(monkeypatch, counts, "reminders", ui.scheduler, "refresh")
    banner = window.reminder_banner
    [snooze] = [b for b in banner.findChildren(QPushButton) if b.text() == "Snooze"]
    snooze.click()
    assert counts == {"reminders": 1}
    assert banner.texts == []
    ui.stop()


def test_another_programs_write_reaches_every_view(
    window, services, others, clock, make_line
) -> None:
    line = make_line("2026-12-01")
    window.reload()
    receipts = ReceiptsWindow(services, clock, "en", None, window)
    ui = ReminderUi(window, use_tray=False)
    ui.start()
    typed = RenewalInput(amount="5", currency="KWD", channel="kiosk", extend="1m")
    others.renewals.renew(line.id, typed, clock())
    others.lines.add(LineInput(number="+96892123456", expires="2026-11-24"), clock())
    assert window.model.rowCount() == 1  # nobody told the window yet
    change_signal(services).tell(Changes.everything())  # what #15's watcher says
    assert window.model.rowCount() == 2
    assert receipts.model.rowCount() == 1
    assert [r.line_id for r in ui.scheduler.due] == [line.id + 1]
    ui.stop()
    change_signal(services).tell(Changes.everything())  # stopped: no check is planned
    assert not ui.scheduler.is_active()


def test_open_dialogs_on_the_line_follow_a_change_made_elsewhere(
    qtbot, services, others, clock, make_line, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))
    line = make_line("2027-06-01", number="+965 9666 4321", keep_alive_days="90")
    dialog = ActivityDialog(services, clock, line.id)
    qtbot.addWidget(dialog)
    assert dialog.history_list.item(0).text() == "Nothing logged yet."
    wizard = CancelWizard(services, clock, "en", line.id)
    qtbot.addWidget(wizard)
    wizard.open()
    for field in ("balance_checked", "scam_warning_read"):
        wizard.editors[field].set_value(True)
    for _step in range(4):  # balance, accounts (none linked), records, scams
        wizard.next()
    assert wizard.current_step() == "confirm"
    wizard.editors["last_four"].set_value("4321")
    assert wizard.currentPage().isComplete()

    others.activities.log(line.id, "sms", "2026-11-20", clock())
    typed = LineInput(number="+965 9666 1234", expires="2027-06-01", keep_alive_days="90")
    others.lines.edit(line.id, typed, clock())
    change_signal(services).tell(Changes.everything())  # what #15's watcher says
    assert dialog.history_list.item(0).text() == "2026-11-20 · SMS"
    assert dialog.due_label.text().startswith("Next activity due: 2027-02-18.")
    assert not wizard.currentPage().isComplete()  # 4321 no longer confirms this number
    assert len(told) == 1
    assert "changed elsewhere" in told[0]
