"""The main window: empty state, summary, filter, archive, saved layout, minute timer."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from main_window_support import make_window, window_fixture  # noqa: F401 (the window)

from numberkeeper.core.validation import input_from_fields
from numberkeeper.gui.common import prompts
from numberkeeper.gui.main.countdown_timer import MARGIN_MS, ms_until_next_minute
from numberkeeper.gui.main.line_cells import COUNTDOWN, LABEL
from numberkeeper.gui.main.main_window import MainWindow

# The offscreen platform warns when a window is shown; the warning says nothing about us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown_labels(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, LABEL).data() for row in range(proxy.rowCount())]


def test_empty_state_until_a_line_exists(window, make_line) -> None:
    assert window.stack.currentWidget() is window.empty_state
    assert window.summary_label.text() == ""
    assert not window.commands.edit.isEnabled()
    make_line("2026-12-01")
    window.reload()
    assert window.stack.currentWidget() is window.table
    assert window.table.model().rowCount() == 1


def test_a_start_with_lines_shows_the_table_and_builds_no_more(
    qtbot, service, clock, data_dir, make_line
) -> None:
    make_line("2026-12-01")
    window = make_window(qtbot, service, clock, data_dir)
    assert window.stack.currentWidget() is window.table
    assert "empty_state" not in vars(window)  # made only when the last line goes (#2)
    assert "reminder_banner" not in vars(window)  # made when reminders are checked


def test_status_bar_summarises_what_needs_attention(window, make_line) -> None:
    make_line("2026-11-25")
    make_line("2026-11-20", grace_days="30")
    make_line("2027-06-01")
    window.reload()
    assert window.summary_label.text() == (
        "3 line(s) · 1 line(s) expire within 7 days · 1 in grace — number at risk"
    )


def test_status_bar_when_nothing_is_urgent(window, make_line) -> None:
    make_line("2027-06-01")
    window.reload()
    assert window.summary_label.text() == "1 line(s) · none expires within 7 days"


def test_filter_box_filters_the_table(qtbot, window, make_line) -> None:
    make_line("2026-12-01", number="+965 9666 1234", label="Bank OTP")
    make_line("2026-12-02", number="+968 9212 3456", label="Muscat flat")
    window.reload()
    qtbot.keyClicks(window.filter_edit, "9666")
    assert shown_labels(window) == ["Bank OTP"]
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "muscat")
    assert shown_labels(window) == ["Muscat flat"]
    window.filter_edit.clear()
    assert len(shown_labels(window)) == 2


def test_archive_asks_then_archives_and_logs(monkeypatch, window, make_line, service) -> None:
    asked: list[str] = []

    def confirm(_parent, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    line = make_line("2026-12-01", label="Old work number")
    window.reload()
    assert window.select_line(line.id)
    assert window.commands.archive.isEnabled()
    window.commands.archive.trigger()
    assert "Old work number" in asked[0]
    assert window.model.rowCount() == 0
    assert window.stack.currentWidget() is window.empty_state
    assert service.history(line.id)[-1].kind == "archived"

    window.commands.show_archived.setChecked(True)
    assert window.model.rowCount() == 1
    assert window.select_line(line.id)
    assert window.commands.archive.text() == "&Restore line"


def test_archive_declined_changes_nothing(monkeypatch, window, make_line, service) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *_args: False)
    line = make_line("2026-12-01")
    window.reload(line.id)
    window.commands.archive.trigger()
    assert window.model.rowCount() == 1
    assert [e.kind for e in service.history(line.id)] == ["created"]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 22, 12, 0, 30, 500_000, tzinfo=UTC), 29_500),
        (datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC), 60_000),
        (datetime(2026, 11, 22, 23, 59, 59, 999_000, tzinfo=UTC), 1),
    ],
)
def test_timer_waits_for_the_next_minute_boundary(now: datetime, expected: int) -> None:
    assert ms_until_next_minute(now) == expected + MARGIN_MS


def test_timer_refreshes_from_the_clock_and_rearms(qtbot, window, make_line, clock) -> None:
    make_line("2026-11-25")  # 20:59 UTC on 25 Nov
    window.reload()
    assert window.countdown_timer.is_active()
    assert window.countdown_timer.interval() == 60_000 + MARGIN_MS
    clock.now = datetime(2026, 11, 22, 13, 59, 59, 900_000, tzinfo=UTC)
    window.countdown_timer.start()  # re-armed from the clock: 100 ms + margin
    assert window.countdown_timer.interval() == 100 + MARGIN_MS
    clock.now = datetime(2026, 11, 22, 14, 0, 0, 300_000, tzinfo=UTC)  # time moved on
    with qtbot.waitSignal(window.countdown_timer.ticked, timeout=2_000):
        pass
    assert window.model.index(0, COUNTDOWN).data() == "3 d 6 h"
    assert window.countdown_timer.is_active()
    assert window.countdown_timer.interval() == 59_700 + MARGIN_MS


def test_edit_opens_the_line_as_stored_now_not_as_the_table_last_read_it(
    qtbot, window, make_line, service, clock
) -> None:
    from numberkeeper.gui.lines.line_dialog import LineDialog

    line = make_line("2026-12-01", label="Bank")
    window.reload()
    # Renewed from the command line; the table has not been reloaded since.
    renewed = dataclasses.replace(input_from_fields(line.fields), expires="2027-12-01")
    service.edit(line.id, renewed, clock())
    window.edit_line(window.selected_line() or line)
    dialog = window.findChild(LineDialog)
    assert dialog is not None
    assert dialog.form.expires_field.text() == "2027-12-01"
    dialog.form.label_edit.setText("Bank OTP")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    kept = service.get(line.id).fields
    assert (kept.label, kept.expires_on.isoformat()) == ("Bank OTP", "2027-12-01")


def test_saved_line_from_dialog_is_reloaded_and_selected(qtbot, window, make_line) -> None:
    from numberkeeper.gui.lines.line_dialog import LineDialog
    from numberkeeper.services.lines import LineResult

    make_line("2026-12-01", label="first")
    window.reload()
    window.add_line()
    dialog = window.findChild(LineDialog)
    assert dialog is not None
    assert dialog.isVisible()
    added = make_line("2026-12-05", label="second")
    dialog.saved.emit(LineResult.written(added))
    selected = window.selected_line()
    assert selected is not None
    assert selected.id == added.id
    dialog.reject()
