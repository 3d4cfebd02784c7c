"""The window follows the database while the command line writes to it (#15): within 2 s,
the selection and the scroll position kept, and a dialog open on a changed line is told.

The writer is the real command line, in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from numberkeeper.core.validation import LineInput
from numberkeeper.gui.app import application
from numberkeeper.gui.common import prompts
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.gui.main.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def cli(folder: Path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "numberkeeper.cli", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def window(qtbot, tmp_path: Path, clock) -> MainWindow:
    folder = tmp_path / "data"
    built = application.build_main_window(folder, clock)
    qtbot.addWidget(built)
    built.resize(900, 400)
    built.show()
    qtbot.waitExposed(built)
    for i in range(60):  # expiring soon, so that lines added later sort below them
        built.services.lines.add(
            LineInput(number=f"+9659666{i:04d}", expires="2026-12-01", carrier="kw-zain"),
            clock(),
        )
    built.reload()
    yield built
    built.watch.stop()
    built.services.close()


def lines_csv(tmp_path: Path, count: int, soon: bool = False) -> Path:
    """`count` new lines, expiring after the window's (within the reminders' 30 days: `soon`)."""
    source = tmp_path / "more.csv"
    expires = "2026-12-05" if soon else "2027-06-30"
    rows = "".join(f"+9655{i:07d},{expires},kw-zain\n" for i in range(count))
    source.write_text("number,expires,carrier\n" + rows, encoding="utf-8")
    return source


def test_lines_written_by_the_command_line_show_within_two_seconds(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bar = window.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    source_row = window.proxy.mapToSource(window.proxy.index(30, 0)).row()
    window.select_line(window.model.lines()[source_row].id)
    bar.setValue(bar.maximum() // 2)
    chosen = window.selected_line()
    assert chosen is not None
    position = bar.value()

    cli(window.services.data_dir, "import", "lines", "--csv", str(lines_csv(tmp_path, 62)))
    written = time.monotonic()
    qtbot.waitUntil(lambda: window.model.rowCount() == 122, timeout=2000)
    assert time.monotonic() - written < 2.0
    selected_now = window.selected_line()
    assert selected_now is not None
    assert selected_now.id == chosen.id
    assert bar.value() == position


def test_a_renewal_made_by_the_command_line_shows_its_new_expiry(qtbot, window: MainWindow) -> None:
    line = window.services.lines.list_lines()[0]
    cli(
        window.services.data_dir,
        *("renew", str(line.id), "--amount", "5.000", "--currency", "KWD"),
        *("--extend", "1m", "--channel", "kiosk"),
    )
    row = window.model.row_of(line.id)
    assert row is not None

    def shown_expiry() -> object:
        row = window.model.row_of(line.id)
        return window.model.lines()[row].fields.expires_on if row is not None else None

    stored = window.services.lines.get(line.id).fields.expires_on
    assert stored != line.fields.expires_on
    qtbot.waitUntil(lambda: shown_expiry() == stored, timeout=2000)


def test_a_dialog_open_on_a_line_changed_elsewhere_is_told(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    monkeypatch.setattr(prompts, "ask", lambda *_args: True)
    line = window.services.lines.list_lines()[0]
    window.edit_line(line)
    dialog = window.findChild(LineDialog)
    assert isinstance(dialog, LineDialog)
    assert not dialog.elsewhere_label.isVisible()
    cli(window.services.data_dir, "edit", str(line.id), "--label", "changed by a script")
    qtbot.waitUntil(dialog.elsewhere_label.isVisible, timeout=2000)
    assert "changed elsewhere" in dialog.elsewhere_label.text()
    dialog.reject()


def test_a_restore_made_by_the_command_line_is_followed(
    qtbot, window: MainWindow, tmp_path: Path, clock
) -> None:
    """The file itself is replaced: the window opens the new one, and a write made before it
    looked again is refused, not written into the old file and lost."""
    archive = tmp_path / "b.zip"
    cli(window.services.data_dir, "backup", "--to", str(archive))
    window.services.lines.add(LineInput(number="+96899999999", expires="2027-01-31"), clock())
    window.reload()
    assert window.model.rowCount() == 61
    window.watch.stop()  # the restore happens between two looks
    cli(window.services.data_dir, "restore", str(archive))
    from numberkeeper.core.errors import ChangedElsewhereError

    with pytest.raises(ChangedElsewhereError):
        window.services.lines.add(LineInput(number="+96899999998", expires="2027-01-31"), clock())
    window.watch.start()
    qtbot.waitUntil(lambda: window.model.rowCount() == 60, timeout=2000)
    window.services.lines.add(LineInput(number="+96899999998", expires="2027-01-31"), clock())
    assert len(window.services.lines.list_lines()) == 61


def test_the_banner_speaks_only_of_lines_the_list_shows(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """It said "99 more — see the list below" of lines that were not in the list."""
    from numberkeeper.gui.reminders.reminders_ui import ReminderUi

    ui = ReminderUi(window, use_tray=False)
    ui.start()
    banner = window.reminder_banner
    assert len(banner.texts) == 60
    cli(
        window.services.data_dir,
        "import",
        "lines",
        "--csv",
        str(lines_csv(tmp_path, 62, soon=True)),
    )

    def agree() -> bool:
        shown = {line.id for line in window.model.lines()}
        return len(shown) == 122 and {t.line_id for t in banner.texts} == shown

    qtbot.waitUntil(agree, timeout=2000)
    ui.stop()
