"""The keep-alive activity dialog: the rule, the next due date, history, inline refusals."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from numberkeeper.core.keepalive import Activity
from numberkeeper.core.lines import ActivityKind
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.errands.activity_dialog import ActivityDialog
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return Services.open(conn, data_dir, carrier_catalog())


@pytest.fixture
def make_dialog(qtbot, services: Services, clock: FixedClock):
    def make(line_id: int) -> ActivityDialog:
        dialog = ActivityDialog(services, clock, line_id)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def save(dialog: ActivityDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def kept_line(make_line):
    """Created 2026-11-22 (Kuwait); an SMS or a call every 90 days."""
    return make_line("2027-06-01", keep_alive_days="90", keep_alive_counts="sms,call")


def test_logging_an_sms_moves_the_next_due_date(
    qtbot, make_dialog, services, kept_line, conn
) -> None:
    assert services.activities.next_due(kept_line.id) == date(2027, 2, 20)
    activities, events = count(conn, "activities"), count(conn, "events")
    dialog = make_dialog(kept_line.id)
    assert dialog.rule_label.text() == (
        "Keep alive: an activity every 90 day(s); these count: Call, SMS."
    )
    assert dialog.date_field.text() == "2026-11-22"
    assert dialog.history_list.item(0).text() == "Nothing logged yet."
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ActivityKind.SMS.value))
    dialog.date_field.setText("2026-11-01")
    dialog.note_edit.setText("SMS to 100")
    # Logged on 2026-11-01 (before the line was added): due 90 days after that.
    assert "After this one: 2027-01-30." in dialog.due_label.text()

    with qtbot.waitSignal(dialog.saved) as blocker:
        save(dialog)
    activity = blocker.args[0].activity
    assert isinstance(activity, Activity)
    assert (activity.kind, activity.on, activity.note) == (
        ActivityKind.SMS,
        date(2026, 11, 1),
        "SMS to 100",
    )
    assert not dialog.isVisible()
    assert count(conn, "activities") == activities + 1
    assert count(conn, "events") == events + 1
    assert services.activities.next_due(kept_line.id) == date(2027, 1, 30)

    again = make_dialog(kept_line.id)
    assert again.history_list.item(0).text() == "2026-11-01 · SMS — SMS to 100"
    assert again.due_label.text().startswith("Next activity due: 2027-01-30.")


def test_an_activity_that_does_not_count_says_so(make_dialog, kept_line) -> None:
    dialog = make_dialog(kept_line.id)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ActivityKind.DATA.value))
    assert "Data session does not count for this line." in dialog.due_label.text()


def test_a_future_date_is_refused_inline(make_dialog, services, kept_line, conn) -> None:
    activities, events = count(conn, "activities"), count(conn, "events")
    dialog = make_dialog(kept_line.id)
    dialog.date_field.setText("2026-11-23")  # tomorrow in Kuwait
    assert dialog.date_error.messages == (
        "2026-11-23 is in the future; log an activity once it has happened.",
    )
    save(dialog)
    assert dialog.isVisible()
    assert count(conn, "activities") == activities
    assert count(conn, "events") == events

    dialog.date_field.setText("2026-02-31")
    assert dialog.date_error.messages == (
        "“2026-02-31” is not a date: February 2026 has no day 31 (it has 28 days).",
    )
    save(dialog)
    assert count(conn, "activities") == activities
    assert services.activities.history(kept_line.id) == []


def test_a_line_without_a_rule_logs_for_the_record(make_dialog, make_line) -> None:
    line = make_line("2027-06-01")
    dialog = make_dialog(line.id)
    assert "no keep-alive rule" in dialog.rule_label.text()
    assert dialog.due_label.text() == ""


def test_chinese_sentences_have_no_space_between_them(make_dialog, kept_line, chinese) -> None:
    # "…截止：2027-02-20。 记录本次后…": an English space after a Chinese full stop (#16).
    text = make_dialog(kept_line.id).due_label.text()
    assert text.count("。") == 2, text
    assert "。 " not in text
