"""The Add/Edit line dialog: inline errors, nothing written on refusal, one event per save."""

from __future__ import annotations

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from datetime import date

import pytest
from line_dialog_support import (  # the *_fixture are the fixtures clock, conn, …
    E164,
    NOW,
    NUMBER,
    MakeDialog,
    clock_fixture,  # noqa: F401
    combo_edit,
    conn_fixture,  # noqa: F401
    count,
    event_kinds,
    focus_number,
    make_dialog_fixture,  # noqa: F401
    save,
    service_fixture,  # noqa: F401
    text_of,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from numberkeeper.core.errors import ErrorCode
from numberkeeper.core.lines import Line
from numberkeeper.core.validation import LineInput, input_from_fields
from numberkeeper.gui.common import prompts
from numberkeeper.services.lines import LineService

# The offscreen platform says so whenever a window or popup is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_invalid_number_is_shown_under_number_and_nothing_is_written(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, "+965 1234")
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    save(dialog)

    expected = text_of(ErrorCode.NUMBER_INVALID, value="+965 1234")
    assert dialog.field_errors("number") == (expected,)
    assert dialog.field_errors("expires") == ()
    assert count(conn, "lines") == 0
    assert count(conn, "events") == 0
    assert dialog.isVisible()
    assert form.number_edit.accessibleDescription() == expected
    assert dialog.focusWidget() is form.number_edit


def test_number_error_shows_live_when_leaving_the_field(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog()
    form = dialog.form
    focus_number(qtbot, dialog)
    qtbot.keyClicks(form.number_edit, "12345")
    assert dialog.field_errors("number") == ()  # not while typing
    qtbot.keyClick(form.number_edit, Qt.Key.Key_Tab)
    assert not form.number_edit.hasFocus()
    assert dialog.field_errors("number") == (text_of(ErrorCode.NUMBER_UNPARSABLE, value="12345"),)
    # Untouched fields stay quiet until Save, though they are empty.
    assert dialog.field_errors("expires") == ()
    # Fixing the number clears its error as it is typed.
    type_into(qtbot, form.number_edit, NUMBER)
    assert dialog.field_errors("number") == ()


def test_impossible_date_is_refused_under_expires(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    type_into(qtbot, dialog.form.number_edit, NUMBER)
    type_into(qtbot, dialog.form.expires_field.line_edit, "2026-02-31")
    save(dialog)

    # The format is right: the message says which day does not exist (#16).
    assert dialog.field_errors("expires") == (
        "“2026-02-31” is not a date: February 2026 has no day 31 (it has 28 days).",
    )
    assert dialog.field_errors("number") == ()
    assert dialog.form.expires_field.text() == "2026-02-31"
    assert count(conn, "lines") == 0


def test_calendar_pick_fills_the_date(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    dialog.form.expires_field.pick(date(2026, 2, 28))
    assert dialog.form.expires_field.text() == "2026-02-28"


@pytest.mark.parametrize(
    ("amount", "code", "params"),
    [
        ("-5", ErrorCode.AMOUNT_NEGATIVE, {"value": "-5"}),
        (
            "10.0005",
            ErrorCode.AMOUNT_TOO_PRECISE,
            {"value": "10.0005", "currency": "KWD", "decimals": "3"},
        ),
    ],
)
def test_bad_balance_is_refused_under_amount(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    conn: sqlite3.Connection,
    amount: str,
    code: ErrorCode,
    params: dict[str, str],
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, NUMBER)
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    type_into(qtbot, combo_edit(form.currency_combo), "KWD")
    type_into(qtbot, form.amount_edit, amount)
    save(dialog)

    assert dialog.field_errors("balance_amount") == (text_of(code, **params),)
    assert count(conn, "lines") == 0
    assert dialog.focusWidget() is form.amount_edit


def test_too_precise_message_names_the_decimals(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    type_into(qtbot, combo_edit(dialog.form.currency_combo), "KWD")
    type_into(qtbot, dialog.form.amount_edit, "10.0005")
    save(dialog)
    (message,) = dialog.field_errors("balance_amount")
    assert "KWD" in message
    assert "(3)" in message


def test_a_carrier_of_another_country_is_refused_under_the_carrier(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, "+86 138 0013 8000")
    form.carrier_combo.set_carrier("kw-zain")
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.field_errors("carrier") == (
        "Zain is a carrier in Kuwait, but this number is from China.",
    )
    assert count(conn, "lines") == 0


def test_valid_add_emits_saved_and_writes_one_line_and_one_event(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, NUMBER)
    type_into(qtbot, form.label_edit, "Work")
    form.carrier_combo.set_carrier("kw-zain")
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    type_into(qtbot, form.amount_edit, "3.5")
    assert form.checked_field.text() == "2026-01-15"  # today, from the fixed clock

    with qtbot.waitSignal(dialog.saved) as blocker:
        save(dialog)

    line = blocker.args[0].line
    assert isinstance(line, Line)
    assert line.fields.number == E164
    assert line.fields.carrier == "kw-zain"
    assert line.fields.time_zone == "Asia/Kuwait"
    assert line.fields.balance is not None
    assert str(line.fields.balance.amount) == "KWD 3.500"
    assert line.fields.balance.checked_on == date(2026, 1, 15)
    assert line.created_at == NOW
    assert count(conn, "lines") == 1
    assert event_kinds(conn) == ["created"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_edit_prefills_and_saving_a_new_label_writes_an_edited_event(
    qtbot: QtBot, make_dialog: MakeDialog, service: LineService, conn: sqlite3.Connection
) -> None:
    line = service.add(
        LineInput(number=NUMBER, expires="2026-03-31", label="Old", carrier="kw-zain"), NOW
    ).line
    dialog = make_dialog(line)
    form = dialog.form
    assert dialog.windowTitle() == "Edit line"
    assert form.number_edit.text() == "+965 500 01234"  # as the table writes it (#16)
    assert form.label_edit.text() == "Old"
    assert form.expires_field.text() == "2026-03-31"
    assert form.carrier_combo.carrier() == "kw-zain"
    assert form.zone_combo.text() == "Asia/Kuwait"

    type_into(qtbot, form.label_edit, "New")
    with qtbot.waitSignal(dialog.saved) as blocker:
        save(dialog)

    assert blocker.args[0].line.fields.label == "New"
    assert event_kinds(conn) == ["created", "edited"]
    details = conn.execute("SELECT details FROM events WHERE kind = 'edited'").fetchone()[0]
    assert '"label"' in details
    assert count(conn, "lines") == 1


def test_edit_refuses_to_undo_a_change_made_elsewhere_meanwhile(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: LineService,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: told.append(text))
    line = service.add(LineInput(number=NUMBER, expires="2026-03-31", carrier="kw-zain"), NOW).line
    dialog = make_dialog(line)
    # Renewed from the command line while the dialog is open.
    renewed = input_from_fields(line.fields)
    service.edit(line.id, dataclasses.replace(renewed, expires="2027-03-31"), NOW)
    type_into(qtbot, dialog.form.label_edit, "Mine")
    save(dialog)
    assert "changed elsewhere" in told[0]
    assert dialog.isVisible()  # the typed label is still there to copy
    kept = service.get(line.id).fields
    assert (kept.expires_on, kept.label) == (date(2027, 3, 31), "")
    assert event_kinds(conn) == ["created", "edited"]  # the renewal's, not the dialog's


def test_duplicate_number_is_shown_under_number_and_keeps_what_was_typed(
    qtbot: QtBot, make_dialog: MakeDialog, service: LineService, conn: sqlite3.Connection
) -> None:
    existing = service.add(LineInput(number=E164, expires="2026-03-31"), NOW).line
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, NUMBER)
    type_into(qtbot, form.label_edit, "Second try")
    type_into(qtbot, form.expires_field.line_edit, "2026-04-30")

    with qtbot.assertNotEmitted(dialog.saved):
        save(dialog)

    assert dialog.field_errors("number") == (
        text_of(ErrorCode.NUMBER_DUPLICATE, value=E164, line_id=str(existing.id)),
    )
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert form.number_edit.text() == NUMBER
    assert form.label_edit.text() == "Second try"
    assert form.expires_field.text() == "2026-04-30"
    assert count(conn, "lines") == 1
    assert event_kinds(conn) == ["created"]
