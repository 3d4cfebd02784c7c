"""The window and a database another program is writing to (#15): a short wait, a sentence,
and the work offered again — never a window frozen for SQLite's 5 s."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from lock_holder import write_lock_held

from numberkeeper.core.validation import LineInput
from numberkeeper.gui.app import application
from numberkeeper.gui.common import prompts
from numberkeeper.gui.lines.line_dialog import LineDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_save_while_another_program_writes_is_told_quickly_and_can_be_made_again(
    qtbot, tmp_path: Path, clock, monkeypatch
) -> None:
    folder = tmp_path / "data"
    window = application.build_main_window(folder, clock)
    qtbot.addWidget(window)
    line = window.services.lines.add(
        LineInput(number="+96596661234", expires="2026-12-31", carrier="kw-zain"), clock()
    ).line
    window.reload()
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: told.append(text))
    window.edit_line(line)
    dialog = window.findChild(LineDialog)
    assert isinstance(dialog, LineDialog)
    dialog.form.label_edit.setText("Bank OTP")
    with write_lock_held(window.services.database):
        started = time.monotonic()
        dialog.save_button.click()
        waited = time.monotonic() - started
    assert waited < 2.0  # SQLite's default would have frozen the window for 5 s
    assert "Another program is writing" in told[-1]
    assert dialog.isVisible()  # the work is still there, to save again
    dialog.save_button.click()
    assert window.services.lines.get(line.id).fields.label == "Bank OTP"
    window.services.close()
