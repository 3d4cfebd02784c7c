"""The line dialog's wording (#16): the number as the table writes it, and Cancel asks before
throwing a filled form away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from numberkeeper.core.validation import LineInput
from numberkeeper.gui.common import prompts
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.services.lines import LineService

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def asked(monkeypatch) -> list[bool]:
    """Each question Cancel asks; the answer is the list's last item ("Keep editing")."""
    answers = [False]
    monkeypatch.setattr(prompts, "ask", lambda *_args: answers.pop())
    return answers


def open_dialog(qtbot, service: LineService, clock, line=None) -> LineDialog:
    dialog = LineDialog(service, service.catalog, clock, "en", line)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_cancel_on_a_filled_add_dialog_asks_first(qtbot, service, clock, asked) -> None:
    dialog = open_dialog(qtbot, service, clock)
    dialog.form.number_edit.setText("+965 9000 1234")
    dialog.form.label_edit.setText("Work")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.click()
    assert asked == []  # asked once, answered "Keep editing"
    assert dialog.isVisible()
    assert dialog.form.label_edit.text() == "Work"
    asked.append(True)  # now "Discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service.list_lines() == []  # Cancel writes nothing


def test_cancel_on_an_empty_or_unchanged_dialog_just_closes(
    qtbot, service: LineService, clock, asked
) -> None:
    empty = open_dialog(qtbot, service, clock)
    empty.buttons.button(empty.buttons.StandardButton.Cancel).click()
    assert not empty.isVisible()
    line = service.add(LineInput(number="+965 9000 1234", expires="2027-01-31"), clock()).line
    edit = open_dialog(qtbot, service, clock, line)
    assert edit.form.number_edit.text() == "+965 9000 1234"  # as the table writes it
    edit.buttons.button(edit.buttons.StandardButton.Cancel).click()
    assert not edit.isVisible()
    assert asked == [False]  # never asked


def test_a_close_by_the_app_never_waits_for_an_answer(qtbot, service, clock, asked) -> None:
    # A session logout (SIGTERM) closes every window: a filled dialog asked, and the app hung.
    dialog = open_dialog(qtbot, service, clock)
    dialog.form.number_edit.setText("+965 9000 1234")
    dialog.close()
    assert not dialog.isVisible()
    assert asked == [False]  # not asked
